/** Per-service time series read back out of a fixture: the raw material for signatures and checks. */
import type { Fixture, UnstampedMessage } from '../feeds/fixture.js';
import type { HealthStatus } from '../feeds/protocol.js';

/** One metric sample at scenario time `t`. */
export type Point = { readonly t: number; readonly v: number };
/** One health sample. */
export type HealthPoint = { readonly t: number; readonly status: HealthStatus; readonly detail?: string };
/** A deploy (or job / config event) seen in the fixture. */
export type DeployPoint = {
  readonly t: number;
  readonly service: string;
  readonly version: string;
  readonly by?: string;
};

/** Everything one service said over the fixture. */
export type ServiceSignals = {
  readonly ratio: Point[];
  readonly p95: Point[];
  readonly requests: Point[];
  readonly health: HealthPoint[];
  /** Median over the first five minutes: the calm the rest is compared with. */
  readonly base: { readonly ratio: number; readonly p95: number; readonly requests: number };
};

/** The signals of a whole fixture. */
export type Signals = {
  readonly intervalMs: number;
  readonly durationMs: number;
  readonly services: ReadonlyMap<string, ServiceSignals>;
  readonly deploys: readonly DeployPoint[];
};

/** How long the calm baseline is taken over. */
export const BASELINE_MS = 5 * 60_000;

/** The median of some numbers (NaN for none). */
export function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const baseOf = (points: readonly Point[]): number =>
  median(points.filter((p) => p.t < BASELINE_MS).map((p) => p.v));

/** Splits a fixture into per-service series. */
export function readSignals(fixture: Fixture): Signals {
  const raw = new Map<string, Omit<ServiceSignals, 'base'>>();
  const deploys: DeployPoint[] = [];
  const of = (name: string) => {
    const known = raw.get(name);
    if (known) return known;
    const fresh = { ratio: [], p95: [], requests: [], health: [] };
    raw.set(name, fresh);
    return fresh;
  };
  for (const e of fixture.events) {
    const messages: readonly UnstampedMessage[] = e.msg.type === 'batch' ? e.msg.messages : [e.msg];
    for (const m of messages) {
      const s = of(m.service);
      if (m.type === 'deploy')
        deploys.push({ t: e.t, service: m.service, version: m.version, ...(m.by ? { by: m.by } : {}) });
      else if (m.type === 'health')
        s.health.push({ t: e.t, status: m.status, ...(m.detail ? { detail: m.detail } : {}) });
      else if (m.type === 'error-rate') {
        s.ratio.push({ t: e.t, v: m.ratio });
        if (m.requests !== undefined) s.requests.push({ t: e.t, v: m.requests });
      } else s.p95.push({ t: e.t, v: m.p95 });
    }
  }
  const services = new Map<string, ServiceSignals>();
  for (const [name, s] of raw) {
    services.set(name, {
      ...s,
      base: { ratio: baseOf(s.ratio), p95: baseOf(s.p95), requests: baseOf(s.requests) },
    });
  }
  return {
    intervalMs: fixture.header.interval_ms,
    durationMs: fixture.header.duration_ms,
    services,
    deploys,
  };
}

/** A stretch of consecutive samples; `to` is the last sample's time. */
export type Run = { readonly from: number; readonly to: number };

/** Runs of consecutive samples where `pred` holds, lasting at least `minMs` (one sample counts one interval). */
export function runs<T extends { t: number }>(
  points: readonly T[],
  pred: (p: T) => boolean,
  minMs: number,
  intervalMs: number,
): Run[] {
  const out: Run[] = [];
  let from: number | undefined;
  let to = 0;
  const close = (): void => {
    if (from !== undefined && to - from + intervalMs >= minMs) out.push({ from, to });
    from = undefined;
  };
  for (const p of points) {
    if (pred(p)) {
      from ??= p.t;
      to = p.t;
    } else close();
  }
  close();
  return out;
}

/** Whether two runs share any time. */
export const overlaps = (a: Run, b: Run): boolean => a.from <= b.to && b.from <= a.to;
