/**
 * The outbox: posted updates with targets they have not reached yet. It is folded from the
 * journal (update/posted minus successful update/delivered), so it survives a restart; resume
 * the session and `retryOutbox` picks up where the last run stopped.
 */
import type { IncidentSession } from '../../app/incident-session.js';
import { backoffDelay } from '../../feeds/backoff.js';
import type { Delivery } from '../../incident/events.js';
import type { IncidentState } from '../../incident/state.js';
import { deliverAll, type PostContext } from './post-update.js';
import { DRILL_OUTBOX, drillTarget, type ResolvedTarget } from './targets.js';

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

/** Options for a retry: the configured targets, plus the post context. */
export type RetryContext = PostContext & { readonly targets: readonly ResolvedTarget[] };

function targetFor(id: string, context: RetryContext): ResolvedTarget {
  if (id === DRILL_OUTBOX) return drillTarget(context.dataDir);
  return (
    context.targets.find((t) => t.id === id) ?? {
      id,
      kind: 'webhook',
      problem: `target "${id}" is no longer configured`,
    }
  );
}

/** Tries every pending target of every update once more (each send with its own retries) and journals each outcome. */
export async function retryOutbox(session: IncidentSession, context: RetryContext): Promise<Delivery[]> {
  const all: Delivery[] = [];
  for (const entry of outboxEntries(session.state)) {
    const update = session.state.updates.find((u) => u.id === entry.update);
    if (!update) continue;
    const targets = entry.pending.map((id) => targetFor(id, context));
    all.push(...(await deliverAll(session, update, targets, context)));
  }
  return all;
}

/** Backoff between outbox passes; defaults 5 s doubling to 5 min. */
export type OutboxSchedule = { readonly baseMs?: number; readonly capMs?: number };

/**
 * Retries the outbox in the background while it is not empty, backing off after each pass that
 * left something pending; a new post resets the backoff. Returns a stop function for its owner.
 */
export function startOutboxRetry(
  session: IncidentSession,
  context: RetryContext,
  schedule: OutboxSchedule = {},
): () => void {
  let attempt = 0;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let seen = session.state.updates.length;
  const plan = () => {
    if (stopped || timer || outboxEntries(session.state).length === 0) return;
    const delay = backoffDelay(attempt, {
      baseMs: schedule.baseMs ?? 5000,
      capMs: schedule.capMs ?? 300_000,
    });
    timer = setTimeout(() => {
      void retryOutbox(session, context).then(
        (deliveries) => {
          timer = undefined;
          attempt = deliveries.some((d) => !d.ok) ? attempt + 1 : 0;
          plan();
        },
        () => {
          // The journal closed under us (the incident was switched); the next owner starts its own.
          timer = undefined;
          stopped = true;
        },
      );
    }, delay);
  };
  const unsubscribe = session.subscribe(() => {
    if (session.state.updates.length !== seen) {
      seen = session.state.updates.length;
      attempt = 0;
    }
    plan();
  });
  plan();
  return () => {
    stopped = true;
    unsubscribe();
    if (timer) clearTimeout(timer);
  };
}
