import { fileURLToPath } from 'node:url';
import { afterEach, expect, it } from 'vitest';
import { FeedClient } from '../../src/feeds/client.js';
import { loadFixture } from '../../src/feeds/fixture.js';
import type { FrameResult } from '../../src/feeds/protocol.js';
import { type ReplayServer, startReplayServer } from '../../src/feeds/replay-server.js';
import { waitFor } from './helpers.js';

let server: ReplayServer | undefined;
let client: FeedClient | undefined;
afterEach(async () => {
  await client?.stop();
  await server?.close();
});

it('plays the demo fixture to a FeedClient: a full snapshot first, then valid ticks', async () => {
  const fixture = await loadFixture(fileURLToPath(new URL('../../fixtures/demo.jsonl', import.meta.url)));
  server = await startReplayServer({ fixture, speed: 60 });
  await waitFor(() => server!.position() >= 60_000, 'a minute of scenario');
  const frames: FrameResult[] = [];
  client = new FeedClient({ urls: [server.url], onFrame: (_url, result) => frames.push(result) });
  client.start();
  await waitFor(() => frames.length >= 3, 'the snapshot and two ticks');
  // Every service's health, error rate and latency arrive at once, before any tick.
  expect(frames[0]!.messages).toHaveLength(fixture.header.services.length * 3);
  for (const f of frames) expect(f.rejected).toEqual([]);
  const ts = frames.flatMap((f) => f.messages.map((m) => m.ts));
  expect(ts).toEqual([...ts].sort((a, b) => a - b));
});
