import { describe, expect, it } from 'vitest';
import type { FeedMessage } from '../../src/feeds/protocol.js';
import { MetricStore } from '../../src/feeds/store.js';
import { BucketSeries, SampleRing } from '../../src/feeds/series.js';
import {
  errorRateLevel,
  latencyLevel,
  availabilityLevel,
  dbPoolLevel,
  DEFAULT_THRESHOLDS,
} from '../../src/feeds/thresholds.js';

const MIN = 60_000;
const T0 = Date.UTC(2026, 10, 22, 12, 0, 0);

function frame(...messages: FeedMessage[]) {
  return { messages, unknown: 0, rejected: [] };
}

describe('threshold levels follow the runbook table', () => {
  it.each([
    [0, 'ok'],
    [0.01, 'ok'],
    [0.0101, 'warning'],
    [0.05, 'warning'],
    [0.0501, 'critical'],
    [1, 'critical'],
  ] as const)('error ratio %s is %s', (ratio, level) => {
    expect(errorRateLevel(ratio)).toBe(level);
  });

  it.each([
    [1, 'ok'],
    [2, 'ok'],
    [2.01, 'warning'],
    [3, 'warning'],
    [3.5, 'critical'],
  ] as const)('p95 at %sx baseline is %s', (multiple, level) => {
    expect(latencyLevel(multiple)).toBe(level);
  });

  it.each([
    [0.999, 'ok'],
    [0.994, 'warning'],
    [0.98, 'critical'],
  ] as const)('availability %s is %s', (a, level) => {
    expect(availabilityLevel(a)).toBe(level);
  });

  it.each([
    [0.5, 'ok'],
    [0.75, 'warning'],
    [0.95, 'critical'],
  ] as const)('db pool use %s is %s', (u, level) => {
    expect(dbPoolLevel(u)).toBe(level);
  });
});

describe('BucketSeries', () => {
  it('keeps the worst value per bucket and updates the newest bucket in place', () => {
    const s = new BucketSeries(4, 1000);
    s.add(0, 1);
    s.add(500, 3);
    s.add(900, 2);
    expect(s.last(2)).toEqual([Number.NaN, 3]);
    s.add(1000, 5);
    expect(s.last(2)).toEqual([3, 5]);
  });

  it('drops buckets older than its capacity and leaves gaps empty', () => {
    const s = new BucketSeries(3, 1000);
    s.add(0, 1);
    s.add(5000, 2);
    expect(s.last(3)).toEqual([Number.NaN, Number.NaN, 2]);
    s.add(4000, 9);
    expect(s.last(3)).toEqual([Number.NaN, 9, 2]);
  });
});

describe('SampleRing', () => {
  it('gives the median of the window and forgets the oldest once full', () => {
    const r = new SampleRing(3);
    r.push(1, 10);
    r.push(2, 30);
    r.push(3, 20);
    expect(r.median(0, 3)).toBe(20);
    r.push(4, 100);
    expect(r.length).toBe(3);
    expect(r.median(0, 4)).toBe(30);
    expect(r.median(10, 20)).toBeUndefined();
  });
});

