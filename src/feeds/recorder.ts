/**
 * Records a live feed into a fixture (`warroom record`). Times are feed time: `t` is each message's
 * `ts` minus the first message's, so recording a 10x replay gives a fixture of scenario time that
 * replays at 1x like the original. Lines are appended as they arrive; the header is kept current in
 * a padded first line, so a killed recorder leaves a fixture that parses minus at most its last line.
 */
import { closeSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename } from 'node:path';
import { FeedClient, type FeedConnState } from './client.js';
import { FIXTURE_VERSION, type UnstampedMessage } from './fixture.js';
import type { FeedMessage } from './protocol.js';

/** Where a recording stands, for a status line. */
export type RecordStatus = {
  readonly state: FeedConnState['kind'];
  readonly reason?: string;
  /** Frames received, heartbeats included. */
  readonly frames: number;
  readonly lines: number;
  readonly messages: number;
  readonly services: number;
  /** Feed time covered so far, in ms. */
  readonly feedMs: number;
  /** Messages dropped as repeats (a reconnect's snapshot) or older than what was recorded. */
  readonly dropped: number;
  readonly rejected: number;
};

/** Options for {@link recordFeed}. */
export type RecordOptions = {
  readonly url: string;
  /** Bearer token for the feed; never written anywhere. */
  readonly token?: string;
  readonly out: string;
  readonly onStatus?: (status: RecordStatus) => void;
  /** Stop after this much wall-clock time. */
  readonly maxDurationMs?: number;
  readonly signal?: AbortSignal;
};

/** What a finished recording wrote. */
export type RecordResult = {
  readonly path: string;
  readonly lines: number;
  readonly messages: number;
  readonly services: readonly string[];
  readonly durationMs: number;
  readonly intervalMs: number;
};

/** A recording that could not be made; the message is for the user. */
export class RecordError extends Error {
  override readonly name = 'RecordError';
}

/** A connect snapshot older than the feed's next message by more than this is rebased. */
const STALE_SNAPSHOT_MS = 30_000;

/** Room kept for the first line so the header can be rewritten in place while recording. */
const HEADER_BYTES = 16 * 1024;

/** A fixture name from the output file name (`fixtures/Night Run.jsonl` -> `night-run`). */
export function fixtureNameFor(path: string): string {
  const stem = basename(path)
    .replace(/\.jsonl$/i, '')
    .toLowerCase();
  return stem.replace(/[^a-z0-9-]+/g, '-').replace(/^[^a-z0-9]+/, '') || 'recording';
}

/** The median gap between successive distinct times, or 1000 when there is none. */
export function estimateInterval(times: readonly number[]): number {
  const gaps = times.slice(1).flatMap((t, i) => (t > (times[i] ?? t) ? [t - (times[i] ?? t)] : []));
  gaps.sort((a, b) => a - b);
  return Math.max(1, Math.round(gaps[Math.floor(gaps.length / 2)] ?? 1000));
}

/** What a fixture (format 1) holds: the v1 metric messages, not heartbeats or v1.1 alerts and source states. */
type Recordable = Exclude<FeedMessage, { type: 'heartbeat' | 'alert' | 'source' }>;

const unstamp = ({ ts: _ts, ...rest }: Recordable): UnstampedMessage => rest;

/** Appends fixture lines to `out` behind a padded, rewritable header. */
class FixtureWriter {
  readonly services: string[] = [];
  readonly times: number[] = [];
  lines = 0;
  #fd: number;
  #offset = HEADER_BYTES;
  #headerFits = true;

  constructor(
    readonly path: string,
    readonly title: string,
  ) {
    try {
      this.#fd = openSync(path, 'w+');
    } catch (error) {
      throw new RecordError(`cannot write ${path} (${(error as { code?: string }).code ?? 'error'})`);
    }
  }

  header(): string {
    const duration = Math.max(1, this.times.at(-1) ?? 1);
    return JSON.stringify({
      fixture: FIXTURE_VERSION,
      name: fixtureNameFor(this.path),
      title: this.title,
      services: this.services,
      duration_ms: duration,
      interval_ms: estimateInterval(this.times),
    });
  }

