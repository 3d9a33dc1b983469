/**
 * One key, with modal priority: an open modal takes it; otherwise the router decides, and each
 * command goes to the module that owns it. Pure apart from what the handlers themselves do.
 */
import { finishActionModal, type FlowDeps, hintActions, startActionCommand } from '../app/action-flows.js';
import { type CommandDeps, finishModal, startCommand } from '../app/commands.js';
import { drillCommand } from '../app/drill-commands.js';
import type { DrillSession } from '../app/drill-session.js';
import { finishRunbookModal, type RunbookView, runbookCommand } from '../app/runbook-commands.js';
import type { PatternHint } from '../patterns/hints.js';
import { patternPicker } from '../app/pattern-flow.js';
import { modalKey } from './modal.js';
import { type RouteContext, routeKey } from './router.js';
import type { UiAction, UiState } from './state.js';

/** Everything a key may need. */
export type KeyEnv = {
  readonly route: RouteContext;
  readonly incident: CommandDeps;
  /** Comms and command flows, when actions are available. */
  readonly flow: FlowDeps | undefined;
  readonly runbook: RunbookView;
  readonly drill: DrillSession | undefined;
  readonly hints: readonly PatternHint[];
};

const ACTION_COMMAND = /^(comms|commands|webhooks|output|compose|outbox)\./;

/** The screen actions one key press leads to. */
export function keyActions(name: string, state: UiState, env: KeyEnv): UiAction[] {
  if (state.modal.kind !== 'none') {
    const result = modalKey(state.modal, name);
    if (!result.done) return [{ type: 'modal/update', modal: result.modal }];
    if (result.cancelled) return [{ type: 'modal/close' }, { type: 'notice', text: 'cancelled' }];
    return (
      finishRunbookModal(result.modal, result.value, env.runbook, state.runbookTop) ??
      (env.flow && finishActionModal(result.modal, result.value, state, env.flow)) ??
      finishModal(result.modal, result.value, env.incident)
    );
  }
  const out: UiAction[] = state.notice ? [{ type: 'notice/clear' }] : [];
  for (const step of routeKey(state, name, env.route)) {
    if (step.type !== 'command') out.push(step);
    else if (step.id.startsWith('runbook.')) out.push(...runbookCommand(step.id, state, env.runbook));
    else if (step.id.startsWith('drill.')) out.push(...drillCommand(step.id, env.drill));
    else if (step.id === 'patterns.hint') {
      const hint = env.hints[0];
      out.push(
        ...(hint && env.flow
          ? hintActions(hint, env.flow)
          : env.flow?.session.active
            ? patternPicker()
            : [{ type: 'notice', text: 'no pattern recognised in the feeds right now' } as const]),
      );
    } else if (ACTION_COMMAND.test(step.id)) {
      out.push(
        ...(env.flow
          ? startActionCommand(step.id, state, env.flow)
          : [{ type: 'notice', text: 'actions are not available here', error: true } as const]),
      );
    } else out.push(...startCommand(step.id, env.incident));
  }
  return out;
}
