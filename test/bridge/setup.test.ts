/** From flags, config and environment to a bridge: defaults, secrets kept off argv, errors with paths. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatQueries, runBridgeCommand } from '../../src/bridge/command.js';
import { bridgeSetup, parseHealthFlag, parseListen, prometheusAuth } from '../../src/bridge/setup.js';
import { loadConfig } from '../../src/config.js';

function configDir(config: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'warroom-bridge-conf-'));
  writeFileSync(join(dir, 'config.json'), JSON.stringify(config));
  return dir;
}

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) } };
}

describe('bridge setup', () => {
  it('uses the default PromQL with the job label, a 5m window and 15 s polls', () => {
    const setup = bridgeSetup({ prometheus: 'http://prom.internal:9090' }, undefined, {});
    expect(setup).toMatchObject({ host: '127.0.0.1', port: 0 });
    expect(setup.prometheus?.intervalMs).toBe(15_000);
    expect(setup.prometheus?.queries.get('error-ratio')).toBe(
      '(sum by (job) (rate(http_requests_total{code=~"5.."}[5m])) or sum by (job) (rate(http_requests_total[5m])) * 0) / sum by (job) (rate(http_requests_total[5m]))',
    );
    expect(setup.prometheus?.queries.get('p95')).toBe(
      'histogram_quantile(0.95, sum by (job, le) (rate(http_request_duration_seconds_bucket[5m]))) * 1000',
    );
    expect(setup.prometheus?.queries.get('baseline-p95')).toContain('[1h]');
  });

  it('takes the label, windows, interval and any query from the config; "" turns a query off', () => {
    const setup = bridgeSetup(
      {},
      {
        listen: '0.0.0.0:7070',
        prometheus: {
          url: 'http://prom:9090',
          serviceLabel: 'service',
          window: '2m',
          intervalSeconds: 30,
          queries: { probe: '', up: 'min by ($label) (up{env="prod"})' },
        },
      },
      {},
    );
    expect(setup).toMatchObject({ host: '0.0.0.0', port: 7070 });
    expect(setup.prometheus?.queries.has('probe')).toBe(false);
    expect(setup.prometheus?.queries.get('up')).toBe('min by (service) (up{env="prod"})');
    expect(setup.prometheus?.queries.get('requests')).toBe(
      'sum by (service) (increase(http_requests_total[2m]))',
    );
    expect(setup.prometheus?.intervalMs).toBe(30_000);
  });

  it('refuses credentials in a URL on the command line', () => {
    expect(() => bridgeSetup({ prometheus: 'http://u:p@prom:9090' }, undefined, {})).toThrow(
      /credentials do not belong/,
    );
  });

  it('takes Prometheus credentials from the environment before the config', () => {
    expect(prometheusAuth({ url: 'http://p', bearerToken: 'cfg' }, { WARROOM_PROMETHEUS_TOKEN: 'env' })).toBe(
      'Bearer env',
    );
    expect(prometheusAuth({ url: 'http://p', bearerToken: 'cfg' }, {})).toBe('Bearer cfg');
    expect(
      prometheusAuth(undefined, { WARROOM_PROMETHEUS_USER: 'dana', WARROOM_PROMETHEUS_PASSWORD: 'pw' }),
    ).toBe(`Basic ${Buffer.from('dana:pw').toString('base64')}`);
    expect(prometheusAuth(undefined, {})).toBeUndefined();
  });

  it('parses --health NAME=URL and --listen HOST:PORT, and says what is wrong otherwise', () => {
    expect(parseHealthFlag('web=http://127.0.0.1:8080/healthz')).toEqual({
      name: 'web',
      url: 'http://127.0.0.1:8080/healthz',
    });
    expect(() => parseHealthFlag('http://x')).toThrow('--health takes NAME=URL');
    expect(() => parseHealthFlag('web=ftp://x')).toThrow(/http:\/\/ or https:\/\//);
    expect(parseListen('[::1]:7070')).toEqual({ host: '::1', port: 7070 });
    expect(() => parseListen('7070')).toThrow('--listen takes HOST:PORT');
  });
});

describe('sources in config.json', () => {
  it('names a bad setting by its JSON path', () => {
    const dir = configDir({
      sources: { prometheus: { url: 'prom:9090', window: '5 minutes' }, health: [{ name: 'x' }] },
    });
    const { warnings, invalid } = loadConfig({ WARROOM_CONFIG_DIR: dir });
    expect(invalid).toContain('sources');
    expect(
      warnings.some((w) => w.includes('sources.prometheus.url: expected an http:// or https:// URL')),
    ).toBe(true);
    expect(warnings.some((w) => w.includes('sources.prometheus.window: expected a PromQL duration'))).toBe(
      true,
    );
    expect(warnings.some((w) => w.includes('sources.health.0.url'))).toBe(true);
  });
});

describe('warroom bridge', () => {
  it('--print-queries shows the PromQL in use and exits', async () => {
    const c = io();
    const loaded = loadConfig({
      WARROOM_CONFIG_DIR: configDir({ sources: { prometheus: { url: 'http://prom:9090' } } }),
    });
    expect(await runBridgeCommand(['--print-queries'], loaded, c.io)).toBe(0);
    const text = c.out.join('');
    expect(text).toContain('# http://prom:9090 every 15 s, service label "job"');
    expect(text).toContain('histogram_quantile(0.95, sum by (job, le)');
  });

  it('will not start on bad sources settings, and says where they are wrong', async () => {
    const c = io();
    const loaded = loadConfig({ WARROOM_CONFIG_DIR: configDir({ sources: { prometheus: { url: 42 } } }) });
    expect(await runBridgeCommand([], loaded, c.io)).toBe(2);
    expect(c.err.join('')).toContain('sources.prometheus.url');
  });

  it('has its own --help, and a bad flag is one sentence with exit code 2', async () => {
    const c = io();
    expect(await runBridgeCommand(['--help'], { config: {}, path: '', warnings: [] }, c.io)).toBe(0);
    expect(c.out.join('')).toContain('POST /alerts');
    expect(await runBridgeCommand(['--prometeus', 'x'], { config: {}, path: '', warnings: [] }, c.io)).toBe(
      2,
    );
    expect(c.err.join('')).toMatch(/Unknown option '--prometeus'/);
  });

  it('lists no queries without a Prometheus', () => {
    expect(formatQueries({ host: '127.0.0.1', port: 0, health: [] })).toMatch(/^no Prometheus configured/);
  });
});