describe('MetricStore', () => {
  it('applies health, error rate, latency and deploys per service', () => {
    const store = new MetricStore({ now: () => T0 });
    store.ingestFrame(
      'ws://a',
      frame(
        { type: 'health', service: 'payments', status: 'degraded', ts: T0, detail: 'slow' },
        { type: 'error-rate', service: 'payments', ratio: 0.02, ts: T0, requests: 100 },
        { type: 'latency', service: 'payments', p95: 300, ts: T0, baseline_p95: 100 },
        { type: 'deploy', service: 'payments', version: 'v2', ts: T0, by: 'ci' },
      ),
    );
    const s = store.services.get('payments')!;
    expect(s.health).toBe('degraded');
    expect(s.errorLevel).toBe('warning');
    expect(s.p95Multiple).toBe(3);
    expect(s.latencyLevel).toBe('warning');
    expect(s.deploys).toEqual([{ version: 'v2', ts: T0, by: 'ci' }]);
    expect(store.events.map((e) => e.text)).toEqual(['deploy v2 by ci']);
    expect(store.accepted).toBe(4);
  });

  it('counts rejected and unknown messages and keeps the last reason', () => {
    const store = new MetricStore({ now: () => T0 });
    store.ingestFrame('ws://a', {
      messages: [],
      unknown: 2,
      rejected: ['latency: p95: too small', 'frame is not valid JSON'],
    });
    expect(store.rejected).toBe(2);
    expect(store.unknown).toBe(2);
    expect(store.lastRejection?.reason).toBe('frame is not valid JSON');
  });

  it('computes a trailing-median baseline and keeps an anomaly out of it', () => {
    const store = new MetricStore({ now: () => T0 });
    for (let i = 0; i < 20; i += 1) {
      store.ingestFrame(
        'f',
        frame({ type: 'latency', service: 'db', p95: 100 + (i % 3), ts: T0 + i * 10_000 }),
      );
    }
    const s = store.services.get('db')!;
    expect(s.baseline).toBe(101);
    for (let i = 20; i < 80; i += 1) {
      store.ingestFrame('f', frame({ type: 'latency', service: 'db', p95: 400, ts: T0 + i * 10_000 }));
    }
    expect(s.baseline).toBe(101);
    expect(s.latencyLevel).toBe('critical');
  });

  it('meets the declare criteria only after the error rate stays above 5% for 5 minutes', () => {
    const store = new MetricStore({ now: () => T0 });
    const send = (minute: number, ratio: number) =>
      store.ingestFrame(
        'f',
        frame({ type: 'error-rate', service: 'checkout', ratio, ts: T0 + minute * MIN }),
      );
    send(0, 0.08);
    send(4, 0.09);
    expect(store.criteriaMet()).toEqual([]);
    send(5, 0.07);
    expect(store.criteriaMet()).toEqual([
      { service: 'checkout', metric: 'error-rate', value: 0.07, since: T0, forMs: 5 * MIN },
    ]);
    send(6, 0.01);
    expect(store.criteriaMet()).toEqual([]);
  });

  it('meets the declare criteria when p95 stays above 3x baseline for 5 minutes', () => {
    const store = new MetricStore({ now: () => T0 });
    for (let m = 0; m <= 6; m += 1) {
      store.ingestFrame(
        'f',
        frame({ type: 'latency', service: 'api', p95: 350, ts: T0 + m * MIN, baseline_p95: 100 }),
      );
    }
    const [evidence] = store.criteriaMet();
    expect(evidence?.metric).toBe('p95');
    expect(evidence?.forMs).toBe(6 * MIN);
  });

  it('marks a live feed stale after its limit and a service stale when it goes quiet', () => {
    let now = T0;
    const store = new MetricStore({ now: () => now, staleAfterMs: 15_000 });
    store.setFeedState('ws://a', { kind: 'live', since: T0, lastFrameAt: T0 });
    store.ingestFrame('ws://a', frame({ type: 'health', service: 'x', status: 'up', ts: T0 }), T0);
    now = T0 + 15_000;
    expect(store.isFeedStale('ws://a')).toBe(false);
    now = T0 + 15_001;
    expect(store.isFeedStale('ws://a')).toBe(true);
    expect(store.isServiceStale(store.services.get('x')!)).toBe(true);
  });

  it('counts an outage from the first failure, across retries, until the feed is live again', () => {
    const store = new MetricStore({ now: () => T0 });
    store.setFeedState('f', { kind: 'live', since: T0, lastFrameAt: T0 });
    store.setFeedState('f', {
      kind: 'down',
      since: T0 + 1000,
      nextRetryAt: T0 + 2000,
      attempt: 1,
      reason: 'x',
    });
    store.setFeedState('f', { kind: 'connecting', since: T0 + 2000, attempt: 1 });
    store.setFeedState('f', {
      kind: 'down',
      since: T0 + 3000,
      nextRetryAt: T0 + 5000,
      attempt: 2,
      reason: 'x',
    });
    expect(store.outageSince.get('f')).toBe(T0 + 1000);
    store.setFeedState('f', { kind: 'live', since: T0 + 6000, lastFrameAt: T0 + 6000 });
    expect(store.outageSince.has('f')).toBe(false);
  });

  it('reports the message rate over the last whole seconds', () => {
    const store = new MetricStore({ now: () => T0 });
    for (let s = 0; s < 5; s += 1) {
      const msgs = Array.from({ length: 10 }, (_, i) => ({
        type: 'heartbeat' as const,
        ts: T0 + s * 1000 + i,
      }));
      store.ingestFrame('f', frame(...msgs), T0 + s * 1000);
    }
    expect(store.messageRate(T0 + 5000)).toBe(10);
  });

  it('tells subscribers about every change and bumps its version', () => {
    const store = new MetricStore({ now: () => T0 });
    let calls = 0;
    const off = store.subscribe(() => {
      calls += 1;
    });
    store.ingestFrame('f', frame({ type: 'heartbeat', ts: T0 }));
    off();
    store.ingestFrame('f', frame({ type: 'heartbeat', ts: T0 }));
    expect(calls).toBe(1);
    expect(store.getVersion()).toBe(2);
  });

  it('holds a fixed amount of memory however long it runs', () => {
    const store = new MetricStore({ now: () => T0 });
    for (let i = 0; i < 5000; i += 1) {
      store.ingestFrame('f', frame({ type: 'deploy', service: 's', version: `v${i}`, ts: T0 + i * 1000 }));
    }
    expect(store.services.get('s')!.deploys.length).toBeLessThanOrEqual(8);
    expect(store.events.length).toBeLessThanOrEqual(200);
  });

  it('uses the thresholds it was given', () => {
    const strict = { ...DEFAULT_THRESHOLDS, errorRate: { warning: 0.001, critical: 0.002 } };
    const store = new MetricStore({ now: () => T0, thresholds: strict });
    store.ingestFrame('f', frame({ type: 'error-rate', service: 's', ratio: 0.003, ts: T0 }));
    expect(store.services.get('s')!.errorLevel).toBe('critical');
  });
});

