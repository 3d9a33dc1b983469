/** Prometheus answers -> feed protocol messages, one service per value of the service label. */
import type { WireMessage } from '../../feeds/protocol.js';
import type { Series } from './api.js';
import type { QueryName } from './queries.js';

/** What one poll learnt, per query: series already capped. */
export type PollAnswers = Partial<Record<QueryName, readonly Series[]>>;

/** Latest finite value per service from one query's series. */
export function byService(series: readonly Series[] | undefined, label: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const s of series ?? []) {
    const name = s.labels[label];
    const value = s.samples.at(-1)?.[1];
    if (!name || value === undefined || !Number.isFinite(value)) continue;
    out.set(name.slice(0, 80), value);
  }
  return out;
}

/** Health from the fraction of targets up: all, some, none. */
function healthOf(fraction: number): { status: 'up' | 'degraded' | 'down'; detail?: string } {
  if (fraction >= 1) return { status: 'up' };
  if (fraction <= 0) return { status: 'down', detail: 'no target up' };
  return { status: 'degraded', detail: `${Math.round(fraction * 100)}% of targets up` };
}

/** The messages for one poll evaluated at `ts`. */
export function pollMessages(answers: PollAnswers, label: string, ts: number): WireMessage[] {
  const ratio = byService(answers['error-ratio'], label);
  const requests = byService(answers.requests, label);
  const p95 = byService(answers.p95, label);
  const baseline = byService(answers['baseline-p95'], label);
  const up = byService(answers.up, label);
  const probe = byService(answers.probe, label);
  const out: WireMessage[] = [];
  for (const [service, value] of ratio) {
    const n = requests.get(service);
    out.push({
      type: 'error-rate',
      service,
      ratio: Math.min(1, Math.max(0, value)),
      ts,
      ...(n !== undefined && n >= 0 ? { requests: Math.round(n) } : {}),
    });
  }
  for (const [service, value] of p95) {
    if (value < 0) continue;
    const base = baseline.get(service);
    out.push({
      type: 'latency',
      service,
      p95: value,
      ts,
      ...(base !== undefined && base >= 0 ? { baseline_p95: base } : {}),
    });
  }
  // A service in both `up` and `probe` shows the worse of the two.
  for (const service of new Set([...up.keys(), ...probe.keys()])) {
    const fraction = Math.min(up.get(service) ?? 1, probe.get(service) ?? 1);
    out.push({ type: 'health', service, ts, ...healthOf(fraction) });
  }
  return out;
}

/** History for sparklines from range answers: error rates and p95 at each step. */
export function historyMessages(answers: PollAnswers, label: string): WireMessage[] {
  const out: WireMessage[] = [];
  for (const s of answers['error-ratio'] ?? []) {
    const service = s.labels[label];
    if (!service) continue;
    for (const [ts, v] of s.samples)
      if (Number.isFinite(v))
        out.push({
          type: 'error-rate',
          service: service.slice(0, 80),
          ratio: Math.min(1, Math.max(0, v)),
          ts,
        });
  }
  for (const s of answers.p95 ?? []) {
    const service = s.labels[label];
    if (!service) continue;
    for (const [ts, v] of s.samples)
      if (Number.isFinite(v) && v >= 0)
        out.push({ type: 'latency', service: service.slice(0, 80), p95: v, ts });
  }
  return out.sort((a, b) => Number(a.ts) - Number(b.ts));
}
