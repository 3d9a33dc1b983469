/** How randomness spreads retries: `full` picks in [0, d], `equal` picks in [d/2, d]. */
export type JitterKind = 'full' | 'equal';

/** Options for {@link backoffDelay}; every field has a default. */
export type BackoffOptions = {
  readonly baseMs?: number;
  readonly capMs?: number;
  readonly jitter?: JitterKind;
  readonly random?: () => number;
};

/** Default first delay and ceiling, in milliseconds. */
export const DEFAULT_BACKOFF = { baseMs: 500, capMs: 30_000 } as const;

/** Delay before retry number `attempt` (0-based): min(cap, base * 2^attempt), jittered; pure given `random`. */
export function backoffDelay(attempt: number, options: BackoffOptions = {}): number {
  const baseMs = Math.max(0, options.baseMs ?? DEFAULT_BACKOFF.baseMs);
  const capMs = Math.max(baseMs, options.capMs ?? DEFAULT_BACKOFF.capMs);
  const random = options.random ?? Math.random;
  const n = Number.isFinite(attempt) && attempt > 0 ? Math.floor(attempt) : 0;
  // 2 ** 1100 is Infinity, which min() turns into the cap; no overflow handling needed.
  const ceiling = Math.min(capMs, baseMs * 2 ** n);
  const r = Math.min(Math.max(random(), 0), 1);
  const delay = options.jitter === 'full' ? ceiling * r : ceiling / 2 + (ceiling / 2) * r;
  return Math.round(delay);
}
