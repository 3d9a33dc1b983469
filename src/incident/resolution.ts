/** Whether the incident may be resolved now, or needs an override because the watch is not over. */
import { currentSeverity, watchClock } from './clocks.js';
import { durationLabel } from './duration.js';
import type { Profile } from './profile-schema.js';
import type { IncidentState } from './state.js';

/** The answer of `resolveCheck`. */
export type ResolveCheck =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: string; readonly remainingMs: number | null };

/** May the incident be resolved at `now` without an override? The watch must have run its course. */
export function resolveCheck(s: IncidentState, profile: Profile, now: number): ResolveCheck {
  if (!s.declared) return { ok: false, reason: 'no incident has been declared', remainingMs: null };
  if (s.status === 'resolved') return { ok: false, reason: 'the incident is already resolved', remainingMs: null };
  const sev = currentSeverity(s, profile);
  if (!sev?.watch) return { ok: true };
  const watch = watchClock(s, sev, now);
  if (watch.state === 'done') return { ok: true };
  if (watch.state === 'n/a') {
    const span = durationLabel(sev.watch);
    return { ok: false, reason: `move to monitoring first; it must then stay stable for ${span}`, remainingMs: null };
  }
  return { ok: false, reason: 'the service has not been stable long enough', remainingMs: watch.remainingMs };
}
