/**
 * What a flaky receiver does to delivery, against real HTTP servers on 127.0.0.1: one that answers
 * after the timeout, one that says 400, 429 or 500. Nothing loops; a person decides what is parked.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import {
  dropPending,
  fireWebhook,
  pendingDeliveries,
  postUpdate,
  type ResolvedTarget,
  retryNow,
  startOutboxRetry,
} from '../../src/actions/index.js';
import { declaredSession, profile, type Reply, startServer } from './helpers.js';

type Server = Awaited<ReturnType<typeof startServer>>;
const servers: Server[] = [];
async function server(...script: Reply[]): Promise<Server> {
  const s = await startServer(script);
  servers.push(s);
  return s;
}
const stops: (() => void)[] = [];
afterEach(async () => {
  for (const stop of stops.splice(0)) stop();
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** A timeout short enough for tests, and a reply later than it (generous for a loaded machine). */
const SHORT = { timeoutMs: 1000, retries: 2, backoffMs: 10 } as const;
const LATE: Reply = { status: 200, delayMs: 8000 };

/** Waits until the receiver has seen `n` requests (it counts a request once its body is in). */
async function received(s: Server, n: number): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (s.received.length < n && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
  expect(s.received).toHaveLength(n);
}
const hook = (s: Server, id = 'ops-hook'): ResolvedTarget => ({ id, kind: 'webhook', url: `${s.url}/hook` });

/** Runs the background retry until it has nothing left it may retry on its own. */
function retryUntilIdle(t: ReturnType<typeof declaredSession>, targets: ResolvedTarget[], maxAttempts = 3) {
  return new Promise<void>((resolve) => {
    stops.push(
      startOutboxRetry(
        t.session,
        { dataDir: t.dir, targets, http: SHORT },
        { baseMs: 5, capMs: 20, maxAttempts, onIdle: resolve },
      ),
    );
  });
}

