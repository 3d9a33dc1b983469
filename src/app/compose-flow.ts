/** The update composer's flow: pick a template, fill in what the incident cannot, edit, confirm, send. */
import { missingFields, renderUpdate, unfilledMarkers } from '../actions/render-update.js';
import { promisedNextUpdate } from '../incident/clocks.js';
import type { CommandId } from '../keys/bindings.js';
import { editorFrom, editorText } from '../ui/editor.js';
import type { Modal } from '../ui/modal.js';
import type { UiAction, UiState } from '../ui/state.js';
import { busy, type FlowDeps, note, open, replace } from './flow-kit.js';

function post(deps: FlowDeps, state: UiState, copyToo: boolean): UiAction[] {
  const draft = state.draft;
  if (!draft) return note('nothing to post', true);
  const text = editorText(draft.editor).trim();
  const copied = copyToo ? deps.actions.copy(text) : undefined;
  // A promise already past (a draft left open too long) is not kept: the cadence runs from now.
  const promise = draft.nextUpdateAt !== undefined && draft.nextUpdateAt > deps.now ? draft.nextUpdateAt : undefined;
  void deps.actions.post(text, draft.template, true, promise).then(
    ({ summary, failed }) =>
      deps.notify({
        type: 'notice',
        text: `${copied ? `${copied.message}; ` : ''}${summary}`,
        ...(failed.length > 0 ? { warn: true } : {}),
      }),
    (e: unknown) => deps.notify({ type: 'notice', text: `not posted: ${(e as Error).message}`, error: true }),
  );
  return [{ type: 'modal/close' }, { type: 'draft/discard' }, ...busy('posting…')];
}

/** Starts a composer action from its key; undefined when the key is not the composer's. */
export function startCompose(id: CommandId, state: UiState, deps: FlowDeps): UiAction[] | undefined {
  const { session, profile, actions } = deps;
  switch (id) {
    case 'comms.compose': {
      if (!session.active) return note('declare an incident first (d): updates are filled from it', true);
      if (state.draft) return [{ type: 'overlay/open', overlay: 'composer' }];
      if (profile.templates.length === 0)
        return [{ type: 'draft/start', draft: { editor: editorFrom(''), mode: 'edit' } }];
      const options = profile.templates.map((t) => ({ id: t.id, label: t.title, hint: t.kind }));
      return open({ kind: 'picker', purpose: 'compose-template', label: 'Which update?', options, index: 0 });
    }
    case 'compose.copy': {
      const text = state.draft ? editorText(state.draft.editor) : '';
      const result = actions.copy(text);
      return note(result.message, !result.ok);
    }
    case 'compose.post':
    case 'compose.both': {
      const text = state.draft ? editorText(state.draft.editor) : '';
      const markers = unfilledMarkers(text);
      // Only a drill keeps updates home; a replayed feed (the demo) dry-runs commands, not posts.
      const where = actions.drillComms
        ? 'the drill outbox file only (nothing is sent)'
        : actions.targets.map((t) => t.id).join(', ') || 'no targets configured: it goes to the outbox';
      const label = [
        `Post this update to ${where}?`,
        ...(markers.length
          ? [`▲ still marked: ${markers.map((m) => `⟨${m}?⟩`).join(' ')} goes out as is`]
          : []),
      ];
      return open({
        kind: 'confirm',
        purpose: 'compose-post',
        label: label.join('\n'),
        value: '',
        data: { copy: id === 'compose.both' ? '1' : '' },
      });
    }
    default:
      return undefined;
  }
}

/** Finishes one of the composer's modals; undefined when the modal is someone else's. */
export function finishCompose(
  modal: Modal,
  value: string,
  state: UiState,
  deps: FlowDeps,
): UiAction[] | undefined {
  if (modal.kind === 'none') return undefined;
  const data = modal.data ?? {};
  const { session, profile } = deps;
  switch (modal.purpose) {
    case 'compose-template':
    case 'compose-field': {
      const template = modal.purpose === 'compose-template' ? value : (data.template ?? '');
      const filled: Record<string, string> = data.values ? JSON.parse(data.values) : {};
      const asked = new Set((data.asked ?? '').split(',').filter(Boolean));
      if (modal.purpose === 'compose-field' && data.field) {
        asked.add(data.field);
        if (value) filled[data.field] = value;
      }
      const t = profile.templates.find((x) => x.id === template);
      if (!t) return [{ type: 'modal/close' }, ...note(`no template "${template}"`, true)];
      const next = missingFields(t, session.state, profile, deps.now).find(
        (f) => !asked.has(f) && !(f in filled),
      );
      if (next) {
        const label = `${t.title}: what is {${next}}?\n(Enter with nothing leaves ⟨${next}?⟩ to fill in the editor)`;
        return replace({
          kind: 'prompt',
          purpose: 'compose-field',
          label,
          value: '',
          allowEmpty: true,
          data: { template, field: next, values: JSON.stringify(filled), asked: [...asked].join(',') },
        });
      }
      const text = renderUpdate(t, session.state, profile, deps.now, filled).text;
      // The time {next_update} wrote is the one the clock counts to once this is posted.
      const promised = (typeof t === 'string' ? t : t.body).includes('{next_update}')
        ? promisedNextUpdate(session.state, profile, deps.now)
        : null;
      const draft = { template, editor: editorFrom(text), mode: 'edit' as const };
      return [
        { type: 'modal/close' },
        { type: 'draft/start', draft: promised === null ? draft : { ...draft, nextUpdateAt: promised } },
      ];
    }
    case 'compose-post':
      return post(deps, state, data.copy === '1');
    default:
      return undefined;
  }
}
