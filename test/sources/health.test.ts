/** HTTP health checks against a real server on loopback: up, degraded (slow, 429, 503) and down. */
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkOnce, healthSource, judge } from '../../src/sources/health/check.js';
import type { WireMessage } from '../../src/feeds/protocol.js';
import { freePort } from '../helpers/prom-servers.js';
import { waitFor } from '../feeds/helpers.js';

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const code =
      { '/ok': 200, '/busy': 503, '/limited': 429, '/broken': 500, '/slow': 200 }[req.url ?? ''] ?? 404;
    const answer = () => res.writeHead(code).end('fine\n');
    if (req.url === '/slow') setTimeout(answer, 400);
    else answer();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const check = (path: string, slowMs = 1000, timeoutMs = 3000) =>
  checkOnce({ name: 'svc', url: `${base}${path}`, intervalMs: 1000, timeoutMs, slowMs });

describe('judge', () => {
  it.each([
    [200, 10, 'up'],
    [204, 10, 'up'],
    [200, 1500, 'degraded'],
    [429, 10, 'degraded'],
    [503, 10, 'degraded'],
    [500, 10, 'down'],
    [404, 10, 'down'],
  ] as const)('HTTP %i in %i ms is %s', (status, ms, expected) => {
    expect(judge(status, ms, 1000).status).toBe(expected);
  });
});

describe('checkOnce against a real server', () => {
  it('is up on a quick 200, with the latency', async () => {
    const r = await check('/ok');
    expect(r.status).toBe('up');
    expect(r.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it('is degraded when slow, rate limited or unavailable', async () => {
    const slow = await check('/slow', 200);
    expect(slow).toMatchObject({ status: 'degraded' });
    expect(slow.detail).toMatch(/^slow: \d+ ms$/);
    expect(slow.latencyMs).toBeGreaterThanOrEqual(350);
    expect(await check('/limited')).toMatchObject({ status: 'degraded', detail: 'HTTP 429' });
    expect(await check('/busy')).toMatchObject({ status: 'degraded', detail: 'HTTP 503' });
  });

  it('is down on a 500, a refused connection or a timeout, with the reason', async () => {
    expect(await check('/broken')).toMatchObject({ status: 'down', detail: 'HTTP 500' });
    const refused = await checkOnce({
      name: 'x',
      url: `http://127.0.0.1:${await freePort()}/`,
      intervalMs: 1,
      timeoutMs: 2000,
      slowMs: 100,
    });
    expect(refused).toMatchObject({ status: 'down', detail: 'connection refused' });
    const late = await check('/slow', 1000, 100);
    expect(late.status).toBe('down');
    expect(late.detail).toMatch(/timed out/);
  });
});

describe('healthSource', () => {
  it('sends health and latency per check, again every interval, until stopped', async () => {
    const got: WireMessage[] = [];
    const source = healthSource([
      { name: 'web', url: `${base}/ok`, intervalMs: 50, timeoutMs: 2000, slowMs: 1000 },
      { name: 'queue', url: `${base}/busy`, intervalMs: 50, timeoutMs: 2000, slowMs: 1000 },
    ]);
    source.start((m) => got.push(...m));
    await waitFor(
      () => got.filter((m) => m.type === 'health' && m.service === 'web').length >= 3,
      'three checks of web',
    );
    await source.stop();
    const queue = got.find((m) => m.type === 'health' && m.service === 'queue');
    expect(queue).toMatchObject({ status: 'degraded', detail: 'HTTP 503' });
    expect(got.some((m) => m.type === 'latency' && m.service === 'web')).toBe(true);
  });
});
