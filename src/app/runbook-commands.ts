/** What the runbook viewer's keys do; they need the document as laid out for the screen. */
import type { RunbookDoc } from '../runbook/doc-types.js';
import { findSection, searchRunbook } from '../runbook/search.js';
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
      // Every heading: the picker scrolls a window around the choice when they do not all fit.
      const options = doc.toc.map((t) => ({
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
      if (matches.length === 0) return [{ type: 'notice', text: 'no matches' }];
      const ahead =
        id === 'runbook.next'
          ? matches.find((m) => m > state.runbookTop)
          : [...matches].reverse().find((m) => m < state.runbookTop);
      // Past the last match n starts again at the first (N at the last), and says so.
      const next = ahead ?? (id === 'runbook.next' ? matches[0]! : matches.at(-1)!);
      const wrapped: UiAction[] =
        ahead === undefined
          ? [{ type: 'notice', text: id === 'runbook.next' ? 'search wrapped to the first match' : 'search wrapped to the last match' }]
          : [];
      return [{ type: 'runbook/jump', line: next, max }, ...wrapped];
    }
    default:
      return [];
  }
}

/**
 * Finishes the viewer's own modals; undefined when the modal is someone else's. A search jumps to
 * its first match at or after the line at the top (the first of all when none is below).
 */
export function finishRunbookModal(modal: Modal, value: string, view: RunbookView, top: number): UiAction[] | undefined {
  if (modal.kind === 'none') return undefined;
  const { max } = view;
  if (modal.purpose === 'runbook-search') {
    const found = view.doc ? searchRunbook(view.doc.lines, value) : [];
    const below = found.find((m) => m >= top);
    const first = below ?? found[0];
    const done: UiAction[] = [{ type: 'modal/close' }, { type: 'runbook/search', query: value }];
    if (first !== undefined) {
      const jump: UiAction = { type: 'runbook/jump', line: first, max };
      return below === undefined
        ? [...done, jump, { type: 'notice', text: 'no match below: wrapped to the first' }]
        : [...done, jump];
    }
    return value.trim() ? [...done, { type: 'notice', text: `no match for "${value.trim()}"` }] : done;
  }
  if (modal.purpose === 'runbook-toc')
    return [{ type: 'modal/close' }, { type: 'runbook/jump', line: Number(value), max }];
  return undefined;
}
