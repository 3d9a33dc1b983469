/**
 * The bridge's POST routes on a real loopback port: Alertmanager/Grafana alerts and CI deploys
 * reach every seat; a bad body gets a 400 with the reason and is counted; the token guards them.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type Bridge, startBridge } from '../../src/bridge/bridge.js';
import { is, seat } from './listener.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn();
});

async function bridge(options: Partial<Parameters<typeof startBridge>[0]> = {}): Promise<Bridge> {
  const b = await startBridge({ sources: [], ...options });
  cleanups.push(() => b.close());
  return b;
}

function post(b: Bridge, path: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${b.httpUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** Alertmanager's webhook body, version 4, as 0.25 sends it. */
function alertmanagerBody(status: 'firing' | 'resolved') {
  return {
    receiver: 'warroom',
    status,
    alerts: [
      {
        status,
        labels: { alertname: 'QuokkaErrorBudgetBurn', job: 'checkout', severity: 'critical' },
        annotations: { summary: 'checkout burns its error budget' },
        startsAt: '2026-11-30T00:10:03.157076123Z',
        endsAt: status === 'firing' ? '0001-01-01T00:00:00Z' : '2026-11-30T00:20:00Z',
        generatorURL: 'http://prometheus.internal:9090/graph?g0.expr=x',
        fingerprint: 'c6eadffa33fcdf37',
      },
    ],
    groupLabels: { alertname: 'QuokkaErrorBudgetBurn' },
    commonLabels: {},
    commonAnnotations: {},
    externalURL: 'http://alertmanager.internal:9093',
    version: '4',
    groupKey: '{}:{alertname="QuokkaErrorBudgetBurn"}',
    truncatedAlerts: 0,
  };
}

describe('POST /alerts', () => {
  it('turns an Alertmanager notification into alert messages for every seat, firing then resolved', async () => {
    const b = await bridge();
    const [one, two] = await Promise.all([seat(b.url), seat(b.url)]);
    cleanups.push(
      () => one.close(),
      () => two.close(),
    );
    const response = await post(b, '/alerts', alertmanagerBody('firing'));
    expect(response.status).toBe(202);
    for (const s of [one, two]) {
      const alert = await s.next(is.alert('QuokkaErrorBudgetBurn'), 'the alert');
      expect(alert).toMatchObject({ status: 'firing', service: 'checkout', severity: 'critical' });
      expect(alert.startsAt).toBe(Date.parse('2026-11-30T00:10:03.157Z'));
      expect(alert.endsAt).toBeUndefined();
    }
    const at = one.messages.length;
    await post(b, '/alerts', alertmanagerBody('resolved'));
    const resolved = await one.next(is.alert('QuokkaErrorBudgetBurn'), 'the resolution', at);
    expect(resolved.status).toBe('resolved');
    // A seat that joins later is not told about an alert that has already resolved.
    const late = await seat(b.url);
    cleanups.push(() => late.close());
    expect(late.messages.some((m) => m.type === 'alert')).toBe(false);
  });

  it('takes Grafana’s contact-point body too (the same shape plus a few fields)', async () => {
    const b = await bridge();
    const s = await seat(b.url);
    cleanups.push(() => s.close());
    const grafana = {
      receiver: 'warroom',
      status: 'firing',
      orgId: 1,
      alerts: [
        {
          status: 'firing',
          labels: { alertname: 'High p95', service: 'search', severity: 'warning' },
          annotations: { description: 'p95 over 800 ms' },
          startsAt: '2026-11-30T00:11:00+01:00',
          endsAt: '0001-01-01T00:00:00Z',
          generatorURL: 'https://grafana.internal/alerting/abc/edit',
          fingerprint: 'bc97ff14869b13e3',
          silenceURL: 'https://grafana.internal/alerting/silence/new',
          dashboardURL: '',
          panelURL: '',
          values: { B: 912.4 },
        },
      ],
      version: '1',
      title: '[FIRING:1] High p95',
      message: '…',
    };
    expect((await post(b, '/alerts', grafana)).status).toBe(202);
    const alert = await s.next(is.alert('High p95'), 'the Grafana alert');
    expect(alert).toMatchObject({ service: 'search', severity: 'warning', summary: 'p95 over 800 ms' });
  });

  it('refuses a bad body with a 400 and the reason, counts it, and keeps serving', async () => {
    const b = await bridge();
    const noName = { version: '4', alerts: [{ status: 'firing', labels: { severity: 'critical' } }] };
    const first = await post(b, '/alerts', noName);
    expect(first.status).toBe(400);
    expect(((await first.json()) as { error: string }).error).toBe(
      'alerts.0.labels: alertname label missing',
    );
    const second = await post(b, '/alerts', '{"alerts": [');
    expect(second.status).toBe(400);
    expect(((await second.json()) as { error: string }).error).toBe('body is not valid JSON');
    expect((await post(b, '/alerts', { alerts: 'none' })).status).toBe(400);
    const status = (await (await fetch(`${b.httpUrl}/status`)).json()) as {
      alerts: { rejected: number; lastRejection: string };
    };
    expect(status.alerts.rejected).toBe(3);
    expect(status.alerts.lastRejection).toMatch(/^alerts: /);
    expect((await post(b, '/alerts', alertmanagerBody('firing'))).status).toBe(202);
    expect(b.stats().alerts).toMatchObject({ received: 1, rejected: 3 });
  });

  it('asks for the bearer token when WARROOM_ALERTS_TOKEN is set', async () => {
    const b = await bridge({ alertsToken: 's3cret' });
    expect((await post(b, '/alerts', alertmanagerBody('firing'))).status).toBe(401);
    expect((await post(b, '/deploys', { service: 'a', version: '1' })).status).toBe(401);
    const ok = await post(b, '/alerts', alertmanagerBody('firing'), { authorization: 'Bearer s3cret' });
    expect(ok.status).toBe(202);
  });
});

describe('POST /deploys', () => {
  it('becomes a deploy message for every seat', async () => {
    const b = await bridge();
    const s = await seat(b.url);
    cleanups.push(() => s.close());
    const response = await post(b, '/deploys', { service: 'checkout', version: 'v2.14.0', by: 'ci' });
    expect(response.status).toBe(202);
    const deploy = await s.next(is.deploy, 'the deploy');
    expect(deploy).toMatchObject({ service: 'checkout', version: 'v2.14.0', by: 'ci' });
    expect(Math.abs(deploy.ts - Date.now())).toBeLessThan(60_000);
  });

  it('says which field is wrong', async () => {
    const b = await bridge();
    const response = await post(b, '/deploys', { service: 'checkout' });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toMatch(/^version: /);
    expect(b.stats().deploys.rejected).toBe(1);
  });
});

describe('the WebSocket side', () => {
  it('refuses a seat without the feed token when one is set', async () => {
    const b = await bridge({ feedToken: 'feed-token' });
    await expect(seat(b.url)).rejects.toThrow(/401/);
    const ok = await seat(b.url, { authorization: 'Bearer feed-token' });
    cleanups.push(() => ok.close());
  });
});