describe('delivery against a flaky receiver', () => {
  it('calls a post that timed out "unknown", retries it a bounded number of times, then parks it for a person', async () => {
    const s = await server(LATE);
    const t = declaredSession();
    const result = await postUpdate(
      t.session,
      { text: 'slow one', targets: [hook(s)] },
      { dataDir: t.dir, http: SHORT },
    );
    expect(result.deliveries[0]).toMatchObject({ ok: false, outcome: 'unknown' });
    expect(result.deliveries[0]?.detail).toMatch(/^outcome unknown: timed out after 1 s/);
    expect(result.summary).not.toContain('failed');
    await received(s, 1);

    await retryUntilIdle(t, [hook(s)], 3);
    await received(s, 3);
    const [parked] = pendingDeliveries(t.session);
    expect(parked).toMatchObject({ target: 'ops-hook', attempts: 3, needsPerson: true });
    // Every copy carries the same update id, so the receiver can drop duplicates.
    const ids = new Set(s.received.map((r) => (JSON.parse(r.body) as { update: { id: string } }).update.id));
    expect(ids.size).toBe(1);
    expect(new Set(s.received.map((r) => r.headers['idempotency-key']))).toEqual(ids);
  });

  it('takes a 400 as final: sent once, never retried, parked with the reason', async () => {
    const s = await server({ status: 400 });
    const t = declaredSession();
    const result = await postUpdate(
      t.session,
      { text: 'bad', targets: [hook(s)] },
      { dataDir: t.dir, http: SHORT },
    );
    expect(result.deliveries[0]).toMatchObject({
      ok: false,
      outcome: 'rejected',
      detail: 'HTTP 400 Bad Request',
    });
    await retryUntilIdle(t, [hook(s)]);
    expect(s.received).toHaveLength(1);
    expect(pendingDeliveries(t.session)[0]).toMatchObject({ attempts: 1, needsPerson: true });
  });

  it('retries a 429 and a 500, and delivers when the receiver recovers', async () => {
    const s = await server({ status: 429 }, { status: 500 }, { status: 200 });
    const t = declaredSession();
    const result = await postUpdate(
      t.session,
      { text: 'busy', targets: [hook(s)] },
      { dataDir: t.dir, http: SHORT },
    );
    expect(result.deliveries[0]).toMatchObject({ ok: true, detail: 'HTTP 200 after 3 attempts' });
    expect(s.received).toHaveLength(3);
  });

  it('stops retrying a receiver that keeps answering 500 and waits for a person', async () => {
    const s = await server({ status: 500 });
    const t = declaredSession();
    await postUpdate(
      t.session,
      { text: 'down', targets: [hook(s)] },
      { dataDir: t.dir, http: { ...SHORT, retries: 0 } },
    );
    await retryUntilIdle(t, [hook(s)], 2);
    // The post, then one automatic pass of three sends (ky's own retries), then nothing.
    expect(s.received).toHaveLength(4);
    expect(pendingDeliveries(t.session, 2)[0]).toMatchObject({
      needsPerson: true,
      last: { outcome: 'failed' },
    });
  });

  it('lets a person retry a parked post now, or drop it, and journals both', async () => {
    const s = await server({ status: 400 });
    const t = declaredSession();
    const ctx = { dataDir: t.dir, http: SHORT, targets: [hook(s), hook(s, 'other')] };
    await postUpdate(t.session, { text: 'one', targets: ctx.targets }, ctx);
    const [a, b] = pendingDeliveries(t.session);
    s.setScript([{ status: 200 }]);
    const delivery = await retryNow(t.session, ctx, a!.update, a!.target);
    expect(delivery).toMatchObject({ ok: true });
    dropPending(t.session, b!.update, b!.target);
    expect(pendingDeliveries(t.session)).toEqual([]);
    const journal = readFileSync(t.journal, 'utf8');
    expect(journal).toContain('"outcome":"dropped"');
    expect(journal).toContain('dropped by dana');
  });

  it('never retries a destructive webhook whose outcome is unknown', async () => {
    const s = await server(LATE);
    const t = declaredSession();
    const statusPage = profile.webhooks.find((w) => w.id === 'status-page')!;
    const result = await fireWebhook(t.session, statusPage, {
      values: { status: 'identified', text: 'x' },
      config: { webhooks: { 'statusPage.url': `${s.url}/status` } },
      confirmed: { typed: 'status-page' },
      http: SHORT,
      env: {},
    });
    expect(result.ok).toBe(false);
    expect(result.detail).toMatch(/outcome unknown.*not retried/);
    await received(s, 1);
  });

  it('gives a Slack target an id to dedupe on', async () => {
    const s = await server({ status: 200 });
    const t = declaredSession();
    const slack: ResolvedTarget = { id: 'slack', kind: 'slack', url: `${s.url}/slack` };
    const result = await postUpdate(
      t.session,
      { text: 'hello', targets: [slack] },
      { dataDir: t.dir, http: SHORT },
    );
    const body = JSON.parse(s.received[0]!.body);
    expect(body.text).toBe('hello');
    expect(body.metadata.event_payload.update_id).toBe(result.update);
    expect(s.received[0]!.headers['idempotency-key']).toBe(result.update);
  });

  it('sends a URL with user:pass@ as a basic-auth header and never shows the password', async () => {
    const s = await server({ status: 200 });
    const t = declaredSession();
    const target: ResolvedTarget = {
      id: 'ops-hook',
      kind: 'webhook',
      url: `http://ops:pa%40ss-w0rd@127.0.0.1:${s.port}/hook`,
    };
    const result = await postUpdate(
      t.session,
      { text: 'auth', targets: [target] },
      { dataDir: t.dir, http: SHORT },
    );
    expect(result.deliveries[0]).toMatchObject({ ok: true });
    expect(s.received[0]!.headers.authorization).toBe(
      `Basic ${Buffer.from('ops:pa@ss-w0rd').toString('base64')}`,
    );
    expect(s.received[0]!.url).toBe('/hook');
    const journal = readFileSync(t.journal, 'utf8');
    expect(journal).not.toContain('pa%40ss');
    expect(journal).not.toContain('pa@ss');
  });
});
