/**
 * The bridge against a real Prometheus and Alertmanager on loopback, scraping a stand-in app every
 * second: what the seats get is what Prometheus answers; an alert rule's alert reaches a seat by
 * name; a broken query and a Prometheus that goes away are shown with their reasons, not thrown.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Bridge, startBridge } from '../../src/bridge/bridge.js';
import { prometheusOptions } from '../../src/bridge/setup.js';
import { healthSource } from '../../src/sources/health/check.js';
import { prometheusSource } from '../../src/sources/prometheus/source.js';
import type { PrometheusConfig } from '../../src/bridge/config.js';
import {
  type Daemon,
  freePort,
  promValues,
  startAlertmanager,
  startPrometheus,
} from '../helpers/prom-servers.js';
import { type StandinApp, startStandinApp } from '../helpers/standin-app.js';
import { is, seat } from './listener.js';

const RULES = `groups:
  - name: warroom-test
    rules:
      - alert: QuokkaErrorBudgetBurn
        expr: sum by (job) (rate(http_requests_total{code="500"}[5s])) / sum by (job) (rate(http_requests_total[5s])) > 0.2
        for: 0s
        labels: {severity: critical}
        annotations: {summary: "checkout is burning its error budget"}
`;

let app: StandinApp;
let prometheus: Daemon;
let alertmanager: Daemon;
let alertsBridge: Bridge;
const cleanups: (() => Promise<void> | void)[] = [];

const FAST: Omit<PrometheusConfig, 'url'> = {
  intervalSeconds: 1,
  window: '10s',
  baselineWindow: '1m',
  historyMinutes: 0,
  retryCapSeconds: 1,
};

beforeAll(async () => {
  app = await startStandinApp({
    checkout: { rps: 50, errorRatio: 0.04, latencyMs: 180 },
    search: { rps: 20, errorRatio: 0, latencyMs: 30 },
  });
  const port = await freePort();
  alertsBridge = await startBridge({ port, sources: [] });
  alertmanager = await startAlertmanager(`${alertsBridge.httpUrl}/alerts`);
  prometheus = await startPrometheus({
    targets: [app.target],
    rules: RULES,
    alertmanager: `127.0.0.1:${alertmanager.port}`,
  });
}, 60_000);

afterAll(async () => {
  await alertsBridge?.close();
  await prometheus?.dispose();
  await alertmanager?.dispose();
  await app?.close();
});

afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn();
});

async function bridgeWith(
  config: Omit<PrometheusConfig, 'url'>,
  extra: Parameters<typeof startBridge>[0]['sources'] = [],
) {
  const options = prometheusOptions(prometheus.url, { url: prometheus.url, ...config }, {});
  const bridge = await startBridge({ sources: [prometheusSource(options), ...extra] });
  cleanups.push(() => bridge.close());
  const s = await seat(bridge.url);
  cleanups.push(() => s.close());
  return { bridge, seat: s, options };
}

describe('the bridge with a real Prometheus', () => {
  it('sends each service the values Prometheus itself answers for the same queries', async () => {
    const { seat: s, options } = await bridgeWith(FAST);
    // Wait until the window holds traffic at the set error ratio (the first scrapes have none).
    const rate = await s.next(
      (m): m is Extract<typeof m, { type: 'error-rate' }> => is.errorRate('checkout')(m) && m.ratio > 0.03,
      'an error rate for checkout',
    );
    const errorQuery = options.queries.get('error-ratio')!;
    const expected = await promValues(prometheus.url, errorQuery, rate.ts);
    expect(rate.ratio).toBe(expected.get('checkout'));
    expect(rate.requests).toBeGreaterThan(0);

    const latency = await s.next(is.latency('checkout'), 'a p95 for checkout');
    const p95 = await promValues(prometheus.url, options.queries.get('p95')!, latency.ts);
    expect(latency.p95).toBe(p95.get('checkout'));
    // 180 ms falls in the 0.1–0.25 s bucket.
    expect(latency.p95).toBeGreaterThan(100);
    expect(latency.p95).toBeLessThanOrEqual(250);
    const search = await s.next(is.errorRate('search'), 'an error rate for search');
    expect(search.ratio).toBe(0);
    const health = await s.next(is.health('standin'), 'the scrape job from up');
    expect(health.status).toBe('up');
    expect((await s.next(is.source('up'), 'the source up')).name).toBe('prometheus');
  });

  it('a broken query degrades the source with Prometheus’s reason while the others keep flowing', async () => {
    const { seat: s } = await bridgeWith({
      ...FAST,
      queries: {
        p95: 'histogram_quantile(0.95, sum by ($label, le) (rate(http_request_duration_seconds_bucket[$window]))',
      },
    });
    const state = await s.next(is.source('degraded'), 'a degraded source');
    expect(state.reason).toMatch(/^p95 query: .*parse error/);
    await s.next(is.errorRate('checkout'), 'error rates despite the broken p95');
    expect(s.messages.some((m) => m.type === 'latency')).toBe(false);
  });

  it('fills a new seat’s sparklines from query_range, older than the first live value', async () => {
    // Given Prometheus has had an error ratio for checkout for a few seconds already.
    const query = prometheusOptions(prometheus.url, { url: prometheus.url, ...FAST }, {}).queries.get(
      'error-ratio',
    )!;
    const deadline = Date.now() + 30_000;
    while (!(await promValues(prometheus.url, query, Date.now() - 4000)).has('checkout')) {
      if (Date.now() > deadline) throw new Error('Prometheus never had an error ratio for checkout');
      await new Promise((r) => setTimeout(r, 250));
    }
    const options = {
      ...prometheusOptions(prometheus.url, { url: prometheus.url, ...FAST, historyMinutes: 1 }, {}),
      historyStepMs: 1000,
    };
    const bridge = await startBridge({ sources: [prometheusSource(options)] });
    cleanups.push(() => bridge.close());
    const s = await seat(bridge.url);
    cleanups.push(() => s.close());
    const live = await s.next(is.source('up'), 'the first poll');
    const history = s.messages.filter((m) => is.errorRate('checkout')(m) && m.ts < live.ts - 1500);
    expect(history.length).toBeGreaterThan(2);
    const times = history.map((m) => m.ts);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('caps a result with too many series and says how many were left out', async () => {
    const { seat: s } = await bridgeWith({ ...FAST, maxSeries: 1 });
    const state = await s.next(is.source('degraded'), 'the capped source');
    expect(state.reason).toMatch(/error-ratio query: 2 series, showing the first 1/);
  });

  it('passes a firing alert from the rule, through Alertmanager, to a seat by name', async () => {
    const s = await seat(alertsBridge.url);
    cleanups.push(() => s.close());
    app.set('checkout', { errorRatio: 0.5 });
    try {
      const alert = await s.next(is.alert('QuokkaErrorBudgetBurn'), 'the alert', 0, 45_000);
      expect(alert).toMatchObject({
        status: 'firing',
        service: 'checkout',
        severity: 'critical',
        summary: 'checkout is burning its error budget',
      });
      expect(alert.url).toContain(`:${prometheus.port}/graph`);
      expect(alertsBridge.stats().alerts.received).toBeGreaterThan(0);
    } finally {
      app.set('checkout', { errorRatio: 0.04 });
    }
  }, 60_000);

  it('shows Prometheus down with the reason, recovers when it is back, and health checks flow throughout', async () => {
    const health = healthSource([
      {
        name: 'standin-http',
        url: `http://${app.target}/metrics`,
        intervalMs: 200,
        timeoutMs: 2000,
        slowMs: 2000,
      },
    ]);
    const { seat: s } = await bridgeWith(FAST, [health]);
    await s.next(is.source('up'), 'the source up');
    await prometheus.stop();
    try {
      const down = await s.next(is.source('down'), 'the source down');
      expect(down.reason).toMatch(/connection refused/);
      const at = s.messages.length;
      await s.next(is.health('standin-http'), 'a health check while Prometheus is down', at);
    } finally {
      await prometheus.start();
    }
    const back = s.messages.length;
    await s.next(is.source('up'), 'the source up again', back, 30_000);
    await s.next(is.errorRate('checkout'), 'error rates again', back, 30_000);
  }, 60_000);
});
