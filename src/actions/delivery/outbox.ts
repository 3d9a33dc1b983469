/**
 * The outbox: posted updates with targets they have not reached yet. It is folded from the
 * journal (update/posted minus successful or dropped update/delivered), so it survives a restart.
 * Retries are bounded: a target is tried on its own a few times with backoff, then parked as
 * needing a person, who retries it now or drops it; a final refusal (a 4xx, a target that is not
 * configured) is parked at once. Nothing loops.
 */
import type { IncidentSession } from '../../app/incident-session.js';
import { backoffDelay } from '../../feeds/backoff.js';
import type { Delivery } from '../../incident/events.js';
import { DEFAULT_MAX_ATTEMPTS, pendingDeliveries } from './pending.js';
import { deliverAll, type PostContext } from './post-update.js';
import { DRILL_OUTBOX, drillTarget, type ResolvedTarget } from './targets.js';

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

/**
 * Tries pending targets once more and journals each outcome: every one, or with `automatic`
 * only those that do not wait for a person.
 */
export async function retryOutbox(
  session: IncidentSession,
  context: RetryContext,
  options: { readonly automatic?: boolean; readonly maxAttempts?: number } = {},
): Promise<Delivery[]> {
  const due = pendingDeliveries(session, options.maxAttempts).filter(
    (p) => !options.automatic || !p.needsPerson,
  );
  const all: Delivery[] = [];
  for (const updateId of new Set(due.map((p) => p.update))) {
    const update = session.state.updates.find((u) => u.id === updateId);
    if (!update) continue;
    const targets = due.filter((p) => p.update === updateId).map((p) => targetFor(p.target, context));
    const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
    all.push(...(await deliverAll(session, update, targets, { ...context, maxAttempts })));
  }
  return all;
}

/** A person's "retry now" for one parked (update, target); undefined when it is not pending. */
export async function retryNow(
  session: IncidentSession,
  context: RetryContext,
  updateId: string,
  target: string,
): Promise<Delivery | undefined> {
  const update = session.state.updates.find((u) => u.id === updateId);
  if (!update?.pending.includes(target)) return undefined;
  const [delivery] = await deliverAll(session, update, [targetFor(target, context)], context);
  return delivery;
}

/** A person's "drop": the target leaves the outbox, and the journal says who gave up on it. */
export function dropPending(session: IncidentSession, updateId: string, target: string): void {
  const update = session.state.updates.find((u) => u.id === updateId);
  if (!update?.pending.includes(target)) return;
  session.record({
    type: 'update/delivered',
    update: updateId,
    delivery: { target, ok: false, outcome: 'dropped', detail: `dropped by ${session.options.user()}` },
  });
}

/** Backoff between outbox passes (default 5 s doubling to 5 min) and the attempts allowed. */
export type OutboxSchedule = {
  readonly baseMs?: number;
  readonly capMs?: number;
  readonly maxAttempts?: number;
  /** Called whenever nothing is left to retry automatically (for tests and status lines). */
  readonly onIdle?: () => void;
  /** The clock the next pass's time is read on (for the outbox panel's "retry at"). */
  readonly now?: () => number;
};

const nextPass = new WeakMap<IncidentSession, number>();

/** When the background retry next tries the outbox; undefined when nothing is scheduled. */
export function nextOutboxPass(session: IncidentSession): number | undefined {
  return nextPass.get(session);
}

/**
 * Retries the outbox in the background while something in it may still be retried on its own,
 * backing off after each pass that left something pending; a new post resets the backoff.
 * Returns a stop function for its owner.
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
  const maxAttempts = schedule.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const plan = () => {
    if (stopped || timer) return;
    if (!pendingDeliveries(session, maxAttempts).some((p) => !p.needsPerson)) {
      schedule.onIdle?.();
      return;
    }
    const delay = backoffDelay(attempt, {
      baseMs: schedule.baseMs ?? 5000,
      capMs: schedule.capMs ?? 300_000,
    });
    nextPass.set(session, (schedule.now ?? Date.now)() + delay);
    timer = setTimeout(() => {
      nextPass.delete(session);
      void retryOutbox(session, context, { automatic: true, maxAttempts }).then(
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
    nextPass.delete(session);
    unsubscribe();
    if (timer) clearTimeout(timer);
  };
}
