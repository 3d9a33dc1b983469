/**
 * The outbox flow: m opens the panel of every delivery per target; r retries the selected one
 * now, x drops it after a confirmation. Outcomes reach the notice line, a failure never as a tick.
 */
import type { CommandId } from '../keys/bindings.js';
import type { Modal } from '../ui/modal.js';
import type { UiAction, UiState } from '../ui/state.js';
import { isPending } from '../actions/delivery/outbox-rows.js';
import { busy, type FlowDeps, note, open } from './flow-kit.js';

/** Starts an outbox command; undefined when the key is not its. */
export function startOutboxFlow(id: CommandId, state: UiState, deps: FlowDeps): UiAction[] | undefined {
  if (id === 'outbox.open') return [{ type: 'overlay/open', overlay: 'outbox' }];
  if (id !== 'outbox.retry' && id !== 'outbox.drop') return undefined;
  const row = deps.actions.outboxRows()[state.outboxCursor ?? 0];
  if (!row) return note('the outbox is empty');
  if (!isPending(row)) return note(`${row.target}: already ${row.state}; nothing to ${id === 'outbox.retry' ? 'retry' : 'drop'}`);
  if (id === 'outbox.drop') {
    return open({
      kind: 'confirm',
      purpose: 'outbox-drop',
      label: `Drop the update for ${row.target}? It stays in the timeline and is not sent.\n“${row.text.slice(0, 60)}”`,
      value: '',
      data: { update: row.update, target: row.target },
    });
  }
  if (row.state === 'sending') return note(`${row.target}: being sent right now`);
  void deps.actions.retryNow(row.update, row.target).then(
    ({ text, ok }) => deps.notify({ type: 'notice', text, ...(ok ? {} : { warn: true }) }),
    (e: unknown) => deps.notify({ type: 'notice', text: `${row.target}: ${(e as Error).message}`, error: true }),
  );
  return busy(`sending to ${row.target}…`);
}

/** Finishes the drop confirmation; undefined when the modal is someone else's. */
export function finishOutboxFlow(modal: Modal, value: string, deps: FlowDeps): UiAction[] | undefined {
  if (modal.kind === 'none' || modal.purpose !== 'outbox-drop') return undefined;
  const { update = '', target = '' } = modal.data ?? {};
  if (value !== 'y') return [{ type: 'modal/close' }, ...note('kept in the outbox')];
  return [{ type: 'modal/close' }, ...note(deps.actions.drop(update, target))];
}
