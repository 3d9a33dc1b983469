/** Turns the metric store into plain rows for the services table, at repaint time. */
import type { ServiceState } from '../../feeds/service-state.js';
import type { MetricStore } from '../../feeds/store.js';
import { type Level, levelRank } from '../../feeds/thresholds.js';
import { formatAge, formatLatency, formatMultiple, formatPercent } from './format.js';
import { ERROR_SCALE, LATENCY_SCALE, sparkline } from './sparkline.js';

/** How the table is ordered. */
export type Order = 'worst' | 'name';

/** The status shown in the health column. */
export type HealthView = 'up' | 'degraded' | 'down' | 'unknown' | 'stale';

/** One row, all strings and primitives so a memoised row re-renders only when it changes. */
export type ServiceRow = {
  readonly name: string;
  readonly health: HealthView;
  readonly healthAge: string;
  readonly errText: string;
  readonly errLevel: Level;
  readonly p95Text: string;
  readonly multipleText: string;
  readonly p95Level: Level;
  readonly errSpark: string;
  readonly p95Spark: string;
  readonly deployText: string;
  readonly extraText: string;
  readonly rank: number;
};

/** How recent a deploy must be (feed time) to be shown beside its service. */
const DEPLOY_RECENT_MS = 30 * 60_000;

function healthRank(h: HealthView): number {
  return { down: 3, degraded: 2, stale: 2, unknown: 0, up: 0 }[h];
}

/** Attention score: higher sorts first in "worst" order. */
export function attention(health: HealthView, err: Level, p95: Level): number {
  return Math.max(
    healthRank(health),
    levelRank(err) === 2 ? 3 : levelRank(err),
    levelRank(p95) === 2 ? 3 : levelRank(p95),
  );
}

function row(s: ServiceState, store: MetricStore, now: number, sparkWidth: number): ServiceRow {
  const stale = store.isServiceStale(s, now);
  const health: HealthView = stale ? 'stale' : s.health;
  const baseline = s.baseline;
  const p95Multiples = s.p95Series
    .last(sparkWidth, store.feedNow)
    .map((v) => (baseline ? v / baseline : Number.NaN));
  const deploy = s.deploys.at(-1);
  const deployRecent = deploy !== undefined && store.feedNow - deploy.ts <= DEPLOY_RECENT_MS;
  const errLevel = s.errorLevel;
  const p95Level = s.latencyLevel;
  return {
    name: s.name,
    health,
    healthAge: stale
      ? formatAge(now - s.lastReceivedAt)
      : s.healthSince
        ? formatAge(store.feedNow - s.healthSince)
        : '',
    errText: formatPercent(s.errorRatio),
    errLevel,
    p95Text: formatLatency(s.p95),
    multipleText: formatMultiple(s.p95Multiple),
    p95Level,
    errSpark: sparkline(s.errorSeries.last(sparkWidth, store.feedNow), ERROR_SCALE),
    p95Spark: sparkline(p95Multiples, LATENCY_SCALE),
    deployText: deployRecent && deploy ? `↑${deploy.version} ${formatAge(store.feedNow - deploy.ts)}` : '',
    extraText: `p50 ${formatLatency(s.p50)} p99 ${formatLatency(s.p99)}`,
    rank: attention(health, errLevel, p95Level),
  };
}

/** Options for building rows. */
export type RowOptions = { now: number; order: Order; filter: string; sparkWidth: number };

/** Rows for every service that matches the filter, in the chosen order. */
export function buildServiceRows(store: MetricStore, options: RowOptions): ServiceRow[] {
  const needle = options.filter.trim().toLowerCase();
  const rows: ServiceRow[] = [];
  for (const s of store.services.values()) {
    if (needle && !s.name.toLowerCase().includes(needle)) continue;
    rows.push(row(s, store, options.now, options.sparkWidth));
  }
  rows.sort((a, b) =>
    options.order === 'worst' && a.rank !== b.rank ? b.rank - a.rank : a.name.localeCompare(b.name),
  );
  return rows;
}
