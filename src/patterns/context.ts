/** What every detector reads: the store's services at one feed instant, and small shared helpers. */
import type { ServiceState } from '../feeds/service-state.js';
import type { Thresholds } from '../feeds/thresholds.js';
import type { HintPatternId } from './catalog.js';
import type { RequestBaselines } from './request-baseline.js';

/** The inputs of a detector. */
export type DetectContext = {
  readonly services: readonly ServiceState[];
  /** The newest feed time. */
  readonly now: number;
  readonly thresholds: Thresholds;
  readonly requests: RequestBaselines | undefined;
};

/** One detector's finding, before the profile names it. */
export type Finding = {
  readonly patternId: HintPatternId;
  readonly service: string;
  readonly evidence: string[];
};

/** A detector: pure over the context. */
export type Detector = (ctx: DetectContext) => Finding[];

export const MIN = 60_000;
/** Health details that speak of authentication trouble. */
export const AUTH_WORDS = /\b401\b|unauthori[sz]ed|signing key|key id|jwks|token verification/i;
/** Health details that speak of database connections. */
export const POOL_WORDS = /connection|pool/i;

/** Service names that are databases. */
export const DB_NAME = /postgres|mysql|maria|\bdb\b|-db|db-|database|sql|mongo/i;

/** "12.3%". */
export const pct = (ratio: number): string => `${(ratio * 100).toFixed(1)}%`;
/** "4m 20s" of feed time. */
export function ago(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  return s >= 60 ? `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

/** Minute buckets from `fromTs` to `toTs` (inclusive), NaN where nothing arrived. */
export function bucketsBetween(series: ServiceState['errorSeries'], fromTs: number, toTs: number): number[] {
  const count = Math.floor(toTs / series.bucketMs) - Math.floor(fromTs / series.bucketMs) + 1;
  return count > 0 ? series.last(count, toTs) : [];
}

/** The largest real value, or NaN when there is none. */
export function maxOf(values: readonly number[]): number {
  const real = values.filter((v) => !Number.isNaN(v));
  return real.length > 0 ? Math.max(...real) : Number.NaN;
}

/** Requests as a multiple of their usual level, when both are known. */
export function trafficMultiple(ctx: DetectContext, s: ServiceState): number | undefined {
  const base = ctx.requests?.baseline(s.name);
  return base && s.requests !== undefined ? s.requests / base : undefined;
}
