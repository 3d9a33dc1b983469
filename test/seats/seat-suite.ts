/**
 * One suite for every way seats share an incident (STYLE #11): a shared data dir, a NATS hub.
 * Every test counts events: none lost, none twice, the same fold on every seat.
 */
import { afterEach, expect, it } from 'vitest';
import { IncidentSession, type SessionNotice } from '../../src/app/incident-session.js';
import type { Profile } from '../../src/incident/profile-schema.js';
import { BUILT_IN_PROFILES } from '../../src/incident/profiles/index.js';
import { fold } from '../../src/incident/reducer.js';
import type { Seat } from '../../src/seats/seat.js';

/** The profile seats use in these tests. */
export const profile: Profile = BUILT_IN_PROFILES['sre-sev3']!;

/** Where seats of one room are made. */
export type Room = {
  /** A seat for `name`, and the data dir its session journals into. */
  seat(name: string, options?: { readOnly?: boolean }): { seat: Seat; dir: string };
};

/** A session at a seat, with the notices it was given. */
export type TestSeat = { session: IncidentSession; notices: SessionNotice[]; name: string };

/** Polls `check` until it holds, up to `timeoutMs` (a loaded CI machine gets generous deadlines). */
export async function until(check: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Every seat has exactly `count` events, each once, in the same order, folding to the same incident. */
export function expectSameIncident(seats: readonly TestSeat[], count: number): void {
  const [first, ...rest] = seats;
  if (!first) return;
  const ids = first.session.events.map((e) => e.id);
  expect(ids).toHaveLength(count);
  expect(new Set(ids).size).toBe(count);
  for (const s of rest)
    expect(
      s.session.events.map((e) => e.id),
      `${s.name}'s events`,
    ).toEqual(ids);
  const state = JSON.stringify(fold(first.session.events));
  for (const s of seats) expect(JSON.stringify(s.session.state), `${s.name}'s fold`).toBe(state);
}

/** Waits until every seat holds `count` events. */
export function allHave(seats: readonly TestSeat[], count: number, what = `${count} events on every seat`) {
  return until(() => seats.every((s) => s.session.events.length === count), what);
}

/** Registers the shared tests; `makeRoom` is called once per test. */
export function seatSuite(makeRoom: () => Promise<Room>): void {
  let open: TestSeat[] = [];
  afterEach(async () => {
    await Promise.all(open.map((s) => s.session.close()));
    open = [];
  });

  const join = (room: Room, name: string, readOnly = false, clock: () => number = Date.now): TestSeat => {
    const { seat, dir } = room.seat(name, { readOnly });
    const notices: SessionNotice[] = [];
    const session = new IncidentSession({ dir, profile, user: () => name, clock, seat, readOnly });
    session.onNotice((n) => notices.push(n));
    const s = { session, notices, name };
    open.push(s);
    return s;
  };

  it('two seats work one incident both ways: a declaration reaches the idle seat, notes flow both ways', async () => {
    const room = await makeRoom();
    const alice = join(room, 'alice');
    const bob = join(room, 'bob');
    alice.session.declare('checkout failing', 'SEV2');
    await until(() => bob.session.state.id === alice.session.state.id, 'bob to join the incident');
    expect(bob.notices.map((n) => n.text)).toContain(
      `alice declared ${alice.session.state.id}; this seat joined it`,
    );
    for (let i = 0; i < 20; i += 1) {
      alice.session.record({ type: 'note/added', text: `alice ${i}` });
      bob.session.record({ type: 'note/added', text: `bob ${i}` });
    }
    await allHave([alice, bob], 41);
    expectSameIncident([alice, bob], 41);
  });

  it('three seats: every action from each reaches the other two, in one order', async () => {
    const room = await makeRoom();
    const seats = ['ana', 'ben', 'cy'].map((n) => join(room, n));
    const [ana, ben, cy] = seats as [TestSeat, TestSeat, TestSeat];
    ana.session.declare('db latency', 'SEV3');
    await until(() => seats.every((s) => s.session.state.declared), 'all three in the incident');
    ben.session.record({ type: 'role/assigned', role: 'commander', who: 'ben' });
    cy.session.record({ type: 'status/changed', to: 'identified' });
    ana.session.record({ type: 'note/added', text: 'replica lag' });
    await allHave(seats, 4);
    expectSameIncident(seats, 4);
    expect(cy.session.state.roles.commander?.who).toBe('ben');
    expect(ana.session.state.status).toBe('identified');
  });

  it('a declaration while another seat has one open joins it, and says so', async () => {
    const room = await makeRoom();
    const alice = join(room, 'alice');
    alice.session.declare('checkout failing', 'SEV2');
    await until(() => alice.session.seat.link().unshared === 0, 'the declaration to be shared');
    const bob = join(room, 'bob');
    await bob.session.seat.ready();
    // A hub seat that caught up has joined already; declaring then says it is open.
    const result = bob.session.state.declared
      ? { joined: bob.session.state.id }
      : bob.session.declare('checkout again', 'SEV1');
    expect(result.joined).toBe(alice.session.state.id);
    await allHave([alice, bob], 1);
    expectSameIncident([alice, bob], 1);
    expect(bob.session.state.severity).toBe('SEV2');
  });

  it('two seats declaring at the same moment end up in one incident, the same on both', async () => {
    const room = await makeRoom();
    const at = Date.now();
    const alice = join(room, 'alice', false, () => at);
    const bob = join(room, 'bob', false, () => at);
    await Promise.all([alice.session.seat.ready(), bob.session.seat.ready()]);
    alice.session.declare('checkout failing', 'SEV2');
    bob.session.declare('payments failing', 'SEV1');
    await until(
      () =>
        alice.session.state.id === bob.session.state.id &&
        alice.session.events.length === bob.session.events.length,
      'one incident on both seats',
    );
    await until(
      () => alice.session.seat.link().unshared + bob.session.seat.link().unshared === 0,
      'all shared',
    );
    const count = alice.session.events.length;
    expectSameIncident([alice, bob], count);
    // On a data dir the second declaration finds the first and joins; on a hub both are in the stream and the second changes nothing.
    expect(alice.session.events.filter((e) => !alice.session.lost.has(e.id))).toHaveLength(1);
  });

  it('conflicting actions resolve the same way on every seat, and the loser is told who won', async () => {
    const room = await makeRoom();
    const alice = join(room, 'alice');
    const bob = join(room, 'bob');
    alice.session.declare('checkout failing', 'SEV3');
    await until(() => bob.session.state.declared, 'bob to join');
    // Both act before hearing of the other: two acks, two ticks of one item, two severity changes.
    for (const s of [alice, bob]) {
      s.session.record({ type: 'incident/acknowledged' });
      s.session.record({ type: 'checklist/ticked', checklist: 'triage', item: 'scope' });
      s.session.record({
        type: 'severity/changed',
        from: 'SEV3',
        to: s === alice ? 'SEV2' : 'SEV1',
        reason: 'worse',
      });
    }
    await allHave([alice, bob], 7);
    expectSameIncident([alice, bob], 7);
    // Each conflict has one winner on every seat (not necessarily the same person for all three).
    const state = alice.session.state;
    const ackWinner = state.acknowledgedBy;
    const tickWinner = state.ticks['triage/scope']?.by;
    const sevWinner = state.severity === 'SEV2' ? 'alice' : 'bob';
    expect(state.severity).toMatch(/^SEV[12]$/);
    const errors = (s: TestSeat) => s.notices.filter((n) => n.error).map((n) => n.text);
    await until(() => errors(alice).length + errors(bob).length === 3, 'one notice per lost race');
    const loserOf = (winner: string | null | undefined) => (winner === 'alice' ? bob : alice);
    expect(errors(loserOf(ackWinner))).toContainEqual(
      expect.stringMatching(new RegExp(`^not applied: ${ackWinner} acknowledged it \\d+s ago$`)),
    );
    expect(errors(loserOf(tickWinner))).toContainEqual(
      expect.stringMatching(new RegExp(`^not applied: ${tickWinner} ticked it \\d+s ago$`)),
    );
    expect(errors(loserOf(sevWinner))).toContainEqual(
      expect.stringMatching(new RegExp(`^not applied: ${sevWinner} changed severity to ${state.severity}`)),
    );
    expect([...alice.session.lost.keys()].sort()).toEqual([...bob.session.lost.keys()].sort());
  });

  it('a breached clock both seats write is one breach, with no message to either', async () => {
    const room = await makeRoom();
    const alice = join(room, 'alice');
    const bob = join(room, 'bob');
    alice.session.declare('checkout failing', 'SEV2');
    await until(() => bob.session.state.declared, 'bob to join');
    const late = Date.now() + 6 * 60_000;
    const written = alice.session.recordBreaches(late) + bob.session.recordBreaches(late);
    expect(written).toBeGreaterThan(1);
    await allHave([alice, bob], 1 + written);
    expectSameIncident([alice, bob], 1 + written);
    expect(Object.keys(alice.session.state.breaches)).toHaveLength(written / 2);
    expect(alice.session.lost.size).toBe(written / 2);
    expect([...alice.notices, ...bob.notices].filter((n) => n.error)).toEqual([]);
  });

  it('a late joiner gets the whole incident', async () => {
    const room = await makeRoom();
    const alice = join(room, 'alice');
    alice.session.declare('checkout failing', 'SEV2');
    for (let i = 0; i < 30; i += 1) alice.session.record({ type: 'note/added', text: `n${i}` });
    const late = join(room, 'late');
    await late.session.seat.ready();
    // A hub seat joins the open incident by itself; on a data dir the dashboard offers it at start.
    if (!late.session.state.declared) late.session.resume(alice.session.state.id);
    await allHave([alice, late], 31);
    expectSameIncident([alice, late], 31);
  });

  it('a read-only seat shows everything and acts on nothing', async () => {
    const room = await makeRoom();
    const alice = join(room, 'alice');
    const wall = join(room, 'wall', true);
    alice.session.declare('checkout failing', 'SEV2');
    alice.session.record({ type: 'note/added', text: 'on the wall too' });
    await until(() => wall.session.events.length === 2, 'the wall to show both events');
    expect(() => wall.session.record({ type: 'note/added', text: 'nope' })).toThrow('read-only seat');
    expect(() => wall.session.declare('nope', 'SEV1')).toThrow('read-only seat');
    expect(wall.session.recordBreaches(Date.now() + 86_400_000)).toBe(0);
    expectSameIncident([alice, wall], 2);
    await until(
      () => alice.session.seat.peers().some((p) => p.name === 'wall' && p.readOnly),
      'alice to see the read-only wall seat',
    );
    await until(() => wall.session.seat.peers().length === 2, 'the wall to see alice');
    expect(
      wall.session.seat
        .peers()
        .map((p) => p.name)
        .sort(),
    ).toEqual(['alice', 'wall']);
  });
}
