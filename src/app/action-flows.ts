/**
 * What the comms and command keys do: pick, fill in, show exactly, confirm, then act. Every step
 * that reaches outside is behind a confirmation the UI cannot skip by typing ahead. Each flow
 * lives in its own module; this one routes to them.
 */
import type { CommandId } from '../keys/bindings.js';
import type { Modal } from '../ui/modal.js';
import type { UiAction, UiState } from '../ui/state.js';
import { finishCommandFlow, startCommandFlow } from './command-flow.js';
import { finishCompose, startCompose } from './compose-flow.js';
import type { FlowDeps } from './flow-kit.js';
import { finishOutboxFlow, startOutboxFlow } from './outbox-flow.js';
import { finishWebhookFlow, startWebhookFlow } from './webhook-flow.js';

export { hintActions } from './command-flow.js';
export type { FlowDeps } from './flow-kit.js';

/** Starts a comms or command action from its key. */
export function startActionCommand(id: CommandId, state: UiState, deps: FlowDeps): UiAction[] {
  return (
    startCompose(id, state, deps) ??
    startCommandFlow(id, deps) ??
    startWebhookFlow(id, deps) ??
    startOutboxFlow(id, state, deps) ??
    []
  );
}

/** Finishes one of these flows' modals; undefined when the modal belongs elsewhere. */
export function finishActionModal(
  modal: Modal,
  value: string,
  state: UiState,
  deps: FlowDeps,
): UiAction[] | undefined {
  return (
    finishCompose(modal, value, state, deps) ??
    finishCommandFlow(modal, value, deps) ??
    finishWebhookFlow(modal, value, deps) ??
    finishOutboxFlow(modal, value, deps)
  );
}
