import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { Fixture } from '../../src/feeds/fixture.js';
import { type FeedMessage, parseFrame } from '../../src/feeds/protocol.js';
import {
  type ReplayServer,
  type ReplayServerOptions,
  startReplayServer,
} from '../../src/feeds/replay-server.js';
import { waitFor } from './helpers.js';

/** A fixture whose deploy versions name their t, so order is easy to read back. */
function tinyFixture(ts: number[], duration = ts.at(-1) ?? 0): Fixture {
  return {
    header: {
      fixture: 1,
      name: 'tiny',
      title: 'tiny',
      services: ['api', 'db'],
      duration_ms: duration,
      interval_ms: 100,
    },
    events: ts.map((t) => ({ t, msg: { type: 'deploy', service: 'api', version: `t${t}` } })),
  };
}

type Frame = { raw: unknown; messages: FeedMessage[] };
type Listener = { ws: WebSocket; frames: Frame[]; closeCode?: number };

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn();
});

async function replay(options: ReplayServerOptions): Promise<ReplayServer> {
  const server = await startReplayServer(options);
  cleanups.push(() => server.close());
  return server;
}

async function listen(url: string): Promise<Listener> {
  const ws = new WebSocket(url);
  const listener: Listener = { ws, frames: [] };
  ws.on('message', (data) => {
    const text = String(data);
    listener.frames.push({ raw: JSON.parse(text), messages: [...parseFrame(text, Date.now() + 0).messages] });
  });
  ws.on('close', (code) => {
    listener.closeCode = code;
  });
  ws.on('error', () => {});
  cleanups.push(() => ws.terminate());
  await waitFor(() => listener.frames.length > 0 || listener.closeCode !== undefined, 'the first frame');
  return listener;
}

/** Deploy messages received, the snapshot included. */
const deploys = (l: Listener) =>
  l.frames.flatMap(
    (f) => f.messages.filter((m) => m.type === 'deploy') as Extract<FeedMessage, { type: 'deploy' }>[],
  );
const versions = (l: Listener) => deploys(l).map((m) => m.version);

