import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { IncidentSession } from '../../src/app/incident-session.js';
import { readJournal } from '../../src/incident/journal-read.js';
import { hubTarget } from '../../src/seats/hub-options.js';
import { HubSeat } from '../../src/seats/hub-seat.js';
import { type NatsServer, startNats } from '../helpers/nats.js';
import { allHave, expectSameIncident, profile, type TestSeat, until } from './seat-suite.js';

const CHILD = fileURLToPath(new URL('./fixtures/hub-child.ts', import.meta.url));
let nats: NatsServer;
let rooms = 0;
const open: IncidentSession[] = [];
const children: ChildProcess[] = [];
beforeAll(async () => {
  nats = await startNats();
}, 30_000);
afterEach(async () => {
  for (const c of children.splice(0)) c.kill('SIGKILL');
  await nats.ensureRunning();
  await Promise.all(open.splice(0).map((s) => s.close()));
});
afterAll(async () => {
  await nats.stop();
});

function seatIn(room: string, name: string): TestSeat {
  const target = hubTarget(nats.url, { hubRoom: room }, {});
  if (!target) throw new Error('no hub');
  const dir = mkdtempSync(join(tmpdir(), `warroom-outage-${name}-`));
  const seat = new HubSeat({
    target,
    dir,
    kind: 'real',
    me: { id: `${name}-${Math.random()}`, name, readOnly: false },
  });
  const session = new IncidentSession({ dir, profile, user: () => name, clock: Date.now, seat });
  open.push(session);
  const notices: TestSeat['notices'] = [];
  session.onNotice((n) => notices.push(n));
  return { session, notices, name };
}

/** Runs the hub child; resolves its printed lines once `until` holds or it exits. */
function child(args: string[], stop: (lines: string[]) => boolean) {
  const proc = spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(proc);
  const lines: string[] = [];
  let err = '';
  let buffered = '';
  proc.stderr.on('data', (d: Buffer) => {
    err += d.toString();
  });
  return new Promise<{ lines: string[]; proc: ChildProcess }>((resolve, reject) => {
    proc.stdout.on('data', (d: Buffer) => {
      buffered += d.toString();
      const parts = buffered.split('\n');
      buffered = parts.pop() ?? '';
      lines.push(...parts);
      if (stop(lines)) resolve({ lines, proc });
    });
    proc.on('close', (code) =>
      stop(lines) ? resolve({ lines, proc }) : reject(new Error(`child exited ${code}: ${err}`)),
    );
  });
}

describe('a hub that goes away, and a seat killed with -9', () => {
  it('the hub killed and restarted mid-incident: actions taken meanwhile are kept, marked unshared, then shared in order', async () => {
    const room = `outage${++rooms}`;
    const alice = seatIn(room, 'alice');
    const bob = seatIn(room, 'bob');
    await alice.session.seat.ready();
    alice.session.declare('checkout failing', 'SEV2');
    await until(() => bob.session.state.declared, 'bob to join');
    alice.session.record({ type: 'incident/acknowledged' });
    await allHave([alice, bob], 2);

    await nats.stop('SIGKILL');
    await until(
      () => !alice.session.seat.link().connected && !bob.session.seat.link().connected,
      'both to see the hub gone',
    );
    const during = [];
    for (let i = 0; i < 10; i += 1) {
      during.push(alice.session.record({ type: 'note/added', text: `alice offline ${i}` }));
      during.push(bob.session.record({ type: 'note/added', text: `bob offline ${i}` }));
    }
    expect(alice.session.seat.link()).toMatchObject({ connected: false, unshared: 10 });
    expect(alice.session.seat.link().detail).toMatch(/unreachable/);
    expect(during.filter((e) => e.by === 'alice').every((e) => !alice.session.seat.isShared(e.id))).toBe(
      true,
    );
    // Each seat shows its own actions at once, before the others have them.
    expect(alice.session.events).toHaveLength(12);

    await nats.start();
    await allHave([alice, bob], 22, 'every offline action on both seats');
    await until(
      () => alice.session.seat.link().unshared + bob.session.seat.link().unshared === 0,
      'all shared',
    );
    expectSameIncident([alice, bob], 22);
    const late = seatIn(room, 'late');
    await until(() => late.session.events.length === 22, 'a late joiner to read all 22 from the stream');
    expectSameIncident([alice, bob, late], 22);
  }, 60_000);

  it('an incident resolved offline, then a new one declared offline: both are shared when the hub is back', async () => {
    const room = `twice${++rooms}`;
    const alice = seatIn(room, 'alice');
    const bob = seatIn(room, 'bob');
    await alice.session.seat.ready();
    alice.session.declare('first', 'SEV3');
    const first = alice.session.state.id;
    await until(() => bob.session.state.id === first, 'bob in the first incident');

    await nats.stop('SIGKILL');
    await until(() => !alice.session.seat.link().connected, 'alice to see the hub gone');
    alice.session.record({ type: 'incident/resolved', override: 'fixed by the rollback' });
    alice.session.record({ type: 'incident/closed' });
    alice.session.declare('second', 'SEV2');
    const second = alice.session.state.id;
    expect(second).not.toBe(first);
    expect(alice.session.seat.link().unshared).toBe(3);

    await nats.start();
    await until(() => alice.session.seat.link().unshared === 0, 'all three shared');
    await until(() => bob.session.state.id === second, 'bob to join the second incident');
    expectSameIncident([alice, bob], 1);
    const late = seatIn(room, 'late');
    await late.session.seat.ready();
    late.session.resume(first);
    await until(() => late.session.events.length === 3, 'the first incident whole from the stream');
    expect(late.session.state).toMatchObject({
      status: 'resolved',
      resolveOverride: 'fixed by the rollback',
    });
    expect(late.session.state.closedAt).not.toBeNull();
  }, 60_000);

  it('a seat killed with -9 while the hub was down publishes what it journalled when it comes back; 0 lost, 0 twice', async () => {
    const room = `kill${++rooms}`;
    const bob = seatIn(room, 'bob');
    await bob.session.seat.ready();
    const dir = mkdtempSync(join(tmpdir(), 'warroom-child-'));
    const first = await child([dir, nats.url, room, 'kim', 'declare', '0'], (l) => l.includes('shared'));
    const incident = first.lines[0]?.replace('incident ', '') ?? '';
    await until(() => bob.session.state.id === incident, 'bob to join kim’s incident');

    await nats.stop('SIGKILL');
    const second = await child(
      [dir, nats.url, room, 'kim', incident, '15'],
      (l) => l.filter((x) => x.startsWith('id ')).length === 15,
    );
    second.proc.kill('SIGKILL');
    const journalled = second.lines.filter((l) => l.startsWith('id ')).map((l) => l.slice(3));
    expect(journalled).toHaveLength(15);

    await nats.start();
    await child([dir, nats.url, room, 'kim', incident, '0'], (l) => l.includes('shared'));
    await allHave([bob], 16, 'bob to have the declaration and all 15 notes');
    const ids = bob.session.events.map((e) => e.id);
    expect(new Set(ids).size).toBe(16);
    expect(journalled.every((id) => ids.includes(id))).toBe(true);
    const kimJournal = readJournal(join(dir, `${incident}.jsonl`));
    expect(kimJournal.events.map((e) => e.id)).toEqual(ids);
  }, 90_000);
});
