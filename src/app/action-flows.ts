/**
 * What the comms and command keys do: pick, fill in, show exactly, confirm, then act. Every
 * step that reaches outside is behind a confirmation the UI cannot skip by typing ahead.
 */
import { commandValues, type PreparedCommand, prepareCommand } from '../actions/commands/prepare.js';
import { missingFields, renderUpdate, unfilledMarkers } from '../actions/render-update.js';
import { prepareWebhook } from '../actions/webhooks.js';
import type { Profile } from '../incident/profile-schema.js';
import type { PatternHint } from '../patterns/hints.js';
import type { CommandId } from '../keys/bindings.js';
import { editorFrom, editorText } from '../ui/editor.js';
import type { Modal } from '../ui/modal.js';
import type { UiAction, UiState } from '../ui/state.js';
import type { ActionsSession } from './actions-session.js';
import type { IncidentSession } from './incident-session.js';

/** What the flows need. */
export type FlowDeps = {
  readonly actions: ActionsSession;
  readonly session: IncidentSession;
  readonly profile: Profile;
  readonly now: number;
  /** The service selected in the table, for {service}. */
  readonly service?: string | undefined;
  /** Reports the end of something asynchronous (a post, a run). */
  readonly notify: (action: UiAction) => void;
};

const note = (text: string, error = false): UiAction[] => [{ type: 'notice', text, error }];
const open = (modal: Modal): UiAction[] => [{ type: 'modal/open', modal }];
const replace = (modal: Modal): UiAction[] => [{ type: 'modal/update', modal }];

function values(deps: FlowDeps, extra: Record<string, string> = {}): Record<string, string> {
  // A runbook's {deployment} is the selected service unless someone typed otherwise.
  const fromSelection: Record<string, string> = deps.service ? { deployment: deps.service } : {};
  return commandValues(deps.session.state, deps.profile, deps.now, {
    ...(deps.service ? { service: deps.service } : {}),
    extra: { ...fromSelection, ...extra },
  });
}

/** The command prepared from values captured earlier (never re-read from the live screen). */
function frozen(
  deps: FlowDeps,
  id: string,
  vals: Readonly<Record<string, string>>,
): PreparedCommand | undefined {
  const command = deps.profile.commands.find((c) => c.id === id);
  return command && prepareCommand(command, vals);
}

function runConfirm(p: PreparedCommand, dryRun: boolean, vals: Record<string, string>): Modal {
  const lines = [
    `Run "${p.label}"?`,
    `$ ${p.display}`,
    ...p.warnings.map((w) => `▲ ${w}`),
    ...(p.destructive ? [`▲ destructive: next you type "${p.confirmTarget}" to go ahead`] : []),
    ...(dryRun ? ['DRILL: a dry run, nothing will execute'] : []),
  ];
  return {
    kind: 'confirm',
    purpose: 'command-run',
    label: lines.join('\n'),
    value: '',
    data: { id: p.id, copyable: '1', vals: JSON.stringify(vals) },
  };
}

function startRun(p: PreparedCommand, deps: FlowDeps): UiAction[] {
  void deps.actions.runCommand(p).then(
    (r) =>
      deps.notify({ type: 'notice', text: `${p.label}: ${r.detail}`, error: !r.dryRun && r.exitCode !== 0 }),
    (e: unknown) => deps.notify({ type: 'notice', text: `${p.label}: ${(e as Error).message}`, error: true }),
  );
  return [{ type: 'modal/close' }, { type: 'overlay/open', overlay: 'output' }];
}

function post(deps: FlowDeps, state: UiState, copyToo: boolean): UiAction[] {
  const draft = state.draft;
  if (!draft) return note('nothing to post', true);
  const text = editorText(draft.editor).trim();
  const copied = copyToo ? deps.actions.copy(text) : undefined;
  void deps.actions.post(text, draft.template, true).then(
    (summary) => deps.notify({ type: 'notice', text: `${copied ? `${copied.message}; ` : ''}${summary}` }),
    (e: unknown) => deps.notify({ type: 'notice', text: `not posted: ${(e as Error).message}`, error: true }),
  );
  return [{ type: 'modal/close' }, { type: 'draft/discard' }, { type: 'notice', text: 'posting…' }];
}

/** A pattern hint as a picker of its matching quick commands, their values taken for its service. */
export function hintActions(hint: PatternHint, deps: FlowDeps): UiAction[] {
  const serviceDeps = { ...deps, ...(hint.service ? { service: hint.service } : {}) };
  const vals = values(serviceDeps);
  const label = [
    `${hint.name}${hint.service ? ` · ${hint.service}` : ''}`,
    ...hint.evidence.map((e) => `• ${e}`),
    ...hint.actions.slice(0, 4).map((a, i) => `${i + 1}) ${a}`),
  ].join('\n');
  const options = hint.commandIds.flatMap((id) => {
    const command = deps.profile.commands.find((c) => c.id === id);
    if (!command) return [];
    const p = prepareCommand(command, vals);
    return [{ id, label: `${command.destructive ? '▲ ' : ''}${command.label}`, hint: `$ ${p.display}` }];
  });
  if (options.length === 0) {
    return open({
      kind: 'confirm',
      purpose: 'hint-info',
      label: `${label}\n(no quick command in the profile for this pattern)`,
      value: '',
    });
  }
  return open({
    kind: 'picker',
    purpose: 'command-pick',
    label,
    options,
    index: 0,
    data: { vals: JSON.stringify(vals) },
  });
}