describe('startReplayServer', () => {
  it('sends a snapshot batch first, then later events in order with rising ts', async () => {
    const fixture: Fixture = {
      header: {
        fixture: 1,
        name: 'x',
        title: 'x',
        services: ['api', 'db'],
        duration_ms: 400,
        interval_ms: 100,
      },
      events: [
        {
          t: 0,
          msg: {
            type: 'batch',
            messages: [
              { type: 'health', service: 'api', status: 'up' },
              { type: 'latency', service: 'db', p95: 5 },
            ],
          },
        },
        { t: 10, msg: { type: 'health', service: 'api', status: 'degraded' } },
        { t: 300, msg: { type: 'health', service: 'db', status: 'down' } },
        { t: 400, msg: { type: 'health', service: 'api', status: 'up' } },
      ],
    };
    // Paused at 50 ms while the listener connects, so a loaded machine cannot play past t=300 first.
    const server = await replay({ fixture, paused: true });
    server.seek(50);
    const l = await listen(server.url);
    server.resume();
    const snapshot = l.frames[0]!;
    expect((snapshot.raw as { type: string }).type).toBe('batch');
    // Latest per (type, service): api's degraded health replaced its earlier up.
    expect(
      snapshot.messages.map((m) => [m.type, 'service' in m ? m.service : '', 'status' in m ? m.status : '']),
    ).toEqual([
      ['latency', 'db', ''],
      ['health', 'api', 'degraded'],
    ]);
    await waitFor(() => l.frames.length >= 3, 'the two later events');
    const later = l.frames.slice(1).flatMap((f) => f.messages);
    expect(later.map((m) => ('status' in m ? m.status : ''))).toEqual(['down', 'up']);
    const all = [...snapshot.messages, ...later].map((m) => m.ts);
    expect(all).toEqual([...all].sort((a, b) => a - b));
    expect(later[1]!.ts - later[0]!.ts).toBe(100);
  });

  it('compresses time by the speed factor while ts deltas stay the t deltas', async () => {
    const ts = [0, 100, 250, 600, 900, 1500, 3000];
    let endedAt = 0;
    const server = await replay({
      fixture: tinyFixture(ts),
      speed: 30,
      paused: true,
      onEnd: () => (endedAt = Date.now()),
    });
    const l = await listen(server.url);
    const resumedAt = Date.now();
    server.resume();
    await waitFor(() => endedAt, 'the end of the timeline');
    await waitFor(() => versions(l).length === ts.length, 'every event');
    expect(versions(l)).toEqual(ts.map((t) => `t${t}`));
    const stamps = deploys(l).map((m) => m.ts);
    expect(stamps.map((s) => s - stamps[0]!)).toEqual(ts);
    // 3 s of scenario at 30x is 100 ms of wall time; at 1x it would take 3 s.
    expect(endedAt - resumedAt).toBeLessThan(1500);
    expect(server.position()).toBe(3000);
  });

  it('loops from t=0 with feed time still moving forward', async () => {
    const server = await replay({
      fixture: tinyFixture([0, 100, 200], 300),
      speed: 20,
      loop: true,
      paused: true,
    });
    const l = await listen(server.url);
    server.resume();
    await waitFor(() => versions(l).filter((v) => v === 't0').length >= 3, 'three iterations');
    const stamps = deploys(l).map((m) => m.ts);
    for (let i = 1; i < stamps.length; i++) expect(stamps[i]!).toBeGreaterThan(stamps[i - 1]!);
    const firsts = deploys(l)
      .filter((m) => m.version === 't0')
      .map((m) => m.ts);
    expect(firsts[1]! - firsts[0]!).toBeGreaterThanOrEqual(300);
  });

  it('pauses with heartbeats only, seeks, and resumes where it was', async () => {
    const server = await replay({
      fixture: tinyFixture([0, 100, 200, 300, 400, 500], 500),
      paused: true,
      heartbeatMs: 30,
    });
    const l = await listen(server.url);
    expect(server.paused).toBe(true);
    await waitFor(
      () => l.frames.some((f) => (f.raw as { type: string }).type === 'heartbeat'),
      'a heartbeat while paused',
    );
    expect(versions(l)).toEqual(['t0']);
    expect(server.position()).toBe(0);
    server.seek(300);
    expect(server.position()).toBe(300);
    // Skipped events arrive as the latest state (one deploy per service); t300 is due at 300.
    await waitFor(() => versions(l).includes('t300'), 'the state at the seek target');
    expect(versions(l)).toEqual(['t0', 't200', 't300']);
    server.setSpeed(10);
    server.resume();
    await waitFor(() => versions(l).includes('t500'), 'the rest after resume');
    expect(versions(l)).toEqual(['t0', 't200', 't300', 't400', 't500']);
    const stamps = deploys(l).map((m) => m.ts);
    expect(stamps[4]! - stamps[2]!).toBe(200);
    server.seek(0);
    server.pause();
    await waitFor(() => versions(l).length === 6, 'the replayed t0');
    expect(versions(l)[5]).toBe('t0');
    expect(deploys(l)[5]!.ts).toBeGreaterThanOrEqual(stamps[4]!);
  });

  it('keeps the scenario position continuous across speed changes and pauses', async () => {
    let wall = 1_700_000_000_000;
    const server = await replay({ fixture: tinyFixture([0, 100_000], 100_000), now: () => wall });
    wall += 1000;
    expect(server.position()).toBe(1000);
    server.setSpeed(10);
    expect(server.position()).toBe(1000);
    wall += 1000;
    expect(server.position()).toBe(11_000);
    server.pause();
    wall += 5000;
    expect(server.position()).toBe(11_000);
    server.resume();
    wall += 100;
    expect(server.position()).toBe(12_000);
    expect(() => server.setSpeed(0)).toThrow(/speed must be a number above 0/);
  });

  it('broadcasts one timeline to many clients', async () => {
    const server = await replay({ fixture: tinyFixture([0, 100, 200, 300]), paused: true });
    const clients = await Promise.all(Array.from({ length: 12 }, () => listen(server.url)));
    await waitFor(() => server.clientCount() === 12, 'twelve clients');
    server.setSpeed(5);
    server.resume();
    for (const c of clients) await waitFor(() => versions(c).length === 4, 'every event at every client');
    const reference = JSON.stringify(deploys(clients[0]!));
    for (const c of clients) expect(JSON.stringify(deploys(c))).toBe(reference);
  });

  it('refuses clients beyond maxClients', async () => {
    const server = await replay({ fixture: tinyFixture([0]), maxClients: 1, paused: true });
    await listen(server.url);
    const second = await listen(server.url);
    await waitFor(() => second.closeCode !== undefined, 'the refusal');
    expect(second.closeCode).toBe(1013);
    expect(server.clientCount()).toBe(1);
  });

  it('closes its clients and frees the port', async () => {
    const server = await startReplayServer({ fixture: tinyFixture([0]), paused: true });
    const l = await listen(server.url);
    await server.close();
    await waitFor(() => l.closeCode !== undefined, 'the client to be closed');
    const probe = createServer();
    await new Promise<void>((resolve, reject) => {
      probe.once('error', reject);
      probe.listen(server.port, '127.0.0.1', resolve);
    });
    await new Promise<void>((resolve) => probe.close(() => resolve()));
  });

  it('says so when the port is taken', async () => {
    const first = await replay({ fixture: tinyFixture([0]), paused: true });
    await expect(startReplayServer({ fixture: tinyFixture([0]), port: first.port })).rejects.toThrow(
      `replay server: 127.0.0.1:${first.port} is already in use`,
    );
  });
});
