/** Threshold levels from a profile, and a suggested severity when the declare criteria are met. */
import { durationMs } from './duration.js';
import type { Profile, Thresholds } from './profile-schema.js';

/** A metric reading held for a while: error rate as a ratio, p95 as a multiple of baseline. */
export type Evidence = {
  readonly service: string;
  readonly metric: 'error-rate' | 'p95';
  readonly value: number;
  /** Since when (epoch ms) the value has stayed at or above this level. */
  readonly since: number;
};

/** A threshold level. */
export type Level = 'ok' | 'warn' | 'crit';

/** The level of one reading; availability is worse when lower, the others when higher. */
export function thresholdLevel(t: Thresholds, metric: 'error-rate' | 'p95' | 'availability' | 'db-pool', value: number): Level {
  if (metric === 'availability') return value < t.availability.crit ? 'crit' : value < t.availability.warn ? 'warn' : 'ok';
  const band = metric === 'error-rate' ? t.errorRate : metric === 'p95' ? t.p95Multiple : t.dbPool;
  return value > band.crit ? 'crit' : value > band.warn ? 'warn' : 'ok';
}

/** True when the evidence meets the profile's declare criteria at `now` (above the limit for long enough). */
export function meetsDeclareCriteria(t: Thresholds, e: Evidence, now: number): boolean {
  const limit = e.metric === 'error-rate' ? t.declare.errorRate : t.declare.p95Multiple;
  const sustained = durationMs(t.declare.sustainedFor) ?? 0;
  return e.value > limit && now - e.since >= sustained;
}

/** Error-rate breaches on this many services or more count as widespread. */
export const MANY_SERVICES = 3;

/** A suggested severity and why. */
export type SeveritySuggestion = { readonly severity: string; readonly reason: string };

/**
 * Suggests a severity when the declare criteria are met, or null. Kept simple on purpose:
 * error rate over the limit on MANY_SERVICES or more services suggests the most severe level;
 * anything else that qualifies suggests the next one down. A person always decides.
 */
export function suggestSeverity(profile: Profile, evidence: readonly Evidence[], now: number): SeveritySuggestion | null {
  const t = profile.thresholds;
  const hits = evidence.filter((e) => meetsDeclareCriteria(t, e, now));
  if (hits.length === 0) return null;
  const errorServices = new Set(hits.filter((e) => e.metric === 'error-rate').map((e) => e.service));
  const services = [...new Set(hits.map((e) => e.service))].join(', ');
  const [top, next] = profile.severities;
  if (errorServices.size >= MANY_SERVICES && top) {
    return { severity: top.id, reason: `error rate above ${t.declare.errorRate * 100}% on ${errorServices.size} services (${services})` };
  }
  const chosen = next ?? top;
  if (!chosen) return null;
  return { severity: chosen.id, reason: `declare criteria met on ${services}` };
}
