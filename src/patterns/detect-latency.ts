/** Latency patterns: a sudden rise with flat traffic (cache misses), a slow creep (a leak), a surge of requests. */
import type { ServiceState } from '../feeds/service-state.js';
import {
  DB_NAME,
  type DetectContext,
  type Detector,
  type Finding,
  POOL_WORDS,
  trafficMultiple,
} from './context.js';

const FLAT = 0.25;
/** Requests this many times their usual level are a surge. */
export const SURGE_MULTIPLE = 2.5;
const LEAK_WINDOWS = 6;
const LEAK_RISES = 4;

const median = (xs: readonly number[]): number => {
  const real = xs.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  return real[Math.floor(real.length / 2)] ?? Number.NaN;
};

/** Whether p95 went from near its baseline to past the warning level within five minutes. */
function roseSuddenly(ctx: DetectContext, s: ServiceState): boolean {
  const base = s.baseline;
  if (base === undefined) return false;
  const buckets = s.p95Series.last(20, ctx.now);
  const firstHigh = buckets.findIndex((v) => v > base * ctx.thresholds.p95Multiple.warning);
  if (firstHigh < 0) return false;
  return buckets.slice(Math.max(0, firstHigh - 5), firstHigh).some((v) => v <= base * 1.3);
}

/** The service that stands out most, with the others named in its evidence. */
function strongest(found: { f: Finding; score: number }[], others: (names: string) => string): Finding[] {
  const sorted = [...found].sort((a, b) => b.score - a.score);
  const [top, ...rest] = sorted;
  if (!top) return [];
  const names = rest.map((r) => r.f.service).join(', ');
  return [{ ...top.f, evidence: [...top.f.evidence, ...(rest.length > 0 ? [others(names)] : [])] }];
}

/** A database slowest of all, or talk of connections, points at the database rather than a cache. */
function databaseLed(ctx: DetectContext): boolean {
  if (ctx.services.some((s) => s.health !== 'up' && POOL_WORDS.test(s.healthDetail ?? ''))) return true;
  const slowest = [...ctx.services].sort((a, b) => (b.p95Multiple ?? 0) - (a.p95Multiple ?? 0))[0];
  return slowest !== undefined && DB_NAME.test(slowest.name);
}

const cacheMiss: Detector = (ctx) => {
  if (ctx.services.some((s) => (s.errorRatio ?? 0) > ctx.thresholds.errorRate.critical)) return [];
  if (databaseLed(ctx)) return [];
  const found = ctx.services.flatMap((s): { f: Finding; score: number }[] => {
    const multiple = s.p95Multiple ?? 0;
    const traffic = trafficMultiple(ctx, s);
    if (multiple <= ctx.thresholds.p95Multiple.warning || traffic === undefined) return [];
    if (Math.abs(traffic - 1) >= FLAT || !roseSuddenly(ctx, s)) return [];
    const cache = ctx.services.filter((c) => /cache|redis|memcache/i.test(c.name) && c.health !== 'up');
    const evidence = [
      `${s.name} p95 ${multiple.toFixed(1)}x its baseline, risen within minutes`,
      `${s.name} requests ${traffic.toFixed(2)}x their usual level (flat)`,
      ...cache.map((c) => `${c.name}: ${c.healthDetail ?? c.health}`),
    ];
    return [{ f: { patternId: 'cache-miss', service: s.name, evidence }, score: multiple }];
  });
  return strongest(found, (names) => `also slower with flat traffic: ${names}`);
};

/** Medians of the last five-minute windows of p95, oldest first. */
function windowMedians(ctx: DetectContext, s: ServiceState): number[] {
  const buckets = s.p95Series.last(LEAK_WINDOWS * 5, ctx.now);
  return Array.from({ length: LEAK_WINDOWS }, (_, i) => median(buckets.slice(i * 5, i * 5 + 5)));
}

const memoryLeak: Detector = (ctx) => {
  const found = ctx.services.flatMap((s): { f: Finding; score: number }[] => {
    const meds = windowMedians(ctx, s);
    if (meds.some(Number.isNaN)) return [];
    const recent = meds.slice(-(LEAK_RISES + 1));
    const rising = recent.every((v, i) => i === 0 || v > (recent[i - 1] ?? v) * 1.03);
    const first = meds[0] ?? 0;
    const last = meds.at(-1) ?? 0;
    if (!rising || last <= first * 1.5 || (trafficMultiple(ctx, s) ?? 1) >= 1 + FLAT) return [];
    const evidence = [
      `${s.name} p95 has climbed for ${LEAK_RISES * 5} min: ${meds.map((m) => Math.round(m)).join(' → ')} ms (5-min medians)`,
      ...(s.health !== 'up' && s.healthDetail ? [`${s.name}: ${s.healthDetail}`] : []),
    ];
    return [{ f: { patternId: 'memory-leak', service: s.name, evidence }, score: last / first }];
  });
  return strongest(found, (names) => `also creeping (probably its callers): ${names}`);
};

const trafficSpike: Detector = (ctx) => {
  const busy = ctx.services
    .map((s) => ({ s, m: trafficMultiple(ctx, s) ?? 0 }))
    .filter((x) => x.m >= SURGE_MULTIPLE)
    .sort((a, b) => b.m - a.m);
  const top = busy[0];
  if (!top) return [];
  const evidence = busy.map(
    ({ s, m }) =>
      `${s.name} ${m.toFixed(1)}x its usual requests${(s.p95Multiple ?? 0) > 1.5 ? `, p95 ${(s.p95Multiple ?? 0).toFixed(1)}x baseline` : ''}`,
  );
  return [{ patternId: 'traffic-spike', service: top.s.name, evidence }];
};

/** Latency-led patterns. */
export const detectLatencyFaults: Detector = (ctx) => [
  ...cacheMiss(ctx),
  ...memoryLeak(ctx),
  ...trafficSpike(ctx),
];
