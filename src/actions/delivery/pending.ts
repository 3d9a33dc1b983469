/**
 * What the outbox holds, folded from the journal: each pending (update, target), how often it was
 * tried, how the last try ended, and whether it now waits for a person.
 */
import type { Delivery, IncidentEvent } from '../../incident/events.js';
import type { IncidentState } from '../../incident/state.js';

import { DEFAULT_MAX_ATTEMPTS } from '../../incident/events.js';

export { DEFAULT_MAX_ATTEMPTS };

/** Sends to (update, target) that did not succeed so far, as the journal says. */
export function triesSoFar(events: readonly IncidentEvent[], update: string, target: string): number {
  let n = 0;
  for (const e of events)
    if (e.type === 'update/delivered' && e.update === update && e.delivery.target === target && !e.delivery.ok)
      n += 1;
  return n;
}

/** One update waiting for some targets. */
export type OutboxEntry = {
  readonly update: string;
  readonly at: number;
  readonly text: string;
  readonly pending: readonly string[];
};

/** Updates with pending targets, oldest first. */
export function outboxEntries(state: IncidentState): OutboxEntry[] {
  return state.updates
    .filter((u) => u.pending.length > 0)
    .map((u) => ({ update: u.id, at: u.at, text: u.text, pending: u.pending }));
}

/** One target an update has not reached, with what happened so far. */
export type PendingDelivery = {
  readonly update: string;
  readonly target: string;
  readonly text: string;
  readonly at: number;
  /** Sends that did not succeed. */
  readonly attempts: number;
  readonly last?: Delivery;
  /** No more automatic retries: a person retries it now or drops it. */
  readonly needsPerson: boolean;
};

/** Every pending (update, target), oldest first, from a session's events and state. */
export function pendingDeliveries(
  session: { readonly events: readonly IncidentEvent[]; readonly state: IncidentState },
  maxAttempts = DEFAULT_MAX_ATTEMPTS,
): PendingDelivery[] {
  const tries = new Map<string, { attempts: number; last: Delivery }>();
  for (const e of session.events) {
    if (e.type !== 'update/delivered' || e.delivery.ok) continue;
    const key = `${e.update}\u0000${e.delivery.target}`;
    tries.set(key, { attempts: (tries.get(key)?.attempts ?? 0) + 1, last: e.delivery });
  }
  return outboxEntries(session.state).flatMap((entry) =>
    entry.pending.map((target) => {
      const seen = tries.get(`${entry.update}\u0000${target}`);
      const attempts = seen?.attempts ?? 0;
      const final = seen?.last.outcome === 'rejected' || seen?.last.parked === true;
      return {
        update: entry.update,
        target,
        text: entry.text,
        at: entry.at,
        attempts,
        ...(seen ? { last: seen.last } : {}),
        needsPerson: final || attempts >= maxAttempts,
      };
    }),
  );
}
