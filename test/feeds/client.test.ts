import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { type FeedConnState, FeedClient, HARD_FRAME_LIMIT_BYTES } from '../../src/feeds/client.js';
import type { FrameResult } from '../../src/feeds/protocol.js';
import { startTestServer, type TestServer, waitFor } from './helpers.js';

type Seen = { url: string; result: FrameResult; receivedAt: number };

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn();
});

async function server(port = 0): Promise<TestServer> {
  const s = await startTestServer(port);
  cleanups.push(() => s.close());
  return s;
}

function client(urls: string[], extra: Partial<ConstructorParameters<typeof FeedClient>[0]> = {}) {
  const frames: Seen[] = [];
  const states: { url: string; state: FeedConnState }[] = [];
  const c = new FeedClient({
    urls,
    backoff: { baseMs: 20, capMs: 100 },
    onFrame: (url, result, receivedAt) => frames.push({ url, result, receivedAt }),
    onState: (url, state) => states.push({ url, state }),
    ...extra,
  });
  cleanups.push(() => c.stop());
  c.start();
  return { c, frames, states };
}

const health = (service: string) => JSON.stringify({ type: 'health', service, status: 'up', ts: Date.now() });
const isLive = (c: FeedClient, url: string) => c.states().get(url)?.kind === 'live';
/** Connected: live, or open and waiting for its first frame. */
const isOpen = (c: FeedClient, url: string) => {
  const s = c.states().get(url);
  return s?.kind === 'live' || (s?.kind === 'connecting' && s.open === true);
};