  append(t: number, msg: UnstampedMessage | { type: 'batch'; messages: UnstampedMessage[] }): void {
    const inner = msg.type === 'batch' ? msg.messages : [msg];
    for (const m of inner) if (!this.services.includes(m.service)) this.services.push(m.service);
    this.times.push(t);
    // The header goes first so that every line on disk is covered by it (duration, services).
    const head = Buffer.from(this.header());
    if (head.length < HEADER_BYTES && this.#headerFits) {
      const padded = Buffer.alloc(HEADER_BYTES, ' ');
      head.copy(padded);
      padded[HEADER_BYTES - 1] = 0x0a;
      writeSync(this.#fd, padded, 0, HEADER_BYTES, 0);
    } else this.#headerFits = false;
    const line = Buffer.from(`${JSON.stringify({ t, msg })}\n`);
    writeSync(this.#fd, line, 0, line.length, this.#offset);
    this.#offset += line.length;
    this.lines += 1;
  }

  /** Rewrites the file compactly (header without padding) through a temp file and a rename. */
  finish(): void {
    const body = Buffer.alloc(this.#offset - HEADER_BYTES);
    readSync(this.#fd, body, 0, body.length, HEADER_BYTES);
    closeSync(this.#fd);
    const tmp = `${this.path}.tmp-${process.pid}`;
    const fd = openSync(tmp, 'w');
    writeSync(fd, `${this.header()}\n`);
    writeSync(fd, body);
    closeSync(fd);
    renameSync(tmp, this.path);
  }

  discard(): void {
    closeSync(this.#fd);
    rmSync(this.path, { force: true });
  }
}

/** Records `url` into `out` until aborted or `maxDurationMs` passes; resolves when the file is complete. */
export async function recordFeed(options: RecordOptions): Promise<RecordResult> {
  const host = URL.canParse(options.url) ? new URL(options.url).host : 'feed';
  const file = new FixtureWriter(options.out, `recorded from ${host}`);
  let t0: number | undefined;
  let lastTs = Number.NEGATIVE_INFINITY;
  const seenAtLast = new Set<string>();
  let messages = 0;
  let dropped = 0;
  let rejected = 0;
  let frames = 0;
  let conn: { state: FeedConnState['kind']; reason?: string } = { state: 'connecting' };
  const report = (): void =>
    options.onStatus?.({
      ...conn,
      frames,
      lines: file.lines,
      messages,
      services: file.services.length,
      feedMs: file.times.at(-1) ?? 0,
      dropped,
      rejected,
    });

  const onMessages = (list: readonly FeedMessage[]): void => {
    let group: UnstampedMessage[] = [];
    let groupTs = 0;
    const flush = (): void => {
      const [only] = group;
      if (only && t0 !== undefined)
        file.append(groupTs - t0, group.length === 1 ? only : { type: 'batch', messages: group });
      group = [];
    };
    for (const m of list) {
      if (m.type === 'heartbeat' || m.type === 'alert' || m.type === 'source') continue;
      const key = JSON.stringify(m);
      // A reconnect's snapshot repeats what was already recorded; the fixture must not go back in time.
      if (m.ts < lastTs || (m.ts === lastTs && seenAtLast.has(key))) {
        dropped += 1;
        continue;
      }
      if (m.ts !== lastTs) seenAtLast.clear();
      seenAtLast.add(key);
      lastTs = m.ts;
      t0 ??= m.ts;
      if (group.length > 0 && m.ts !== groupTs) flush();
      groupTs = m.ts;
      group.push(unstamp(m));
      messages += 1;
    }
    flush();
  };

  // What a server sends on connect (the first frame: its snapshot of the last known values) carries
  // the times those values were first seen, possibly minutes ago. It is held until the next frame;
  // when it is older than that by more than STALE_SNAPSHOT_MS, it is stamped with that moment (the
  // connection), so the recording does not begin with minutes of stale rows.
  let snapshot: { held: FeedMessage[] } | 'expected' | undefined;
  const release = (next?: number): void => {
    if (snapshot === undefined || snapshot === 'expected') return;
    const { held } = snapshot;
    snapshot = undefined;
    if (held.length === 0) return;
    const newest = Math.max(...held.map((m) => m.ts));
    const rebase = next !== undefined && next - newest > STALE_SNAPSHOT_MS;
    onMessages(rebase ? held.map((m) => ({ ...m, ts: next }) as FeedMessage) : held);
  };
  const client = new FeedClient({
    urls: [options.url],
    ...(options.token ? { token: options.token } : {}),
    onFrame: (_url, result) => {
      frames += 1;
      rejected += result.rejected.length;
      if (snapshot === 'expected') snapshot = { held: [...result.messages] };
      else {
        const first = result.messages.length > 0 ? Math.min(...result.messages.map((m) => m.ts)) : undefined;
        release(first);
        onMessages(result.messages);
      }
      report();
    },
    onState: (_url, state) => {
      if (state.kind === 'live') snapshot = 'expected';
      conn = state.kind === 'down' ? { state: state.kind, reason: state.reason } : { state: state.kind };
      report();
    },
  });
  await new Promise<void>((resolve) => {
    const { signal, maxDurationMs } = options;
    const done = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = maxDurationMs === undefined ? undefined : setTimeout(done, maxDurationMs);
    if (signal?.aborted) return done();
    signal?.addEventListener('abort', done, { once: true });
    client.start();
  });
  await client.stop();
  release();
  if (file.lines === 0) {
    file.discard();
    throw new RecordError(`nothing arrived from ${host}; no fixture was written`);
  }
  file.finish();
  return {
    path: options.out,
    lines: file.lines,
    messages,
    services: [...file.services],
    durationMs: Math.max(1, file.times.at(-1) ?? 1),
    intervalMs: estimateInterval(file.times),
  };
}
