/**
 * `warroom --prometheus URL` end to end in a real terminal: the embedded bridge polls a real
 * Prometheus scraping the stand-in app, and the screen shows its services; a broken query in the
 * config shows up in the footer with Prometheus's reason.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Daemon, startPrometheus } from '../helpers/prom-servers.js';
import { spawnWarroom, type Terminal } from '../helpers/pty.js';
import { type StandinApp, startStandinApp } from '../helpers/standin-app.js';

let app: StandinApp;
let prometheus: Daemon;
let dir: string;
let term: Terminal | undefined;

beforeAll(async () => {
  app = await startStandinApp({
    checkout: { rps: 50, errorRatio: 0.04, latencyMs: 180 },
    search: { rps: 20, errorRatio: 0, latencyMs: 30 },
  });
  prometheus = await startPrometheus({ targets: [app.target] });
  dir = mkdtempSync(join(tmpdir(), 'warroom-e2e-prom-'));
}, 60_000);

afterAll(async () => {
  await prometheus?.dispose();
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

afterEach(() => {
  try {
    term?.kill('SIGKILL');
  } catch {
    // already gone
  }
  term = undefined;
});

/** A config folder whose `sources.prometheus` points at the test's Prometheus, polled every second. */
function withConfig(name: string, prometheusConfig: Record<string, unknown>): Record<string, string> {
  const configDir = join(dir, name);
  mkdirSync(configDir, { recursive: true });
  const prom = { url: prometheus.url, intervalSeconds: 1, window: '10s', ...prometheusConfig };
  writeFileSync(join(configDir, 'config.json'), JSON.stringify({ sources: { prometheus: prom } }));
  return { WARROOM_CONFIG_DIR: configDir, WARROOM_DATA_DIR: join(dir, `${name}-data`), NO_COLOR: '1' };
}

describe('warroom --prometheus in a terminal', () => {
  it('shows the services Prometheus knows, with their error rates, at 80x24', async () => {
    term = spawnWarroom(['--prometheus', prometheus.url], 80, 24, withConfig('good', {}));
    const screen = await term.waitFor(
      (s) => /checkout .* 4\.0%/.test(s) && /search .* 0%/.test(s),
      'checkout at 4.0% and search at 0%',
      30_000,
    );
    expect(screen).toContain(`prometheus 127.0.0.1:${prometheus.port}`);
    expect(screen).toMatch(/● prometheus/);
    term.write('q');
    expect((await term.exited).exitCode).toBe(0);
  }, 40_000);

  it('names a broken query and Prometheus’s reason in the footer', async () => {
    const broken = 'sum by ($label) (rate(http_requests_total[$window])';
    term = spawnWarroom(
      ['--prometheus', prometheus.url],
      80,
      24,
      withConfig('broken', { queries: { 'error-ratio': broken } }),
    );
    const screen = await term.waitFor(
      (s) => s.includes('prometheus: error-ratio query: 1:'),
      'the reason',
      30_000,
    );
    expect(screen).toMatch(/parse error/);
    term.write('q');
    expect((await term.exited).exitCode).toBe(0);
  }, 40_000);

  it('refuses credentials in the URL on the command line, with a sentence', async () => {
    term = spawnWarroom(['--prometheus', 'http://dana:hunter2@127.0.0.1:9'], 80, 24, withConfig('creds', {}));
    const { exitCode } = await term.exited;
    expect(exitCode).toBe(2);
    expect(term.output()).toContain('credentials do not belong on the command line');
    expect(term.output()).toContain('WARROOM_PROMETHEUS_PASSWORD');
  });
});
