/** The quick-command flow: pick, fill in, show exactly, confirm (type the target back if destructive), run. */
import { type PreparedCommand, prepareCommand } from '../actions/commands/prepare.js';
import type { CommandId } from '../keys/bindings.js';
import type { PatternHint } from '../patterns/hints.js';
import { NAME_OTHER, NAME_PATTERN, namingOptions, patternPicker, recordPattern } from './pattern-flow.js';
import type { Modal } from '../ui/modal.js';
import type { UiAction } from '../ui/state.js';
import { type FlowDeps, note, open, replace, values } from './flow-kit.js';

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

/** A pattern hint as a picker of its matching quick commands, their values taken for its service. */
export function hintActions(hint: PatternHint, deps: FlowDeps): UiAction[] {
  const serviceDeps = { ...deps, ...(hint.service ? { service: hint.service } : {}) };
  const vals = values(serviceDeps);
  const label = [
    `${hint.name}${hint.service ? ` · ${hint.service}` : ''}`,
    ...hint.evidence.map((e) => `• ${e}`),
    ...hint.actions.slice(0, 4).map((a, i) => `${i + 1}) ${a}`),
  ].join('\n');
  const commands = hint.commandIds.flatMap((id) => {
    const command = deps.profile.commands.find((c) => c.id === id);
    if (!command) return [];
    const p = prepareCommand(command, vals);
    return [{ id, label: `${command.destructive ? '▲ ' : ''}${command.label}`, hint: `$ ${p.display}` }];
  });
  // With an incident open, naming the pattern is an action: it lands in the timeline (and a drill scores it).
  const options = deps.session.active ? [...namingOptions(hint.name), ...commands] : commands;
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
    data: { vals: JSON.stringify(vals), pattern: hint.patternId },
  });
}

/** Starts a command-palette or output-pane action; undefined when the key is not theirs. */
export function startCommandFlow(id: CommandId, deps: FlowDeps): UiAction[] | undefined {
  const { profile, actions } = deps;
  switch (id) {
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
    case 'output.show':
      return actions.run ? [{ type: 'overlay/open', overlay: 'output' }] : note('no command has run yet');
    case 'output.cancel':
      return actions.cancel() ? note('stopping the command…') : [{ type: 'help/close' }];
    default:
      return undefined;
  }
}

/** Finishes one of the command flow's modals; undefined when the modal is someone else's. */
export function finishCommandFlow(modal: Modal, value: string, deps: FlowDeps): UiAction[] | undefined {
  if (modal.kind === 'none') return undefined;
  const data = modal.data ?? {};
  const { actions } = deps;
  switch (modal.purpose) {
    case 'hint-info':
      return [{ type: 'modal/close' }];
    case 'pattern-name':
      return recordPattern(deps, value);
    case 'command-pick':
    case 'command-field': {
      if (modal.purpose === 'command-pick' && value === NAME_PATTERN)
        return recordPattern(deps, data.pattern ?? '');
      if (modal.purpose === 'command-pick' && value === NAME_OTHER) return patternPicker(true);
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
    default:
      return undefined;
  }
}
