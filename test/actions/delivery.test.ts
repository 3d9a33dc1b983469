import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { drillOutboxPath, postUpdate, type ResolvedTarget } from '../../src/actions/index.js';
import {
  closedPort,
  declaredSession,
  FAST,
  type startServer,
  startServer as start,
  tempDir,
} from './helpers.js';

type Server = Awaited<ReturnType<typeof startServer>>;
const servers: Server[] = [];
async function server(...script: Parameters<typeof start>[0]) {
  const s = await start(script);
  servers.push(s);
  return s;
}
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

const hook = (url: string, id = 'ops-hook'): ResolvedTarget => ({ id, kind: 'webhook', url: `${url}/hook` });

describe('posting a status update', () => {
  it('delivers once on 200, journals the update before the delivery, and clears the outbox', async () => {
    const s = await server({ status: 200 });
    const t = declaredSession();
    const result = await postUpdate(
      t.session,
      { template: 'update', text: 'all hands', targets: [hook(s.url)] },
      { dataDir: t.dir, http: FAST },
    );
    expect(s.received).toHaveLength(1);
    expect(result.deliveries).toEqual([{ target: 'ops-hook', ok: true, detail: 'HTTP 200', attempt: 1 }]);
    const types = t.session.events.map((e) => e.type);
    expect(types.slice(-2)).toEqual(['update/posted', 'update/delivered']);
    expect(t.session.state.updates[0]?.pending).toEqual([]);
    expect(t.session.state.lastUpdateAt).not.toBeNull();
  });

  it('sends the documented JSON payload to a generic webhook and {"text"} to a Slack one', async () => {
    const s = await server({ status: 200 });
    const t = declaredSession();
    await postUpdate(
      t.session,
      {
        template: 'update',
        text: 'db failover done',
        targets: [hook(s.url), { id: 'slack', kind: 'slack', url: `${s.url}/slack` }],
      },
      { dataDir: t.dir, http: FAST },
    );
    const byPath = Object.fromEntries(s.received.map((r) => [r.url, JSON.parse(r.body) as unknown]));
    expect(byPath['/slack']).toMatchObject({ text: 'db failover done' });
    expect(byPath['/hook']).toEqual({
      incident: {
        id: t.session.state.id,
        title: 'checkout failing',
        severity: 'SEV2',
        status: 'investigating',
      },
      update: { id: t.session.state.updates[0]?.id, template: 'update', text: 'db failover done', number: 1 },
      sent_at: '2026-11-22T14:05:00.000Z',
      drill: false,
    });
    expect(s.received[0]?.headers['content-type']).toBe('application/json');
  });

  it('retries a 500 and delivers exactly once when the server recovers', async () => {
    const s = await server({ status: 500 }, { status: 200 });
    const t = declaredSession();
    const result = await postUpdate(
      t.session,
      { text: 'retry me', targets: [hook(s.url)] },
      { dataDir: t.dir, http: FAST },
    );
    expect(s.received).toHaveLength(2);
    expect(result.deliveries[0]).toEqual({
      target: 'ops-hook',
      ok: true,
      detail: 'HTTP 200 after 2 attempts',
      attempt: 1,
    });
    expect(t.session.events.filter((e) => e.type === 'update/delivered')).toHaveLength(1);
  });

  it('does not retry a 400, shows its status, and keeps the target in the outbox', async () => {
    const s = await server({ status: 400 });
    const t = declaredSession();
    const result = await postUpdate(
      t.session,
      { text: 'bad', targets: [hook(s.url)] },
      { dataDir: t.dir, http: FAST },
    );
    expect(s.received).toHaveLength(1);
    expect(result.deliveries[0]).toEqual({
      target: 'ops-hook',
      ok: false,
      detail: 'HTTP 400 Bad Request',
      outcome: 'rejected',
      attempt: 1,
      parked: true,
    });
    expect(t.session.state.updates[0]?.pending).toEqual(['ops-hook']);
    expect(result.summary).toBe(
      'not delivered; ops-hook refused it (HTTP 400 Bad Request); kept in the outbox for a person to retry or drop (m)',
    );
  });

  it('gives up on a server that never answers at once, calling the outcome unknown, without resending', async () => {
    const s = await server('hang');
    const t = declaredSession();
    const http = { timeoutMs: 150, retries: 1, backoffMs: 10 };
    const result = await postUpdate(
      t.session,
      { text: 'slow', targets: [hook(s.url)] },
      { dataDir: t.dir, http },
    );
    expect(result.deliveries[0]?.detail).toBe('outcome unknown: timed out after 150 ms');
    expect(result.deliveries[0]?.outcome).toBe('unknown');
    expect(s.received).toHaveLength(1);
    expect(t.session.state.updates[0]?.pending).toEqual(['ops-hook']);
  });

  it('says "connection refused" when nothing listens', async () => {
    const port = await closedPort();
    const t = declaredSession();
    const result = await postUpdate(
      t.session,
      { text: 'nobody home', targets: [hook(`http://127.0.0.1:${port}`)] },
      { dataDir: t.dir, http: FAST },
    );
    expect(result.deliveries[0]).toEqual({
      target: 'ops-hook',
      ok: false,
      detail: 'connection refused (3 attempts)',
      outcome: 'failed',
      attempt: 1,
      parked: false,
    });
  });

  it('appends one JSON line per update to a file target', async () => {
    const t = declaredSession();
    const path = join(tempDir(), 'sub', 'updates.jsonl');
    await postUpdate(
      t.session,
      { text: 'one', targets: [{ id: 'log', kind: 'file', path }] },
      { dataDir: t.dir },
    );
    await postUpdate(
      t.session,
      { text: 'two', targets: [{ id: 'log', kind: 'file', path }] },
      { dataDir: t.dir },
    );
    const lines = readFileSync(path, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { update: { text: string; number: number } });
    expect(lines.map((l) => [l.update.text, l.update.number])).toEqual([
      ['one', 1],
      ['two', 2],
    ]);
  });

  it('in a drill writes only to the drill outbox and never touches the network', async () => {
    const s = await server({ status: 200 });
    const t = declaredSession({ drill: true });
    const result = await postUpdate(
      t.session,
      { text: 'drill update', targets: [hook(s.url)] },
      { dataDir: t.dir, http: FAST },
    );
    expect(s.received).toHaveLength(0);
    expect(result.drill).toBe(true);
    expect(result.summary).toBe('drill: written to the drill outbox only; nothing was sent');
    expect(result.deliveries[0]?.detail).toBe(
      'drill: written to the drill outbox only; not sent to ops-hook',
    );
    const line = JSON.parse(readFileSync(drillOutboxPath(t.dir), 'utf8').trim()) as {
      drill: boolean;
      would_go_to: string[];
    };
    expect(line.drill).toBe(true);
    expect(line.would_go_to).toEqual(['ops-hook']);
  });

  it('reports a target whose URL is not configured without sending anything', async () => {
    const t = declaredSession();
    const result = await postUpdate(
      t.session,
      { text: 'x', targets: [{ id: 'slack', kind: 'slack', problem: '$WARROOM_SLACK_URL is not set' }] },
      { dataDir: t.dir },
    );
    expect(result.deliveries[0]).toEqual({
      target: 'slack',
      ok: false,
      detail: 'not sent: $WARROOM_SLACK_URL is not set',
      outcome: 'rejected',
      attempt: 1,
      parked: true,
    });
    expect(t.session.state.updates[0]?.pending).toEqual(['slack']);
  });
});
