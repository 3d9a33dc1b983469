/** What the runbook viewer's keys do; they need the document as laid out for the screen. */
import type { RunbookDoc } from '../runbook/doc-types.js';
import { findSection } from '../runbook/search.js';
import type { CommandId } from '../keys/bindings.js';
import type { Modal } from '../ui/modal.js';
import type { UiAction, UiState } from '../ui/state.js';

/** The viewer's document and where it may scroll. */
export type RunbookView = {
  readonly doc: RunbookDoc | undefined;
  readonly matches: readonly number[];
  /** The last top line the viewer can scroll to. */
  readonly max: number;
  /** A stage word or pattern name to open at, when there is one. */
  readonly hint: string;
};

/** Opens, searches and jumps through the runbook. */
export function runbookCommand(id: CommandId, state: UiState, view: RunbookView): UiAction[] {
  const { doc, matches, max } = view;
  if (!doc) return [{ type: 'notice', text: 'no runbook attached: start with --runbook FILE', error: true }];
  switch (id) {
    case 'runbook.open': {
      const top = view.hint ? (findSection(doc.toc, view.hint)?.line ?? 0) : 0;
      return [{ type: 'runbook/open', top: Math.min(top, max) }];
    }
    case 'runbook.toc': {
      const options = doc.toc.slice(0, 40).map((t) => ({
        id: String(t.line),
        label: `${'  '.repeat(Math.max(0, t.level - 1))}${t.title}`,
      }));
      return [
        {
          type: 'modal/open',
          modal: { kind: 'picker', purpose: 'runbook-toc', label: 'Jump to', options, index: 0 },
        },
      ];
    }
    case 'runbook.search':
      return [
        {
          type: 'modal/open',
          modal: {
            kind: 'prompt',
            purpose: 'runbook-search',
            label: 'Search the runbook',
            value: state.runbookQuery,
          },
        },
      ];
    case 'runbook.next':
    case 'runbook.prev': {
      const next =
        id === 'runbook.next'
          ? matches.find((m) => m > state.runbookTop)
          : [...matches].reverse().find((m) => m < state.runbookTop);
      if (next === undefined)
        return [{ type: 'notice', text: matches.length ? 'no more matches' : 'no matches' }];
      return [{ type: 'runbook/jump', line: next, max }];
    }
    default:
      return [];
  }
}

/** Finishes the viewer's own modals; undefined when the modal is someone else's. */
export function finishRunbookModal(modal: Modal, value: string, max: number): UiAction[] | undefined {
  if (modal.kind === 'none') return undefined;
  if (modal.purpose === 'runbook-search')
    return [{ type: 'modal/close' }, { type: 'runbook/search', query: value }];
  if (modal.purpose === 'runbook-toc')
    return [{ type: 'modal/close' }, { type: 'runbook/jump', line: Number(value), max }];
  return undefined;
}