/** Starts a comms or command action from its key. */
export function startActionCommand(id: CommandId, state: UiState, deps: FlowDeps): UiAction[] {
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
      const where = actions.dryRun
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
    case 'commands.palette': {
      if (profile.commands.length === 0) return note('the profile has no quick commands', true);
      const options = profile.commands.map((c) => {
        const p = prepareCommand(c, values(deps));
        return { id: c.id, label: `${c.destructive ? '▲ ' : ''}${c.label}`, hint: `$ ${p.display}` };
      });
      return open({
        kind: 'picker',
        purpose: 'command-pick',
        label: `Quick commands${deps.service ? ` · {service} = ${deps.service}` : ''}`,
        options,
        index: 0,
      });
    }
    case 'webhooks.palette': {
      if (profile.webhooks.length === 0) return note('the profile has no webhooks', true);
      const options = profile.webhooks.map((w) => {
        const p = prepareWebhook(w, values(deps), actions.options.config);
        return { id: w.id, label: w.label, hint: p.problem ? `✖ ${p.problem}` : p.display };
      });
      return open({ kind: 'picker', purpose: 'webhook-pick', label: 'Webhooks', options, index: 0 });
    }
    case 'output.show':
      return actions.run ? [{ type: 'overlay/open', overlay: 'output' }] : note('no command has run yet');
    case 'output.cancel':
      return actions.cancel() ? note('stopping the command…') : [{ type: 'help/close' }];
    default:
      return [];
  }
}

/** Finishes one of this module's modals; undefined when the modal is someone else's. */
export function finishActionModal(
  modal: Modal,
  value: string,
  state: UiState,
  deps: FlowDeps,
): UiAction[] | undefined {
  if (modal.kind === 'none') return undefined;
  const data = modal.data ?? {};
  const { session, profile, actions } = deps;
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
      return [
        { type: 'modal/close' },
        { type: 'draft/start', draft: { template, editor: editorFrom(text), mode: 'edit' } },
      ];
    }
    case 'compose-post':
      return post(deps, state, data.copy === '1');
    case 'hint-info':
      return [{ type: 'modal/close' }];
    case 'command-pick':
    case 'command-field': {
      // The values are taken once, when the list is picked from, and never again: the table may
      // reorder before the person confirms, and what runs must be exactly what was shown.
      const id = modal.purpose === 'command-pick' ? value : (data.id ?? '');
      const vals: Record<string, string> = data.vals ? JSON.parse(data.vals) : values(deps);
      if (modal.purpose === 'command-field' && data.field) vals[data.field] = value;
      const p = frozen(deps, id, vals);
      if (!p) return [{ type: 'modal/close' }];
      const missing = p.missing[0];
      if (missing)
        return replace({
          kind: 'prompt',
          purpose: 'command-field',
          label: `${p.label}: value for {${missing}}?`,
          value: '',
          data: { id, field: missing, vals: JSON.stringify(vals) },
        });
      return replace(runConfirm(p, actions.dryRun, vals));
    }
    case 'command-run': {
      const p = frozen(deps, data.id ?? '', JSON.parse(data.vals ?? '{}'));
      if (!p) return [{ type: 'modal/close' }];
      if (value === 'copy') {
        const r = actions.copy(p.display);
        return [{ type: 'modal/close' }, ...note(`${p.display} — ${r.message}`, !r.ok)];
      }
      if (p.destructive && p.confirmTarget) {
        const label = `▲ ${p.label} is destructive.\n$ ${p.display}\nType ${p.confirmTarget} to run it.`;
        return replace({
          kind: 'confirm',
          purpose: 'command-typeback',
          label,
          value: '',
          typeBack: p.confirmTarget,
          data: { id: p.id, vals: data.vals ?? '{}' },
        });
      }
      return startRun(p, deps);
    }
    case 'command-typeback': {
      const p = frozen(deps, data.id ?? '', JSON.parse(data.vals ?? '{}'));
      return p ? startRun(p, deps) : [{ type: 'modal/close' }];
    }
    case 'webhook-pick': {
      const w = profile.webhooks.find((x) => x.id === value);
      if (!w) return [{ type: 'modal/close' }];
      const vals = values(deps);
      const p = prepareWebhook(w, vals, actions.options.config);
      if (p.missing.length)
        return [{ type: 'modal/close' }, ...note(`${w.label}: fill in ${p.missing.join(', ')} first`, true)];
      if (p.problem && !actions.dryRun)
        return [{ type: 'modal/close' }, ...note(`${w.label}: ${p.problem}`, true)];
      const lines = [
        `Send "${w.label}"?`,
        p.display,
        ...(p.body ? [p.body.slice(0, 200)] : []),
        ...(actions.dryRun ? ['DRILL: a dry run, nothing is sent'] : []),
      ];
      if (p.confirmation.kind === 'type-back') {
        return replace({
          kind: 'confirm',
          purpose: 'webhook-fire',
          label: [...lines, `Type ${p.confirmation.expect} to send it.`].join('\n'),
          value: '',
          typeBack: p.confirmation.expect,
          data: { id: w.id, vals: JSON.stringify(vals) },
        });
      }
      return replace({
        kind: 'confirm',
        purpose: 'webhook-fire',
        label: lines.join('\n'),
        value: '',
        data: { id: w.id, vals: JSON.stringify(vals) },
      });
    }
    case 'webhook-fire': {
      const w = profile.webhooks.find((x) => x.id === data.id);
      if (!w) return [{ type: 'modal/close' }];
      const confirmed =
        modal.kind === 'confirm' && modal.typeBack !== undefined ? { typed: value } : { yes: true };
      void actions.fire(w, JSON.parse(data.vals ?? '{}'), confirmed).then(
        (line) => deps.notify({ type: 'notice', text: line }),
        (e: unknown) =>
          deps.notify({ type: 'notice', text: `${w.label}: ${(e as Error).message}`, error: true }),
      );
      return [{ type: 'modal/close' }, ...note(`sending ${w.label}…`)];
    }
    default:
      return undefined;
  }
}