describe('FeedClient against a real WebSocket server', () => {
  it('subscribes on open and delivers messages through onFrame', async () => {
    const s = await server();
    const { c, frames, states } = client([s.url]);
    await waitFor(() => s.received.length > 0, 'the subscribe frame');
    expect(JSON.parse(s.received[0]!)).toEqual({
      type: 'subscribe',
      feeds: ['health', 'error-rate', 'latency'],
    });
    s.broadcast(health('checkout'));
    const got = await waitFor(() => frames[0], 'a frame');
    expect(got.url).toBe(s.url);
    expect(got.result.messages[0]).toMatchObject({ type: 'health', service: 'checkout' });
    expect(c.lastFrameAt(s.url)).toBe(got.receivedAt);
    expect(states.map((x) => x.state.kind)).toEqual(['connecting', 'connecting', 'live']);
  });

  it('shows an open connection as waiting, not live, until its first frame, also after a reconnect', async () => {
    const first = await startTestServer();
    const { c } = client([first.url]);
    await waitFor(() => isOpen(c, first.url), 'open');
    expect(c.states().get(first.url)).toMatchObject({ kind: 'connecting', open: true });
    first.broadcast(health('a'));
    await waitFor(() => isLive(c, first.url), 'live on data');
    await first.close();
    await waitFor(() => c.states().get(first.url)?.kind === 'down', 'down');
    const again = await server(first.port);
    await waitFor(() => isOpen(c, first.url), 'open again');
    expect(c.states().get(first.url)).toMatchObject({ kind: 'connecting', open: true });
    again.broadcast(JSON.stringify({ type: 'heartbeat', ts: Date.now() }));
    await waitFor(() => isLive(c, first.url), 'live again on a heartbeat');
  });

  it('refuses binary frames, counting each, and keeps the connection', async () => {
    const s = await server();
    const { c, frames, states } = client([s.url]);
    await waitFor(() => isOpen(c, s.url), 'open');
    s.broadcast(Buffer.from(health('catalogue-ü'), 'utf8'), true);
    s.broadcast(health('text'));
    await waitFor(() => frames.length === 2, 'two frames');
    expect(frames[0]!.result).toEqual({
      messages: [],
      unknown: 0,
      rejected: ['binary frame refused: feeds send JSON in text frames'],
    });
    expect(frames[1]!.result.messages).toHaveLength(1);
    expect(states.some((x) => x.state.kind === 'down')).toBe(false);
  });

  it('sends the bearer token on the upgrade and never shows it in a state', async () => {
    const token = 's3cret-token-value';
    const s = await server();
    const { states } = client([s.url, 'ws://127.0.0.1:1'], { token });
    await waitFor(() => s.upgrades.length > 0, 'the upgrade request');
    expect(s.upgrades[0]!.headers.authorization).toBe(`Bearer ${token}`);
    await waitFor(() => states.some((x) => x.state.kind === 'down'), 'the refused URL to go down');
    expect(JSON.stringify(states)).not.toContain(token);
  });

  it('goes down when the server dies and comes back live on the same port', async () => {
    const first = await startTestServer();
    const { c, frames, states } = client([first.url]);
    await waitFor(() => isOpen(c, first.url), 'first open');
    await first.close();
    const down = await waitFor(() => {
      const s = c.states().get(first.url);
      return s?.kind === 'down' ? s : undefined;
    }, 'down');
    expect(down.reason).toMatch(/closed by server \(1006\)|connection refused/);
    expect(down.nextRetryAt).toBeGreaterThanOrEqual(down.since);
    const again = await server(first.port);
    await waitFor(() => isOpen(c, first.url), 'open again');
    again.broadcast(health('orders'));
    await waitFor(() => frames.some((f) => f.result.messages[0]?.type === 'health'), 'data after restart');
    const kinds = states.map((x) => x.state.kind);
    expect(kinds.slice(0, 2)).toEqual(['connecting', 'connecting']);
    expect(kinds.lastIndexOf('down')).toBeLessThan(kinds.lastIndexOf('live'));
  });

  it('reports a refused connection and retries with a growing attempt count', async () => {
    const { states } = client(['ws://127.0.0.1:1']);
    await waitFor(() => states.filter((x) => x.state.kind === 'down').length >= 3, 'three failures');
    const downs = states.flatMap((x) => (x.state.kind === 'down' ? [x.state] : []));
    expect(downs[0]!.reason).toBe('connection refused');
    expect(downs.map((d) => d.attempt).slice(0, 3)).toEqual([1, 2, 3]);
  });

  it('counts garbage frames as rejections and keeps the connection', async () => {
    const s = await server();
    const { c, frames, states } = client([s.url]);
    await waitFor(() => isOpen(c, s.url), 'open');
    s.broadcast('this is not json');
    s.broadcast(JSON.stringify({ type: 'error-rate', service: 'x', ratio: 7, ts: Date.now() }));
    s.broadcast(health('after-garbage'));
    await waitFor(() => frames.length === 3, 'three frames');
    expect(frames[0]!.result.rejected).toEqual(['frame is not valid JSON']);
    expect(frames[1]!.result.rejected[0]).toMatch(/ratio/);
    expect(frames[2]!.result.messages).toHaveLength(1);
    expect(states.map((x) => x.state.kind)).toEqual(['connecting', 'connecting', 'live']);
  });

  it('drops one oversize frame and counts it, keeping the connection', async () => {
    const s = await server();
    const { c, frames, states } = client([s.url], { maxFrameBytes: 1024 });
    await waitFor(() => isOpen(c, s.url), 'open');
    s.broadcast(
      JSON.stringify({
        type: 'health',
        service: 'a',
        status: 'up',
        ts: Date.now(),
        detail: 'x'.repeat(2000),
      }),
    );
    s.broadcast(health('after'));
    await waitFor(() => frames.length === 2, 'two frames');
    expect(frames[0]!.result.rejected).toEqual(['frame larger than 1024 bytes']);
    expect(frames[1]!.result.messages).toHaveLength(1);
    expect(states.some((x) => x.state.kind === 'down')).toBe(false);
    expect(s.upgrades).toHaveLength(1);
  });

  it('closes only on a frame far past any sane size, and says why', async () => {
    const s = await server();
    const { frames, states } = client([s.url], { maxFrameBytes: 1024 });
    await waitFor(() => s.sockets.length > 0, 'connected');
    s.broadcast('x'.repeat(HARD_FRAME_LIMIT_BYTES + 1));
    const down = await waitFor(() => states.find((x) => x.state.kind === 'down')?.state, 'down');
    expect(down).toMatchObject({ reason: `frame larger than ${HARD_FRAME_LIMIT_BYTES} bytes (1009)` });
    expect(frames).toHaveLength(0);
  });

  it('terminates a silent socket after deadAfterMs and reconnects', async () => {
    const s = await server();
    const { c, states } = client([s.url], { deadAfterMs: 150 });
    const down = await waitFor(() => states.find((x) => x.state.kind === 'down')?.state, 'dead detection');
    expect(down).toMatchObject({ reason: 'no frame for 150 ms' });
    await waitFor(() => s.upgrades.length >= 2 && isOpen(c, s.url), 'a fresh connection');
  });

  it('reports an upgrade the server refuses, without the token', async () => {
    const s = await server();
    s.wss.options.verifyClient = (_info: unknown, done: (ok: boolean, code?: number) => void) =>
      done(false, 401);
    const { states } = client([s.url], { token: 'hunter2-token' });
    const down = await waitFor(() => states.find((x) => x.state.kind === 'down')?.state, 'down');
    expect(down).toMatchObject({ reason: 'server refused the connection (HTTP 401)' });
    expect(JSON.stringify(states)).not.toContain('hunter2-token');
  });

  it('shows the close code a server gives', async () => {
    const s = await server();
    s.wss.on('connection', (ws) => ws.close(4003, 'go away'));
    const { states } = client([s.url]);
    const down = await waitFor(() => states.find((x) => x.state.kind === 'down')?.state, 'down');
    expect(down).toMatchObject({ reason: 'closed by server: go away (4003)' });
  });

  it('merges two feed URLs through the same callbacks', async () => {
    const a = await server();
    const b = await server();
    const { c, frames } = client([a.url, b.url]);
    await waitFor(() => isOpen(c, a.url) && isOpen(c, b.url), 'both open');
    a.broadcast(health('from-a'));
    b.broadcast(health('from-b'));
    await waitFor(() => frames.length === 2, 'both frames');
    const byUrl = Object.fromEntries(
      frames.map((f) => [f.url, (f.result.messages[0] as { service: string }).service]),
    );
    expect(byUrl).toEqual({ [a.url]: 'from-a', [b.url]: 'from-b' });
    expect([...c.states().keys()]).toEqual([a.url, b.url]);
  });

  it('keeps running when a callback throws', async () => {
    const s = await server();
    const errors: unknown[] = [];
    const { c } = client([s.url], {
      onFrame: () => {
        throw new Error('consumer bug');
      },
      onError: (_url, e) => errors.push(e),
    });
    await waitFor(() => isOpen(c, s.url), 'open');
    s.broadcast(health('a'));
    s.broadcast(health('b'));
    await waitFor(() => errors.length === 2, 'two reported errors');
    expect(isLive(c, s.url)).toBe(true);
  });
});

describe('FeedClient.stop', () => {
  it('closes every socket and timer, so a process using it can exit', async () => {
    const s = await server();
    const script = fileURLToPath(new URL('./stop-child.ts', import.meta.url));
    const started = Date.now();
    const child = spawn(process.execPath, ['--import', 'tsx', script, s.url], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d) => {
      out += String(d);
    });
    // The retry and dead-socket timers are a minute long: exiting on its own proves they were cleared.
    const killer = setTimeout(() => child.kill(), 12_000);
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    clearTimeout(killer);
    expect(out).toContain('stopped');
    expect(code).toBe(0);
    expect(Date.now() - started).toBeLessThan(12_000);
    await waitFor(() => s.sockets[0]?.readyState === s.sockets[0]?.CLOSED, 'server side closed');
    const states = JSON.parse(out.slice(out.indexOf('['))) as [string, FeedConnState][];
    expect(states).toHaveLength(2);
    for (const [, state] of states) expect(state).toMatchObject({ kind: 'down', reason: 'stopped' });
  });
});
