/** Turns the metric store into plain rows for the services table, at repaint time. */
import type { ServiceState } from '../../feeds/service-state.js';
import type { MetricStore } from '../../feeds/store.js';
import { type Level, levelRank } from '../../feeds/thresholds.js';
import type { TokenName } from '../../theme/tokens.js';
import { fit, formatAge, formatLatency, formatMultiple, formatPercent } from './format.js';
import type { Columns } from './layout.js';
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

const HEALTH: Record<HealthView, { glyph: string; word: string; token: TokenName }> = {
  up: { glyph: '✔', word: 'up', token: 'health.up' },
  degraded: { glyph: '▲', word: 'degraded', token: 'health.degraded' },
  down: { glyph: '✖', word: 'DOWN', token: 'health.down' },
  unknown: { glyph: '?', word: 'no data', token: 'health.unknown' },
  stale: { glyph: '…', word: 'stale', token: 'feed.stale' },
};

/** A glyph that says the level without colour, so status is never colour alone. */
export const LEVEL_MARK: Record<Level, string> = { ok: ' ', warning: '▲', critical: '✖' };

/** The token each level is drawn in. */
export const LEVEL_TOKEN: Record<Level, TokenName> = {
  ok: 'level.ok',
  warning: 'level.warning',
  critical: 'level.critical',
};

/** The token a row's health column is drawn in. */
export const healthToken = (health: HealthView): TokenName => HEALTH[health].token;

/** A run of a row's text and the token it is drawn in (undefined: the terminal's default). */
export type RowSegment = { text: string; token: TokenName | undefined };

/**
 * A row as runs of text, volatile numbers last (a line diff starts at the first changed cell),
 * before merging: every column is padded to its width.
 */
export function rowSegments(row: ServiceRow, cols: Columns, selected: boolean, wide: boolean): RowSegment[] {
  const health = HEALTH[row.health];
  const errToken = LEVEL_TOKEN[row.errLevel];
  const p95Token = LEVEL_TOKEN[row.p95Level];
  const healthText =
    wide && row.healthAge
      ? `${health.glyph} ${health.word} ${row.healthAge}`
      : `${health.glyph} ${health.word}`;
  const gap: RowSegment = { text: ' ', token: undefined };
  const out: RowSegment[] = [
    { text: fit(`${selected ? '▶' : ' '}${row.name}`, cols.name), token: selected ? 'selection' : undefined },
    gap,
    { text: fit(healthText, cols.health), token: health.token },
    gap,
    { text: row.errSpark, token: errToken },
    gap,
    { text: row.p95Spark, token: p95Token },
    gap,
  ];
  if (cols.deploy > 0) out.push({ text: `${fit(row.deployText, cols.deploy)} `, token: 'deploy' });
  out.push(
    { text: fit(row.errText + LEVEL_MARK[row.errLevel], cols.err, 'right'), token: errToken },
    gap,
    { text: fit(row.p95Text, cols.p95, 'right'), token: p95Token },
    gap,
    { text: fit(row.multipleText + LEVEL_MARK[row.p95Level], cols.multiple, 'right'), token: p95Token },
  );
  if (cols.extra > 0) out.push({ text: `  ${fit(row.extraText, cols.extra - 2)}`, token: 'text.muted' });
  return out;
}

/**
 * Joins runs drawn alike, so Ink styles, squashes and tokenises fewer pieces per frame: neighbours
 * with the same token, and a plain blank between two of them when `blankLooksPlain(token)` (no
 * background, inverse or underline, so a blank in that style cannot be told from a plain one).
 */
export function mergeSegments(
  segments: readonly RowSegment[],
  blankLooksPlain: (token: TokenName) => boolean,
): RowSegment[] {
  const out: RowSegment[] = [];
  for (let i = 0; i < segments.length; i += 1) {
    const seg = segments[i]!;
    const last = out.at(-1);
    if (seg.text === '') continue;
    if (last && last.token === seg.token) {
      last.text += seg.text;
      continue;
    }
    const next = segments[i + 1];
    if (
      last?.token !== undefined &&
      seg.token === undefined &&
      seg.text.trim() === '' &&
      next?.token === last.token &&
      blankLooksPlain(last.token)
    ) {
      last.text += seg.text + next.text;
      i += 1;
      continue;
    }
    out.push({ ...seg });
  }
  return out;
}

/** Whether two rows show the same thing (rows are rebuilt at every repaint, so compare fields). */
export function sameRow(a: ServiceRow, b: ServiceRow): boolean {
  if (a === b) return true;
  for (const k of Object.keys(a) as (keyof ServiceRow)[]) if (a[k] !== b[k]) return false;
  return true;
}
