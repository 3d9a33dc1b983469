import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Fixture, loadFixture, parseFixture } from '../../src/feeds/fixture.js';
import { runRecordCommand } from '../../src/feeds/record-command.js';
import { type RecordStatus, recordFeed } from '../../src/feeds/recorder.js';
import { type ReplayServer, startReplayServer } from '../../src/feeds/replay-server.js';
import { generateFixture, type Scenario } from '../../src/scenarios/index.js';
import { min } from '../../src/scenarios/types.js';
import { startTestServer, waitFor } from './helpers.js';

const small: Scenario = {
  name: 'small',
  title: 'a deploy and a slow database',
  seed: 7,
  durationMs: min(2),
  intervalMs: 10_000,
  services: [
    { name: 'web', errorRatio: 0.01, p95Ms: 100, rps: 10, dependsOn: ['db'] },
    { name: 'db', errorRatio: 0, p95Ms: 10, rps: 50 },
  ],
  faults: [
    { kind: 'deploy', at: 35_000, service: 'web', version: 'v2', by: 'ci' },
    { kind: 'latency', service: 'db', factor: 5, from: min(1), until: min(2), rampMs: 0 },
  ],
};
const fixture = parseFixture(generateFixture(small), 'small.jsonl');

/** Every message with its time, flattening batches: the stream a client sees, minus framing. */
const flat = (f: Fixture) =>
  f.events.flatMap((e) =>
    (e.msg.type === 'batch' ? e.msg.messages : [e.msg]).map((msg) => ({ t: e.t, msg })),
  );
const total = flat(fixture).length;

let dir: string;
let server: ReplayServer | undefined;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'warroom-record-'));
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  await rm(dir, { recursive: true, force: true });
});

describe('recordFeed', () => {
  it('records a replay into a fixture that replays the same messages at the same relative times', async () => {
    server = await startReplayServer({ fixture, speed: 200, paused: true, heartbeatMs: 10 });
    const out = join(dir, 'Night Run.jsonl');
    const stop = new AbortController();
    let status: RecordStatus | undefined;
    const done = recordFeed({ url: server.url, out, signal: stop.signal, onStatus: (s) => (status = s) });
    // Heartbeats arrive while paused; none of them may end up in the recording.
    await waitFor(() => (status?.frames ?? 0) >= 4, 'the snapshot and some heartbeats');
    server.resume();
    await waitFor(() => (status?.lines ?? 0) >= 3, 'a few recorded lines');
    server.pause();
    const partial = parseFixture(await readFile(out, 'utf8'), out);
    expect(partial.events.length).toBe(status?.lines);
    server.resume();
    await waitFor(() => status?.messages === total, 'every message of the fixture');
    stop.abort();
    const result = await done;

    const recorded = await loadFixture(out);
    expect(flat(recorded)).toEqual(flat(fixture));
    expect(recorded.header).toEqual({
      fixture: 1,
      name: 'night-run',
      title: expect.stringMatching(/^recorded from 127\.0\.0\.1:\d+$/),
      services: ['web', 'db'],
      duration_ms: min(2),
      interval_ms: 10_000,
    });
    expect(result).toMatchObject({ path: out, messages: total, services: ['web', 'db'], durationMs: min(2) });
    expect((await readFile(out, 'utf8')).split('\n')[0]).not.toMatch(/ $/);
  });

  it('keeps a batch as one line and a lone deploy as its own line', async () => {
    server = await startReplayServer({ fixture, speed: 200, paused: true });
    const out = join(dir, 'lines.jsonl');
    const stop = new AbortController();
    let status: RecordStatus | undefined;
    const done = recordFeed({ url: server.url, out, signal: stop.signal, onStatus: (s) => (status = s) });
    await waitFor(() => status?.state === 'live', 'the connection');
    server.resume();
    await waitFor(() => status?.messages === total, 'every message');
    stop.abort();
    await done;
    const { events } = await loadFixture(out);
    const deploy = events.find((e) => e.msg.type === 'deploy');
    expect(deploy?.t).toBe(35_000);
    expect(
      events
        .filter((e) => e.msg.type === 'batch')
        .every((e) => e.msg.type === 'batch' && e.msg.messages.length === 6),
    ).toBe(true);
  });

  it('writes nothing and says so when only heartbeats arrive', async () => {
    const quiet = await startTestServer();
    try {
      const out = join(dir, 'empty.jsonl');
      const stop = new AbortController();
      let status: RecordStatus | undefined;
      const done = recordFeed({ url: quiet.url, out, signal: stop.signal, onStatus: (s) => (status = s) });
      await waitFor(() => {
        quiet.broadcast(JSON.stringify({ type: 'heartbeat', ts: Date.now() }));
        return (status?.frames ?? 0) >= 3;
      }, 'heartbeats');
      stop.abort();
      await expect(done).rejects.toThrow(/nothing arrived from 127\.0\.0\.1:\d+; no fixture was written/);
      await expect(stat(out)).rejects.toThrow();
    } finally {
      await quiet.close();
    }
  });
});

