/** One countdown and how close it is: the shared shape of every incident clock. */

/** How a clock stands. */
export type ClockState = 'ok' | 'near' | 'breached' | 'done' | 'n/a';

/** A countdown derived from the incident, the profile and the time. */
export type Clock = {
  readonly id: string;
  readonly label: string;
  readonly startedAt: number | null;
  readonly dueAt: number | null;
  readonly state: ClockState;
  /** Time left (negative once breached); null when done or not applicable. */
  readonly remainingMs: number | null;
};

const FIVE_MINUTES = 5 * 60_000;

/**
 * How soon before the deadline a clock turns "near": 20% of its span or 5 minutes, whichever is
 * smaller, so a 5-minute ack warns in its last minute and a 2-hour mitigation in its last 5.
 */
export function nearWindowMs(spanMs: number): number {
  return Math.min(spanMs * 0.2, FIVE_MINUTES);
}

/**
 * The grace a deadline with no span gets ("acknowledge immediately"): for its first minute it asks
 * for the thing now, and only after it is it missed. Without it such a clock would read BREACHED
 * the instant the incident is declared, before anyone could have done anything.
 */
export const IMMEDIATE_GRACE_MS = 60_000;

/**
 * How long after its start a deadline `spanMs` long is missed: at its end, or, for an immediate
 * one (no span), after the grace. The clocks and the drill scorecard both judge by this.
 */
export function missedAfterMs(spanMs: number): number {
  return spanMs <= 0 ? IMMEDIATE_GRACE_MS : spanMs;
}

/** Inputs of `makeClock`. */
export type ClockSpec = {
  readonly id: string;
  readonly label: string;
  readonly startedAt: number | null;
  readonly dueAt: number | null;
  /** When what the clock waits for happened; null while still waiting. */
  readonly doneAt: number | null;
  /** A clock that completes by running out (a watch) is done, not breached, at its deadline. */
  readonly completesAtDue?: boolean;
  /** No grace for an immediate deadline: one that follows a deadline already missed (past the mitigation SLA). */
  readonly noGrace?: boolean;
};

/** Builds a clock's state at `now`. */
export function makeClock(spec: ClockSpec, now: number): Clock {
  const { id, label, startedAt, dueAt } = spec;
  if (startedAt === null || dueAt === null) return { id, label, startedAt, dueAt, state: 'n/a', remainingMs: null };
  if (spec.doneAt !== null) return { id, label, startedAt, dueAt, state: 'done', remainingMs: null };
  const remainingMs = dueAt - now;
  // Due the moment it starts: "now" (near, nothing left) through the grace, breached after it.
  if (dueAt <= startedAt && !spec.completesAtDue && !spec.noGrace && now < startedAt + missedAfterMs(dueAt - startedAt))
    return { id, label, startedAt, dueAt, state: 'near', remainingMs: 0 };
  if (remainingMs <= 0) {
    return spec.completesAtDue
      ? { id, label, startedAt, dueAt, state: 'done', remainingMs: null }
      : { id, label, startedAt, dueAt, state: 'breached', remainingMs };
  }
  const state = remainingMs <= nearWindowMs(dueAt - startedAt) ? 'near' : 'ok';
  return { id, label, startedAt, dueAt, state, remainingMs };
}
