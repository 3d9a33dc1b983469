/** The active profile's numbers, in the shape the metric store uses. */
import type { Thresholds } from '../feeds/thresholds.js';
import { durationMs } from '../incident/duration.js';
import type { Profile } from '../incident/profile-schema.js';

/** Converts a profile's thresholds (warn/crit, durations) to the store's (warning/critical, ms). */
export function storeThresholds(profile: Profile): Thresholds {
  const t = profile.thresholds;
  return {
    errorRate: { warning: t.errorRate.warn, critical: t.errorRate.crit },
    p95Multiple: { warning: t.p95Multiple.warn, critical: t.p95Multiple.crit },
    availability: { warning: t.availability.warn, critical: t.availability.crit },
    dbPool: { warning: t.dbPool.warn, critical: t.dbPool.crit },
    declare: {
      errorRate: t.declare.errorRate,
      p95Multiple: t.declare.p95Multiple,
      sustainMs: durationMs(t.declare.sustainedFor) ?? 5 * 60_000,
    },
    baselineWindowMs: durationMs(t.declare.baselineWindow) ?? 30 * 60_000,
  };
}
