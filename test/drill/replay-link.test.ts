import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createSharedWall, linkReplay } from '../../src/drill/replay-link.js';
import type { Fixture } from '../../src/feeds/fixture.js';
import { type ReplayServer, startReplayServer } from '../../src/feeds/replay-server.js';
import { waitFor } from '../feeds/helpers.js';

const W0 = Date.UTC(2026, 10, 18, 12, 0);

/** One error-rate message every 10 s of scenario time, the ratio saying which tick it is. */
function ticks(count: number): Fixture {
  return {
    header: {
      fixture: 1,
      name: 'ticks',
      title: 'ticks',
      services: ['api'],
      duration_ms: (count - 1) * 10_000,
      interval_ms: 10_000,
    },
    events: Array.from({ length: count }, (_, i) => ({
      t: i * 10_000,
      msg: { type: 'error-rate' as const, service: 'api', ratio: i / 100 },
    })),
  };
}

let server: ReplayServer | undefined;
let client: WebSocket | undefined;
afterEach(async () => {
  client?.terminate();
  await server?.close();
});

describe('drill clock linked to a real replay server', () => {
  it('reads the same feed time the server stamps, through speed changes, pause and a seek back', async () => {
    let t = W0;
    const wall = createSharedWall(() => t);
    server = await startReplayServer({ fixture: ticks(20), speed: 10, heartbeatMs: 1e9, now: wall.now });
    const link = linkReplay(server, wall, { durationMs: 190_000 });
    const seen = new Map<number, number[]>();
    client = new WebSocket(server.url);
    client.on('message', (data) => {
      const frame = JSON.parse(String(data)) as { type: string; ts: number; ratio: number; messages?: [] };
      for (const m of frame.type === 'batch' ? (frame.messages ?? []) : [frame]) {
        const msg = m as { ts: number; ratio: number };
        const tick = Math.round(msg.ratio * 100);
        seen.set(tick, [...(seen.get(tick) ?? []), msg.ts]);
      }
    });
    await waitFor(() => seen.has(0), 'the snapshot');
    expect(seen.get(0)).toEqual([link.clock.now()]);

    t += 1_000; // 10x: tick 1 is due at 10 s of scenario time
    link.setSpeed(10);
    await waitFor(() => seen.has(1), 'tick 1');
    expect(seen.get(1)).toEqual([link.clock.now()]);

    link.seek(5_000);
    t += 500; // back at tick 1's offset, but feed time has moved on by the seek
    link.setSpeed(10);
    await waitFor(() => seen.get(1)?.length === 2, 'tick 1 again');
    expect(seen.get(1)?.[1]).toBe(link.clock.now());
    expect(link.clock.now()).toBe(W0 + 15_000);

    link.pause();
    t += 60_000;
    expect(link.clock.now()).toBe(W0 + 15_000);
    expect(link.setSpeed(500)).toBe(60);
    expect(server.speed).toBe(60);
    link.resume();
    t += 500; // 60x: 30 s more, ticks 2..4
    link.setSpeed(60);
    await waitFor(() => seen.has(4), 'tick 4');
    expect(seen.get(4)).toEqual([link.clock.now()]);
    expect(server.position()).toBe(link.clock.position());
  });

  it('refuses to link before the server has read the shared wall clock', () => {
    const wall = createSharedWall(() => W0);
    const fake = { speed: 10, paused: false, pause() {}, resume() {}, setSpeed() {}, seek() {} };
    expect(() => linkReplay(fake, wall)).toThrow(/now: wall.now/);
  });
});
