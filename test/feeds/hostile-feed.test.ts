/**
 * A hostile feed over a real WebSocket: every kind of malformed frame below is counted and
 * survived on one connection, and the dashboard follows the feed through repeated restarts.
 * The README's Reliability section quotes these counts; keep them in step.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { FeedClient } from '../../src/feeds/client.js';
import { MetricStore } from '../../src/feeds/store.js';
import { startTestServer, type TestServer, waitFor } from './helpers.js';

const now = () => Date.now();
const ok = (service: string) => ({ type: 'health', service, status: 'up', ts: now() });
const H = 3600_000;

/** Malformed frames, each a different way to be wrong. Text unless it is a Buffer (binary). */
function malformed(): (string | Buffer)[] {
  const j = (v: unknown) => JSON.stringify(v);
  return [
    '',
    'not json',
    '{"type":"health",',
    'null',
    '42',
    '"health"',
    '[]',
    j([ok('in-an-array')]),
    j({}),
    j({ type: 7 }),
    j({ type: null }),
    j({ type: 'health' }),
    j({ type: 'health', service: 'a', status: 'up' }),
    j({ type: 'health', service: '', status: 'up', ts: now() }),
    j({ type: 'health', service: 'x'.repeat(81), status: 'up', ts: now() }),
    j({ type: 'health', service: 'a\u0000b', status: 'up', ts: now() }),
    j({ type: 'health', service: 'a\u001b[2Jb', status: 'up', ts: now() }),
    j({ type: 'health', service: 'a\u009bb', status: 'up', ts: now() }),
    j({ type: 'health', service: 'a\u202eb', status: 'up', ts: now() }),
    j({ type: 'health', service: 'a\u007fb', status: 'up', ts: now() }),
    j({ type: 'health', service: 42, status: 'up', ts: now() }),
    j({ type: 'health', service: 'a', status: 'sideways', ts: now() }),
    j({ type: 'health', service: 'a', status: 'up', ts: now(), detail: 'x'.repeat(501) }),
    j({ type: 'health', service: 'a', status: 'up', ts: '2025-03-01T12:00:00' }),
    j({ type: 'health', service: 'a', status: 'up', ts: 'yesterdayZ' }),
    j({ type: 'health', service: 'a', status: 'up', ts: -5 }),
    j({ type: 'health', service: 'a', status: 'up', ts: 1.5 }),
    j({ type: 'health', service: 'a', status: 'up', ts: now() + 47 * H }),
    j({ type: 'health', service: 'a', status: 'up', ts: now() - 49 * H }),
    j({ type: 'error-rate', service: 'a', ratio: 7, ts: now() }),
    j({ type: 'error-rate', service: 'a', ratio: -0.1, ts: now() }),
    j({ type: 'error-rate', service: 'a', ratio: '0.1', ts: now() }),
    j({ type: 'error-rate', service: 'a', ratio: 0.1, ts: now(), requests: -1 }),
    j({ type: 'latency', service: 'a', p95: -1, ts: now() }),
    '{"type":"latency","service":"a","p95":1e999,"ts":1}',
    j({ type: 'latency', service: 'a', ts: now() }),
    j({ type: 'deploy', service: 'a', version: '', ts: now() }),
    j({ type: 'deploy', service: 'a', version: 'v'.repeat(121), ts: now() }),
    j({ type: 'batch' }),
    j({ type: 'batch', messages: 'nope' }),
    j({ type: 'batch', messages: [{ type: 'batch', messages: [] }] }),
    j({ type: 'heartbeat', ts: 'soon' }),
    'x'.repeat(300 * 1024),
    Buffer.from(j(ok('binary'))),
  ];
}

/** Frames that are not wrong, only unknown: counted apart from rejections. */
const UNKNOWN = [
  JSON.stringify({ type: 'alert-v9', service: 'a', ts: 1 }),
  JSON.stringify({ type: 'subscribe' }),
];

let server: TestServer | undefined;
let client: FeedClient | undefined;
afterEach(async () => {
  await client?.stop();
  await server?.close();
});

function connect(url: string, store: MetricStore): FeedClient {
  const c = new FeedClient({
    urls: [url],
    backoff: { baseMs: 20, capMs: 100 },
    onFrame: (u, result, at) => store.ingestFrame(u, result, at),
    onState: (u, state) => store.setFeedState(u, state),
  });
  c.start();
  return c;
}

describe('a hostile feed', () => {
  it(`survives ${malformed().length} kinds of malformed frame on one connection, counting each`, async () => {
    server = await startTestServer();
    const store = new MetricStore();
    const downs: string[] = [];
    client = connect(server.url, store);
    const off = store.subscribe(() => {
      const s = store.feeds.get(server!.url);
      if (s?.kind === 'down') downs.push(s.reason);
    });
    await waitFor(() => server!.sockets.length > 0, 'the connection');
    const frames = malformed();
    for (const f of frames) server.broadcast(f, Buffer.isBuffer(f));
    for (const u of UNKNOWN) server.broadcast(u);
    server.broadcast(JSON.stringify(ok('survivor')));
    await waitFor(() => store.services.has('survivor'), 'the good frame after the bad ones', 15_000);
    off();
    expect(store.rejected).toBe(frames.length);
    expect(store.unknown).toBe(UNKNOWN.length);
    expect([...store.services.keys()]).toEqual(['survivor']);
    expect(downs).toEqual([]);
    expect(server.upgrades).toHaveLength(1);
  });

  it('follows the feed through 20 restarts on the same port', async () => {
    server = await startTestServer();
    const port = server.port;
    const store = new MetricStore();
    client = connect(server.url, store);
    for (let i = 0; i < 20; i += 1) {
      await waitFor(
        () => server!.sockets.some((s) => s.readyState === s.OPEN),
        `connection ${i + 1}`,
        15_000,
      );
      server.broadcast(JSON.stringify(ok(`run-${i}`)));
      await waitFor(() => store.services.has(`run-${i}`), `data after restart ${i}`, 15_000);
      expect(store.feeds.get(server.url)?.kind).toBe('live');
      await server.close();
      server = await startTestServer(port);
    }
    expect(store.services.size).toBe(20);
  });
});
