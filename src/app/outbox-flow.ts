/** The outbox flow: pick an update that waits for a person, then retry it now or drop it. */
import type { CommandId } from '../keys/bindings.js';
import type { Modal } from '../ui/modal.js';
import type { UiAction } from '../ui/state.js';
import { type FlowDeps, note, open, replace } from './flow-kit.js';

const SEP = '\u0000';

/** Opens the list of parked deliveries; undefined when the key is not its. */
export function startOutboxFlow(id: CommandId, deps: FlowDeps): UiAction[] | undefined {
  if (id !== 'outbox.open') return undefined;
  const pending = deps.actions.pending();
  if (pending.length === 0) return note('the outbox is empty');
  const options = pending.map((p) => ({
    id: `${p.update}${SEP}${p.target}`,
    label: `${p.target}: ${p.text.split('\n')[0]?.slice(0, 40) ?? ''}`,
    hint: `${p.needsPerson ? 'needs you' : 'retrying'} · ${p.attempts} tried · ${p.last?.detail ?? 'not tried yet'}`,
  }));
  return open({ kind: 'picker', purpose: 'outbox-pick', label: 'Outbox', options, index: 0 });
}

/** Finishes one of the outbox flow's modals; undefined when the modal is someone else's. */
export function finishOutboxFlow(modal: Modal, value: string, deps: FlowDeps): UiAction[] | undefined {
  if (modal.kind === 'none') return undefined;
  switch (modal.purpose) {
    case 'outbox-pick': {
      const [update = '', target = ''] = value.split(SEP);
      return replace({
        kind: 'picker',
        purpose: 'outbox-act',
        label: `The update for ${target}`,
        options: [
          { id: 'retry', label: 'Retry now', hint: 'send it once more' },
          { id: 'drop', label: 'Drop it', hint: 'kept in the timeline, not sent' },
          { id: 'keep', label: 'Keep it', hint: 'leave it in the outbox' },
        ],
        index: 0,
        data: { update, target },
      });
    }
    case 'outbox-act': {
      const { update = '', target = '' } = modal.data ?? {};
      if (value === 'drop') return [{ type: 'modal/close' }, ...note(deps.actions.drop(update, target))];
      if (value !== 'retry') return [{ type: 'modal/close' }];
      void deps.actions.retryNow(update, target).then(
        (line) => deps.notify({ type: 'notice', text: line }),
        (e: unknown) =>
          deps.notify({ type: 'notice', text: `${target}: ${(e as Error).message}`, error: true }),
      );
      return [{ type: 'modal/close' }, ...note(`sending to ${target}…`)];
    }
    default:
      return undefined;
  }
}