describe('what an idle screen must redraw', () => {
  it('asks for seconds only while a feed is down or stale, and names stale services instead', () => {
    let now = T0;
    const store = new MetricStore({ now: () => now, staleAfterMs: 15_000 });
    store.setFeedState('f', { kind: 'live', since: T0, lastFrameAt: T0 });
    store.ingestFrame('f', frame({ type: 'health', service: 'api', status: 'up', ts: T0 }), T0);
    expect(store.needsSeconds()).toBe(false);
    expect(store.staleSignature()).toBe('');
    now = T0 + 20_000;
    store.ingestFrame('f', frame({ type: 'heartbeat', ts: now }), now);
    expect(store.needsSeconds()).toBe(false);
    expect(store.staleSignature()).toBe('api\n');
    store.setFeedState('f', { kind: 'down', since: now, nextRetryAt: now + 1000, attempt: 1, reason: 'x' });
    expect(store.needsSeconds()).toBe(true);
  });
});

describe('one message from the future', () => {
  it('moves neither the feed clock nor any other service', () => {
    const T = Date.UTC(2026, 10, 22, 12, 0, 0);
    const store = new MetricStore({ now: () => T });
    const tick = (at: number, services: string[]) =>
      store.ingestFrame(
        'ws://a',
        {
          messages: services.map((service) => ({
            type: 'error-rate' as const,
            service,
            ratio: 0.01,
            ts: at,
          })),
          unknown: 0,
          rejected: [],
        },
        T,
      );
    for (let m = 0; m < 10; m += 1) tick(T - (10 - m) * 60_000, ['api', 'db', 'web']);
    const before = store.feedNow;
    store.ingestFrame(
      'ws://b',
      {
        messages: [{ type: 'error-rate', service: 'liar', ratio: 0.5, ts: T + 5 * 3600_000 }],
        unknown: 0,
        rejected: [],
      },
      T,
    );
    expect(store.feedNow).toBe(before);
    const api = store.services.get('api')!;
    expect(api.errorSeries.last(10, store.feedNow).filter((v) => !Number.isNaN(v))).toHaveLength(10);
    tick(T, ['api', 'db', 'web']);
    expect(store.feedNow).toBe(T);
    // A jump that several services agree on (a replay seeking ahead) does move the clock.
    tick(T + 3600_000, ['api', 'db']);
    expect(store.feedNow).toBe(T + 3600_000);
  });
});
