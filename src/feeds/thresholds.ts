/** Alerting levels from the runbooks: pure functions, no I/O. */

/** ok / warning / critical, ordered by how much attention they need. */
export type Level = 'ok' | 'warning' | 'critical';

/** The numbers a profile gives for alerting and for declaring an incident. */
export type Thresholds = {
  readonly errorRate: { readonly warning: number; readonly critical: number };
  /** Multiples of the service's baseline p95. */
  readonly p95Multiple: { readonly warning: number; readonly critical: number };
  readonly availability: { readonly warning: number; readonly critical: number };
  readonly dbPool: { readonly warning: number; readonly critical: number };
  readonly declare: {
    readonly errorRate: number;
    readonly p95Multiple: number;
    readonly sustainMs: number;
  };
  /** How far back the trailing-median baseline looks. */
  readonly baselineWindowMs: number;
};

/** The table in DESIGN.md, which every seed runbook agrees with. */
export const DEFAULT_THRESHOLDS: Thresholds = {
  errorRate: { warning: 0.01, critical: 0.05 },
  p95Multiple: { warning: 2, critical: 3 },
  availability: { warning: 0.995, critical: 0.99 },
  dbPool: { warning: 0.7, critical: 0.9 },
  declare: { errorRate: 0.05, p95Multiple: 3, sustainMs: 5 * 60_000 },
  baselineWindowMs: 30 * 60_000,
};

/** Level of an error ratio: strictly above a limit crosses it. */
export function errorRateLevel(ratio: number, t: Thresholds = DEFAULT_THRESHOLDS): Level {
  if (ratio > t.errorRate.critical) return 'critical';
  if (ratio > t.errorRate.warning) return 'warning';
  return 'ok';
}

/** Level of a p95 expressed as a multiple of its baseline. */
export function latencyLevel(multiple: number, t: Thresholds = DEFAULT_THRESHOLDS): Level {
  if (multiple > t.p95Multiple.critical) return 'critical';
  if (multiple > t.p95Multiple.warning) return 'warning';
  return 'ok';
}

/** Level of an availability ratio (1 = always up): strictly below a limit crosses it. */
export function availabilityLevel(ratio: number, t: Thresholds = DEFAULT_THRESHOLDS): Level {
  if (ratio < t.availability.critical) return 'critical';
  if (ratio < t.availability.warning) return 'warning';
  return 'ok';
}

/** Level of database pool use (in use / pool size). */
export function dbPoolLevel(used: number, t: Thresholds = DEFAULT_THRESHOLDS): Level {
  if (used > t.dbPool.critical) return 'critical';
  if (used > t.dbPool.warning) return 'warning';
  return 'ok';
}

const RANK: Record<Level, number> = { ok: 0, warning: 1, critical: 2 };

/** The worse of two levels. */
export function worstLevel(a: Level, b: Level): Level {
  return RANK[a] >= RANK[b] ? a : b;
}

/** A number for sorting: higher needs more attention. */
export function levelRank(level: Level): number {
  return RANK[level];
}
