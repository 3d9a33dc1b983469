/**
 * The outbox as the panel shows it, and the timeline as one line per delivery outcome: against a
 * real receiver on 127.0.0.1 that answers 500, and against journals written before `parked`.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { outboxRows } from '../../src/actions/delivery/outbox-rows.js';
import { dropPending, postUpdate, type ResolvedTarget, retryNow, startOutboxRetry } from '../../src/actions/index.js';
import type { IncidentEvent } from '../../src/incident/events.js';
import { catchUp } from '../../src/incident/catch-up.js';
import { summarize, timeline } from '../../src/incident/timeline.js';
import { declaredSession, profile, type Reply, startServer } from './helpers.js';

type Server = Awaited<ReturnType<typeof startServer>>;
const servers: Server[] = [];
const stops: (() => void)[] = [];
afterEach(async () => {
  for (const stop of stops.splice(0)) stop();
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
async function server(...script: Reply[]): Promise<Server> {
  const s = await startServer(script);
  servers.push(s);
  return s;
}
const SHORT = { timeoutMs: 1000, retries: 0, backoffMs: 10 } as const;
const hook = (s: Server, id: string): ResolvedTarget => ({ id, kind: 'webhook', url: `${s.url}/${id}` });
const deliveryLines = (events: readonly IncidentEvent[]) =>
  timeline(events)
    .filter((e) => e.type === 'update/delivered')
    .map((e) => e.summary);

describe('a post to a receiver that answers 500', () => {
  it('retries, parks after three sends, and leaves one timeline line per outcome', async () => {
    const good = await server({ status: 200 });
    const bad = await server({ status: 500, body: 'upstream down' });
    const t = declaredSession();
    const targets = [hook(good, 'slack'), hook(bad, 'ops-hook')];
    const ctx = { dataDir: t.dir, http: SHORT, targets };
    await postUpdate(t.session, { text: 'Checkout degraded\nmore', targets }, ctx);

    let rows = outboxRows(t.session.events, { nextPassAt: Date.UTC(2026, 10, 22, 14, 5, 5) });
    expect(rows.map((r) => [r.target, r.state, r.attempts])).toEqual([
      ['ops-hook', 'retrying', 1],
      ['slack', 'delivered', 1],
    ]);
    expect(rows[0]).toMatchObject({ nextTryAt: Date.UTC(2026, 10, 22, 14, 5, 5), text: 'Checkout degraded' });
    expect(rows[0]?.lastError).toMatch(/HTTP 500/);

    await new Promise<void>((resolve) => {
      stops.push(startOutboxRetry(t.session, ctx, { baseMs: 5, capMs: 20, onIdle: resolve }));
    });
    expect(bad.received).toHaveLength(3);
    rows = outboxRows(t.session.events);
    expect(rows[0]).toMatchObject({ target: 'ops-hook', state: 'failed', attempts: 3 });
    const tries = t.session.events.flatMap((e) => (e.type === 'update/delivered' && !e.delivery.ok ? [e.delivery] : []));
    expect(tries.map((d) => [d.attempt, d.parked])).toEqual([
      [1, false],
      [2, false],
      [3, true],
    ]);
    // One line for slack's outcome and one for ops-hook's, not one per try.
    const lines = deliveryLines(t.session.events);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('Update delivered to slack');
    expect(lines[1]).toMatch(/^Delivery to ops-hook failed after 3 attempts: .*HTTP 500.*; waiting in the outbox \(m\)$/);
    expect(timeline(t.session.events).find((e) => e.summary.includes('ops-hook failed'))?.failed).toBe(true);
    const digest = catchUp(t.session.events, profile).flatMap((g) => g.lines);
    expect(digest.filter((l) => l.includes('ops-hook') && !l.includes('posted'))).toHaveLength(1);

    // A person retries it now and the receiver is back: delivered after 4 attempts.
    bad.setScript([{ status: 200 }]);
    const update = rows[0]?.update ?? '';
    expect(await retryNow(t.session, ctx, update, 'ops-hook')).toMatchObject({ ok: true, attempt: 4 });
    expect(outboxRows(t.session.events)[0]).toMatchObject({ target: 'ops-hook', state: 'delivered', attempts: 4 });
    expect(deliveryLines(t.session.events).at(-1)).toBe('Update delivered to ops-hook after 4 attempts');
  });

  it('counts whole sends in TRIES and leaves the HTTP layer\'s own "(N attempts)" out of the last error', async () => {
    const bad = await server({ status: 500 });
    const t = declaredSession();
    const targets = [hook(bad, 'ops-hook')];
    // One send, which the HTTP layer itself tries three times.
    await postUpdate(t.session, { text: 'Checkout degraded', targets }, { dataDir: t.dir, http: { ...SHORT, retries: 2 } });
    expect(bad.received).toHaveLength(3);
    const journalled = t.session.events.find((e) => e.type === 'update/delivered');
    expect(journalled?.type === 'update/delivered' && journalled.delivery.detail).toMatch(/\(3 attempts\)$/);
    const [row] = outboxRows(t.session.events);
    expect(row).toMatchObject({ target: 'ops-hook', attempts: 1 });
    expect(row?.lastError).toMatch(/^HTTP 500/);
    expect(row?.lastError).not.toContain('attempts');
    // The timeline's wording of the same try counts sends only, too.
    expect(journalled && summarize(journalled)).toBe('Delivery to ops-hook failed (attempt 1, retrying): HTTP 500 Internal Server Error');
  });

  it('drops a parked delivery on a person\'s word, and says who', async () => {
    const bad = await server({ status: 400, body: 'bad payload' });
    const t = declaredSession();
    const targets = [hook(bad, 'ops-hook')];
    await postUpdate(t.session, { text: 'one', targets }, { dataDir: t.dir, http: SHORT });
    expect(outboxRows(t.session.events)[0]).toMatchObject({ state: 'failed', attempts: 1 });
    expect(deliveryLines(t.session.events)).toEqual([
      expect.stringMatching(/^Delivery to ops-hook refused: .*400.*; waiting in the outbox \(m\)$/),
    ]);
    dropPending(t.session, outboxRows(t.session.events)[0]?.update ?? '', 'ops-hook');
    expect(outboxRows(t.session.events)[0]).toMatchObject({ state: 'dropped', droppedBy: 'dana' });
    expect(deliveryLines(t.session.events).at(-1)).toBe('Delivery to ops-hook dropped by dana');
    expect(readFileSync(t.journal, 'utf8')).toContain('"outcome":"dropped"');
  });
});

describe('journals written before attempts were numbered', () => {
  const at = Date.UTC(2026, 10, 22, 14, 0, 0);
  const base = { at, by: 'dana' };
  const posted: IncidentEvent = { ...base, id: 'u1', type: 'update/posted', text: 'x', targets: ['hook', 'slack'], deliveries: [] };
  const fail = (id: string, outcome: 'failed' | 'unknown'): IncidentEvent => ({
    ...base,
    id,
    type: 'update/delivered',
    update: 'u1',
    delivery: { target: 'hook', ok: false, outcome, detail: `HTTP 503 \u001b[31m${id}` },
  });

  it('reads three old failures as one parked outcome, by counting', () => {
    const events = [posted, fail('a', 'failed'), fail('b', 'failed'), fail('c', 'failed')];
    expect(deliveryLines(events)).toEqual([
      expect.stringMatching(/^Delivery to hook failed after 3 attempts: HTTP 503/),
    ]);
    const [hookRow, slackRow] = outboxRows(events);
    expect(hookRow).toMatchObject({ state: 'failed', attempts: 3 });
    // Control characters from a receiver never reach the screen as such.
    expect(hookRow?.lastError).not.toContain('\u001b');
    expect(slackRow).toMatchObject({ target: 'slack', state: 'queued', attempts: 0 });
  });

  it('calls a parked unknown outcome unknown, and shows a retry in flight as sending', () => {
    const events = [posted, fail('a', 'unknown'), fail('b', 'unknown'), fail('c', 'unknown')];
    expect(outboxRows(events)[0]?.state).toBe('unknown-parked');
    expect(deliveryLines(events)[0]).toMatch(/^Delivery to hook outcome unknown after 3 attempts/);
    const rows = outboxRows([posted, fail('a', 'failed')], { sending: (_u, target) => target === 'hook' });
    expect(rows[0]?.state).toBe('sending');
  });
});
