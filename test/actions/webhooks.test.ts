import { afterEach, describe, expect, it } from 'vitest';
import { fireWebhook, needsConfirmation, prepareWebhook } from '../../src/actions/index.js';
import { BUILT_IN_PROFILES } from '../../src/incident/profiles/index.js';
import { declaredSession, FAST, profile, startServer } from './helpers.js';

const statusPage = profile.webhooks.find((w) => w.id === 'status-page')!;
const notify = profile.webhooks.find((w) => w.id === 'incident-notify')!;
const servers: Awaited<ReturnType<typeof startServer>>[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

describe('profile webhooks', () => {
  it('asks every webhook for at least a y/n, and a flagged one for its id typed back', () => {
    expect(needsConfirmation(notify)).toEqual({ kind: 'yes-no' });
    expect(needsConfirmation(statusPage)).toEqual({ kind: 'type-back', expect: 'status-page' });
    const longForm = BUILT_IN_PROFILES['long-form-sev']!.webhooks;
    const kinds = Object.fromEntries(longForm.map((w) => [w.id, needsConfirmation(w).kind]));
    expect(kinds).toMatchObject({
      'service-restart': 'type-back',
      'cache-purge': 'type-back',
      'dns-flush': 'yes-no',
    });
  });

  it('shows where it goes by name, never the URL, and fills the body with JSON-escaped values', () => {
    const config = { webhooks: { 'statusPage.url': 'https://status.example.com/api/secret-key-123456' } };
    const prepared = prepareWebhook(
      statusPage,
      { status: 'identified', text: 'a "quoted"\nline' },
      config,
      {},
    );
    expect(prepared.display).toBe('POST config statusPage.url');
    expect(JSON.parse(prepared.body!)).toEqual({ status: 'identified', message: 'a "quoted"\nline' });
    expect(JSON.stringify(prepared)).not.toContain('secret-key');
    expect(prepareWebhook(notify, { text: 'x' }, {}, {}).problem).toBe(
      '$WARROOM_INCIDENT_NOTIFY_URL is not set',
    );
  });

  it('sends nothing and records nothing until the id is typed back', async () => {
    const s = await startServer([{ status: 200 }]);
    servers.push(s);
    const t = declaredSession();
    const config = { webhooks: { 'statusPage.url': `${s.url}/status` } };
    const base = { values: { status: 'identified', text: 'hi' }, config, env: {}, http: FAST };
    await expect(fireWebhook(t.session, statusPage, { ...base, confirmed: { yes: true } })).rejects.toThrow(
      'type "status-page" to confirm; nothing was sent',
    );
    expect(s.received).toHaveLength(0);
    expect(t.session.events.some((e) => e.type === 'webhook/fired')).toBe(false);

    const result = await fireWebhook(t.session, statusPage, { ...base, confirmed: { typed: 'status-page' } });
    expect(result).toEqual({ ok: true, dryRun: false, httpStatus: 200, detail: 'HTTP 200' });
    expect(s.received.map((r) => [r.method, r.url, JSON.parse(r.body)])).toEqual([
      ['POST', '/status', { status: 'identified', message: 'hi' }],
    ]);
    expect(t.session.events.at(-1)).toMatchObject({
      type: 'webhook/fired',
      webhook: 'status-page',
      confirmedBy: 'dana',
      httpStatus: 200,
      ok: true,
      dryRun: false,
    });
  });

  it('refuses to fire with placeholders unfilled', async () => {
    const t = declaredSession();
    const config = { webhooks: { 'statusPage.url': 'http://127.0.0.1:9/x' } };
    await expect(
      fireWebhook(t.session, statusPage, {
        values: { status: 'identified' },
        config,
        env: {},
        confirmed: { typed: 'status-page' },
      }),
    ).rejects.toThrow('fill in {text} first; nothing was sent');
  });

  it('in a drill only pretends, and the timeline says it was a dry run', async () => {
    const s = await startServer([{ status: 200 }]);
    servers.push(s);
    const t = declaredSession({ drill: true });
    const result = await fireWebhook(t.session, notify, {
      values: { text: 'drill' },
      config: {},
      env: { WARROOM_INCIDENT_NOTIFY_URL: `${s.url}/n` },
      confirmed: { yes: true },
      dryRun: false,
    });
    expect(result).toEqual({
      ok: true,
      dryRun: true,
      detail: 'dry run: would POST $WARROOM_INCIDENT_NOTIFY_URL',
    });
    expect(s.received).toHaveLength(0);
    expect(t.session.events.at(-1)).toMatchObject({ type: 'webhook/fired', dryRun: true });
  });
});
