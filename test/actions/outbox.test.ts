import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { outboxEntries, postUpdate, retryOutbox, startOutboxRetry } from '../../src/actions/index.js';
import { IncidentSession } from '../../src/app/incident-session.js';
import { declaredSession, FAST, profile, startServer, T0 } from './helpers.js';

const servers: Awaited<ReturnType<typeof startServer>>[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

describe('the outbox', () => {
  it('survives a restart: a resumed session lists the pending target and retryOutbox delivers it', async () => {
    const s = await startServer([{ status: 503 }]);
    servers.push(s);
    const target = { id: 'ops-hook', kind: 'webhook' as const, url: `${s.url}/hook` };
    const first = declaredSession();
    await postUpdate(
      first.session,
      { text: 'we rolled back', targets: [target] },
      { dataDir: first.dir, http: { ...FAST, retries: 0 } },
    );
    const updateId = first.session.state.updates[0]!.id;
    first.session.close();

    // Given a fresh process: a new session resumed from the same journal.
    const second = new IncidentSession({
      dir: first.dir,
      profile,
      user: () => 'lee',
      clock: () => T0 + 60_000,
    });
    second.resume(first.session.state.id, first.journal);
    expect(outboxEntries(second.state)).toEqual([
      { update: updateId, at: T0, text: 'we rolled back', pending: ['ops-hook'] },
    ]);

    s.setScript([{ status: 200 }]);
    const deliveries = await retryOutbox(second, { dataDir: first.dir, targets: [target], http: FAST });
    expect(deliveries).toEqual([{ target: 'ops-hook', ok: true, detail: 'HTTP 200', attempt: 2 }]);
    expect(outboxEntries(second.state)).toEqual([]);
    const sent = s.received.map((r) => JSON.parse(r.body) as { update: { id: string } });
    expect(sent.map((b) => b.update.id)).toEqual([updateId, updateId]);
    const journal = readFileSync(first.journal, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const delivered = journal.filter((e) => e.type === 'update/delivered');
    expect(delivered.map((e) => [e.update, (e.delivery as { ok: boolean }).ok])).toEqual([
      [updateId, false],
      [updateId, true],
    ]);
  });

  it('reports a pending target that is no longer configured instead of dropping it', async () => {
    const t = declaredSession();
    await postUpdate(
      t.session,
      { text: 'x', targets: [{ id: 'gone', kind: 'slack', problem: '$X is not set' }] },
      { dataDir: t.dir },
    );
    const deliveries = await retryOutbox(t.session, { dataDir: t.dir, targets: [] });
    expect(deliveries).toEqual([
      {
        target: 'gone',
        ok: false,
        detail: 'not sent: target "gone" is no longer configured',
        outcome: 'rejected',
        attempt: 2,
        parked: true,
      },
    ]);
    expect(outboxEntries(t.session.state)[0]?.pending).toEqual(['gone']);
  });

  it('retries in the background with backoff until the outbox is empty', async () => {
    const s = await startServer([{ status: 500 }, { status: 500 }, { status: 200 }]);
    servers.push(s);
    const target = { id: 'ops-hook', kind: 'webhook' as const, url: `${s.url}/hook` };
    const t = declaredSession();
    await postUpdate(
      t.session,
      { text: 'eventually', targets: [target] },
      { dataDir: t.dir, http: { ...FAST, retries: 0 } },
    );
    const emptied = new Promise<void>((resolve) => {
      const off = t.session.subscribe(() => {
        if (outboxEntries(t.session.state).length === 0) resolve(off() as unknown as undefined);
      });
    });
    const stop = startOutboxRetry(
      t.session,
      { dataDir: t.dir, targets: [target], http: { ...FAST, retries: 0 } },
      { baseMs: 5, capMs: 20 },
    );
    await emptied;
    stop();
    expect(s.received).toHaveLength(3);
  });
});
