/**
 * The Prometheus client against small real HTTP servers on loopback that misbehave the ways a
 * real one can: credentials refused, a proxy's HTML 502, too slow. Each becomes a reason, never a
 * throw, and no reason holds the credentials.
 */
import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { instantQuery } from '../../src/sources/prometheus/api.js';
import { prometheusSource } from '../../src/sources/prometheus/source.js';
import type { WireMessage } from '../../src/feeds/protocol.js';
import { waitFor } from '../feeds/helpers.js';

let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

async function serve(handler: Parameters<typeof createServer>[1]): Promise<string> {
  server = createServer(handler);
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}

const VECTOR = JSON.stringify({
  status: 'success',
  data: { resultType: 'vector', result: [{ metric: { job: 'api' }, value: [1_796_000_000.5, '0.25'] }] },
});

describe('the Prometheus client', () => {
  it('sends the Authorization header it was given and reads a vector', async () => {
    const url = await serve((req, res) => {
      if (req.headers.authorization !== 'Bearer t0ken') res.writeHead(401).end('unauthorized');
      else res.writeHead(200, { 'content-type': 'application/json' }).end(VECTOR);
    });
    const ok = await instantQuery({ url, authorization: 'Bearer t0ken', timeoutMs: 2000 }, 'up', Date.now());
    expect(ok).toEqual({
      ok: true,
      series: [{ labels: { job: 'api' }, samples: [[1_796_000_000_500, 0.25]] }],
    });
    const refused = await instantQuery(
      { url, authorization: 'Bearer wrong', timeoutMs: 2000 },
      'up',
      Date.now(),
    );
    expect(refused).toEqual({ ok: false, reason: 'HTTP 401: check the credentials', unreachable: true });
  });

  it('names a proxy error page by its status and a slow server by its timeout', async () => {
    const url = await serve((req, res) => {
      if (req.url?.includes('slow')) setTimeout(() => res.writeHead(200).end(VECTOR), 1500);
      else res.writeHead(502, { 'content-type': 'text/html' }).end('<html>Bad Gateway</html>');
    });
    expect(await instantQuery({ url, timeoutMs: 2000 }, 'up', Date.now())).toMatchObject({
      ok: false,
      reason: 'HTTP 502',
    });
    const slow = await instantQuery({ url: `${url}/slow/`, timeoutMs: 300 }, 'up', Date.now());
    expect(slow).toMatchObject({ ok: false, unreachable: true });
    expect(slow.ok === false && slow.reason).toMatch(/timed out/);
  });

  it('says what was unexpected in an answer that is not Prometheus’s shape', async () => {
    const url = await serve((_req, res) =>
      res
        .writeHead(200)
        .end('{"status":"success","data":{"resultType":"vector","result":[{"value":[1,"x"]}]}}'),
    );
    const r = await instantQuery({ url, timeoutMs: 2000 }, 'up', Date.now());
    expect(r).toMatchObject({ ok: false, unreachable: false });
    expect(r.ok === false && r.reason).toMatch(/^unexpected answer \(HTTP 200\): data\.result\.0\.metric/);
  });
});

describe('the Prometheus source when credentials are refused', () => {
  it('goes down with the reason, which never holds the credentials', async () => {
    const url = await serve((_req, res) => res.writeHead(403).end());
    const got: WireMessage[] = [];
    const source = prometheusSource({
      url,
      authorization: `Basic ${Buffer.from('dana:hunter2').toString('base64')}`,
      intervalMs: 1000,
      label: 'job',
      queries: new Map([['up', 'up']]),
      historyMinutes: 0,
      maxSeries: 10,
      retryCapMs: 1000,
    });
    source.start((m) => got.push(...m));
    const down = await waitFor(() => got.find((m) => m.type === 'source'), 'a source state');
    await source.stop();
    expect(down).toMatchObject({
      status: 'down',
      reason: expect.stringMatching(/^HTTP 403: check the credentials \(127\.0\.0\.1:\d+\)$/),
    });
    expect(JSON.stringify(got)).not.toMatch(/hunter2|ZGFuYTpodW50ZXIy/);
  });
});