describe('the connect snapshot', () => {
  it('is stamped at the moment of connection, not at the minutes-old times it carries', async () => {
    const feed = await startTestServer();
    try {
      const now = Date.now();
      const old = now - 9 * 60_000;
      // What a bridge sends on connect: the last known values, seen minutes ago.
      feed.wss.on('connection', (ws) =>
        ws.send(
          JSON.stringify({
            type: 'batch',
            messages: [
              { type: 'health', service: 'web', status: 'up', ts: old },
              { type: 'error-rate', service: 'db', ratio: 0.01, ts: old + 1000 },
            ],
          }),
        ),
      );
      const out = join(dir, 'snap.jsonl');
      const stop = new AbortController();
      let status: RecordStatus | undefined;
      const done = recordFeed({ url: feed.url, out, signal: stop.signal, onStatus: (s) => (status = s) });
      await waitFor(() => (status?.frames ?? 0) >= 1, 'the snapshot');
      // Then live messages, well after the welcome burst, at the feed's current time.
      let t = now;
      await waitFor(() => {
        t += 1000;
        feed.broadcast(JSON.stringify({ type: 'error-rate', service: 'web', ratio: 0.02, ts: t }));
        return (status?.messages ?? 0) >= 5 && (status?.messages ?? 0);
      }, 'live messages after the snapshot');
      stop.abort();
      const result = await done;
      const recorded = await loadFixture(out);
      // Ten-odd seconds of live feed, not nine minutes of stale snapshot.
      expect(result.durationMs).toBeLessThan(60_000);
      expect(recorded.events[0]?.t).toBe(0);
      expect(recorded.header.services.sort()).toEqual(['db', 'web']);
    } finally {
      await feed.close();
    }
  });
});

describe('runRecordCommand', () => {
  it('records until stopped, reports progress and exits 0', async () => {
    server = await startReplayServer({ fixture, speed: 200, paused: true });
    const out = join(dir, 'cli.jsonl');
    const lines: string[] = [];
    const stop = new AbortController();
    const code = runRecordCommand({ url: server.url, out, signal: stop.signal, write: (l) => lines.push(l) });
    await waitFor(() => lines.includes('feed live'), 'the live line');
    server.resume();
    await waitFor(() => {
      try {
        return flat(parseFixture(readFileSync(out, 'utf8'), out)).length === total;
      } catch {
        return false;
      }
    }, 'the whole replay on disk');
    stop.abort();
    expect(await code).toBe(0);
    expect(lines.at(-1)).toMatch(
      /^stopped after [\d.]+ s; wrote .*cli\.jsonl: \d+ lines, \d+ messages, 2 services, [\d.]+ min of feed time/,
    );
    expect(lines.some((l) => l.includes('retrying'))).toBe(false);
    expect((await loadFixture(out)).header.services).toEqual(['web', 'db']);
  });

  it('exits 1 with a sentence when the feed cannot be reached before the time limit', async () => {
    const lines: string[] = [];
    const code = await runRecordCommand({
      url: 'ws://127.0.0.1:9',
      out: join(dir, 'none.jsonl'),
      maxDurationMs: 300,
      signal: new AbortController().signal,
      write: (l) => lines.push(l),
    });
    expect(code).toBe(1);
    expect(lines.some((l) => /^feed down \(connection refused\), retrying$/.test(l))).toBe(true);
    expect(lines.at(-1)).toBe('warroom record: nothing arrived from 127.0.0.1:9; no fixture was written');
  });

  it('never prints a token from the feed URL', async () => {
    const lines: string[] = [];
    await runRecordCommand({
      url: 'ws://ops:pa55-word@127.0.0.1:9/feed?token=sekrit-9f8e7d&feeds=health',
      out: join(dir, 'none.jsonl'),
      maxDurationMs: 300,
      signal: new AbortController().signal,
      write: (l) => lines.push(l),
    });
    const all = lines.join('\n');
    expect(all).not.toContain('sekrit');
    expect(all).not.toContain('pa55');
    expect(lines[0]).toContain('ws://127.0.0.1:9/feed?token=[redacted]&feeds=health');
  });
});
