// Seat-to-seat figures (run by scripts/bench.mjs with tsx; prints JSON): latency from one seat's
// action to another seat's screen state, through a real nats-server on loopback and through a
// shared data dir, and 3 seats x N events with the count of lost and duplicated events.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IncidentSession } from '../../src/app/incident-session.js';
import { BUILT_IN_PROFILES } from '../../src/incident/profiles/index.js';
import { fold } from '../../src/incident/reducer.js';
import { DirSeat } from '../../src/seats/dir-seat.js';
import { hubTarget } from '../../src/seats/hub-options.js';
import { HubSeat } from '../../src/seats/hub-seat.js';

const profile = BUILT_IN_PROFILES['sre-sev3']!;
const presses = Number(process.argv[2] ?? 200);
const perSeat = Number(process.argv[3] ?? 1000);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(check: () => boolean, timeoutMs = 120_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await sleep(2);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });
}

async function startNats(): Promise<{ url: string; proc: ChildProcess }> {
  const port = await freePort();
  const bin =
    ['/usr/sbin/nats-server', '/usr/local/sbin/nats-server'].find((p) => existsSync(p)) ?? 'nats-server';
  const proc = spawn(
    bin,
    ['-js', '-a', '127.0.0.1', '-p', String(port), '-sd', mkdtempSync(join(tmpdir(), 'bench-nats-'))],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  await new Promise<void>((resolve) => {
    let log = '';
    proc.stderr?.on('data', (d: Buffer) => {
      log += d.toString();
      if (log.includes('Server is ready')) resolve();
    });
  });
  return { url: `nats://127.0.0.1:${port}`, proc };
}

type Make = (name: string) => IncidentSession;

function hubRoom(url: string, room: string): Make {
  const target = hubTarget(url, { hubRoom: room }, {});
  if (!target) throw new Error('no hub');
  return (name) => {
    const dir = mkdtempSync(join(tmpdir(), `bench-${name}-`));
    const seat = new HubSeat({
      target,
      dir,
      kind: 'real',
      me: { id: `${name}-${Math.random()}`, name, readOnly: false },
    });
    return new IncidentSession({ dir, profile, user: () => name, clock: Date.now, seat });
  };
}

function dirRoom(): Make {
  const dir = mkdtempSync(join(tmpdir(), 'bench-dir-'));
  return (name) => {
    const seat = new DirSeat({ dir, me: { id: `${name}-${Math.random()}`, name, readOnly: false } });
    return new IncidentSession({ dir, profile, user: () => name, clock: Date.now, seat });
  };
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? Number.NaN;
};

async function latency(make: Make): Promise<{ p50: number; p99: number; n: number }> {
  const a = make('a');
  const b = make('b');
  await Promise.all([a.seat.ready(), b.seat.ready()]);
  a.declare('bench', 'SEV3');
  await until(() => b.state.declared);
  const times: number[] = [];
  for (let i = 0; i < presses; i += 1) {
    const t0 = performance.now();
    const e = a.record({ type: 'note/added', text: `n${i}` });
    await until(() => b.events.at(-1)?.id === e.id);
    times.push(performance.now() - t0);
    await sleep(5);
  }
  await Promise.all([a.close(), b.close()]);
  return { p50: pct(times, 50), p99: pct(times, 99), n: times.length };
}

async function threeSeats(make: Make) {
  const seats = ['a', 'b', 'c'].map(make);
  await Promise.all(seats.map((s) => s.seat.ready()));
  seats[0]?.declare('bench', 'SEV3');
  await until(() => seats.every((s) => s.state.declared));
  const t0 = performance.now();
  for (let i = 0; i < perSeat; i += 1) {
    for (const s of seats) s.record({ type: 'note/added', text: `n${i}` });
    if (i % 50 === 49) await sleep(1);
  }
  const total = 1 + 3 * perSeat;
  await until(() => seats.every((s) => s.events.length >= total && s.seat.link().unshared === 0), 300_000);
  const ms = performance.now() - t0;
  const ids = seats.map((s) => s.events.map((e) => e.id));
  const first = ids[0] ?? [];
  const duplicated = first.length - new Set(first).size;
  const lost = seats.reduce((n, s) => n + (total - new Set(s.events.map((e) => e.id)).size), 0);
  const sameOrder = ids.every((x) => x.join() === first.join());
  const sameFold = seats.every(
    (s) => JSON.stringify(s.state) === JSON.stringify(fold(seats[0]?.events ?? [])),
  );
  await Promise.all(seats.map((s) => s.close()));
  return { events: total, seconds: ms / 1000, lost, duplicated, sameOrder, sameFold };
}

const nats = await startNats();
try {
  const result = {
    hubLatency: await latency(hubRoom(nats.url, 'lat')),
    dirLatency: await latency(dirRoom()),
    hubThree: await threeSeats(hubRoom(nats.url, 'three')),
    dirThree: await threeSeats(dirRoom()),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
} finally {
  nats.proc.kill();
}
process.exit(0);
