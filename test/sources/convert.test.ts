/** Prometheus answers to feed messages, and the bridge's memory for seats that join later. */
import { describe, expect, it } from 'vitest';
import { Snapshot } from '../../src/bridge/snapshot.js';
import { alertMessages, alertTime } from '../../src/sources/alerts/webhook.js';
import { historyMessages, pollMessages } from '../../src/sources/prometheus/convert.js';

const series = (job: string, value: number, ts = 1_000) => ({
  labels: { job },
  samples: [[ts, value]] as [number, number][],
});

describe('pollMessages', () => {
  it('makes error-rate, latency and health messages per service, skipping NaN', () => {
    const out = pollMessages(
      {
        'error-ratio': [series('api', 0.02), series('idle', Number.NaN)],
        requests: [series('api', 1234.4)],
        p95: [series('api', 180)],
        'baseline-p95': [series('api', 90)],
        up: [series('api', 1), series('db', 0.5), series('cache', 0)],
        probe: [series('api', 0)],
      },
      'job',
      5_000,
    );
    expect(out).toContainEqual({
      type: 'error-rate',
      service: 'api',
      ratio: 0.02,
      ts: 5_000,
      requests: 1234,
    });
    expect(out.some((m) => m.type === 'error-rate' && m.service === 'idle')).toBe(false);
    expect(out).toContainEqual({ type: 'latency', service: 'api', p95: 180, ts: 5_000, baseline_p95: 90 });
    // up says api is fine, the blackbox probe says it is not: the worse wins.
    expect(out).toContainEqual({
      type: 'health',
      service: 'api',
      status: 'down',
      ts: 5_000,
      detail: 'no target up',
    });
    expect(out).toContainEqual({
      type: 'health',
      service: 'db',
      status: 'degraded',
      ts: 5_000,
      detail: '50% of targets up',
    });
  });

  it('turns range answers into time-ordered history', () => {
    const out = historyMessages(
      {
        'error-ratio': [
          {
            labels: { job: 'api' },
            samples: [
              [2000, 0.1],
              [1000, 0.2],
            ],
          },
        ],
        p95: [],
      },
      'job',
    );
    expect(out.map((m) => m.ts)).toEqual([1000, 2000]);
  });
});

describe('alert webhook bodies', () => {
  it('reads Go times with nanoseconds and treats year 1 as no time', () => {
    expect(alertTime('2018-08-03T09:52:26.739266876+02:00')).toBe(
      Date.parse('2018-08-03T09:52:26.739+02:00'),
    );
    expect(alertTime('0001-01-01T00:00:00Z')).toBeUndefined();
    expect(alertTime('soon')).toBeUndefined();
  });

  it('escapes control characters in summaries (ESC shows as ␛) and picks the service label in order', () => {
    const r = alertMessages(
      {
        alerts: [
          {
            status: 'firing',
            labels: { alertname: 'A', app: 'web', job: 'node' },
            annotations: { summary: 'bad\u001b[2Jthing' },
          },
        ],
      },
      10_000,
    );
    expect(r.ok && r.messages[0]).toMatchObject({ service: 'node', summary: 'bad␛[2Jthing' });
  });
});

describe('Snapshot', () => {
  it('keeps one point per minute per metric, the latest of the rest, and forgets resolved alerts', () => {
    const snap = new Snapshot();
    for (let t = 0; t < 40 * 60_000; t += 15_000)
      snap.add([{ type: 'error-rate', service: 'api', ratio: 0.01, ts: t + 1 }]);
    snap.add([{ type: 'health', service: 'api', status: 'up', ts: 1 }]);
    snap.add([{ type: 'health', service: 'api', status: 'down', ts: 2 }]);
    snap.add([{ type: 'alert', name: 'X', status: 'firing', ts: 3 }]);
    snap.add([{ type: 'alert', name: 'X', status: 'resolved', ts: 4 }]);
    const all = snap.messages();
    expect(all.filter((m) => m.type === 'error-rate')).toHaveLength(31);
    expect(all.filter((m) => m.type === 'health')).toEqual([
      { type: 'health', service: 'api', status: 'down', ts: 2 },
    ]);
    expect(all.some((m) => m.type === 'alert')).toBe(false);
  });
});
