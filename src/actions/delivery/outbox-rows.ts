/**
 * The outbox panel's rows, folded from the journal: every (update, target) a post went to, with
 * where it stands (queued, sending, retry at a time, parked, delivered, dropped), how many sends
 * it took, and the last error. Pure: what is in flight and when the next pass runs are passed in.
 */
import { escapeControls } from '../../text/controls.js';
import { withoutInnerTries } from '../../text/inner-tries.js';
import type { Delivery, IncidentEvent } from '../../incident/events.js';
import { DEFAULT_MAX_ATTEMPTS } from './pending.js';

/** Where one delivery stands. */
export type OutboxState = 'queued' | 'sending' | 'retrying' | 'unknown-parked' | 'failed' | 'delivered' | 'dropped';

/** One (update, target). */
export type OutboxRow = {
  readonly update: string;
  readonly target: string;
  /** The update's first line. */
  readonly text: string;
  readonly postedAt: number;
  readonly state: OutboxState;
  /** Sends so far (failed ones, plus the one that succeeded). */
  readonly attempts: number;
  /** When the background retry tries it next (retrying only). */
  readonly nextTryAt?: number;
  /** The last failure's detail, one line, control characters made visible. */
  readonly lastError?: string;
  /** Who dropped it (dropped only). */
  readonly droppedBy?: string;
};

/** What the fold needs besides the journal. */
export type OutboxRowOptions = {
  readonly maxAttempts?: number;
  readonly sending?: (update: string, target: string) => boolean;
  readonly nextPassAt?: number | undefined;
};

/** Whether a row still waits in the outbox (a person can retry or drop it). */
export function isPending(row: OutboxRow): boolean {
  return row.state !== 'delivered' && row.state !== 'dropped';
}

const oneLine = (text: string) => escapeControls(text.split('\n', 1)[0] ?? '');

function parkedState(last: Delivery | undefined, attempts: number, max: number): OutboxState | undefined {
  if (!last) return undefined;
  const parked = last.parked ?? (last.outcome === 'rejected' || attempts >= max);
  if (!parked) return undefined;
  return last.outcome === 'unknown' ? 'unknown-parked' : 'failed';
}

/** Every delivery of every posted update: those still waiting first (oldest first), then the rest (newest first). */
export function outboxRows(events: readonly IncidentEvent[], options: OutboxRowOptions = {}): OutboxRow[] {
  const max = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  type Acc = { failures: number; last?: Delivery; done?: Delivery; by?: string };
  const seen = new Map<string, Acc>();
  const key = (u: string, t: string) => `${u}\u0000${t}`;
  for (const e of events) {
    if (e.type !== 'update/delivered') continue;
    const k = key(e.update, e.delivery.target);
    const acc = seen.get(k) ?? { failures: 0 };
    if (e.delivery.ok || e.delivery.outcome === 'dropped') {
      acc.done = e.delivery;
      acc.by = e.by;
    } else {
      acc.failures += 1;
      acc.last = e.delivery;
    }
    seen.set(k, acc);
  }
  const waiting: OutboxRow[] = [];
  const finished: OutboxRow[] = [];
  for (const e of events) {
    if (e.type !== 'update/posted') continue;
    for (const target of e.targets) {
      const acc = seen.get(key(e.id, target)) ?? { failures: 0 };
      // Journals from before update/delivered carried the outcome in the post itself.
      const inline = e.deliveries.find((d) => d.target === target && d.ok);
      if (inline && !acc.done) acc.done = inline;
      const base = {
        update: e.id,
        target,
        text: oneLine(e.text),
        postedAt: e.at,
        // The panel's TRIES counts whole sends; the HTTP layer's own "(3 attempts)" within one is left out.
        ...(acc.last?.detail ? { lastError: withoutInnerTries(oneLine(acc.last.detail)) } : {}),
      };
      if (acc.done) {
        const dropped = acc.done.outcome === 'dropped';
        finished.push({
          ...base,
          state: dropped ? 'dropped' : 'delivered',
          attempts: acc.failures + (dropped ? 0 : 1),
          ...(dropped && acc.by ? { droppedBy: acc.by } : {}),
        });
        continue;
      }
      const state: OutboxState = options.sending?.(e.id, target)
        ? 'sending'
        : (parkedState(acc.last, acc.failures, max) ?? (acc.failures === 0 ? 'queued' : 'retrying'));
      const next = state === 'retrying' && options.nextPassAt !== undefined ? { nextTryAt: options.nextPassAt } : {};
      waiting.push({ ...base, state, attempts: acc.failures, ...next });
    }
  }
  return [...waiting, ...finished.reverse()];
}
