import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import {
  fireWebhook,
  postUpdate,
  recordCommand,
  redact,
  resolveTargets,
  runCommand,
  secretsFromEnv,
  webhookEnvNames,
} from '../../src/actions/index.js';
import type { Config } from '../../src/config.js';
import { closedPort, declaredSession, FAST, profile, startServer } from './helpers.js';

const TOKEN = 'tok-9f8e7d6c5b4a';
const servers: Awaited<ReturnType<typeof startServer>>[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

describe('secrets', () => {
  it('lists every configured token and URL so they can be scrubbed', () => {
    const config: Config = {
      feedToken: 'feed-token-abcdef',
      webhooks: { 'statusPage.url': 'https://status.example.com/hooks/T01/B02/abcdefgh12345678' },
      targets: [{ id: 'slack', kind: 'slack', urlEnv: 'OPS_SLACK' }],
    };
    const env = {
      OPS_SLACK: 'https://hooks.slack.com/services/T1/B2/zzzzzzzzzz',
      WARROOM_API_TOKEN: TOKEN,
      HOME: '/home/x',
    };
    const secrets = secretsFromEnv(config, env);
    for (const s of [
      'feed-token-abcdef',
      TOKEN,
      env.OPS_SLACK,
      config.webhooks!['statusPage.url']!,
      '/services/T1/B2/zzzzzzzzzz',
    ])
      expect(secrets).toContain(s);
    expect(secrets).not.toContain('/home/x');
    const viaProfile = secretsFromEnv(
      {},
      { NOTIFY_HOOK: 'https://n.example.com/x/abcdef123456' },
      webhookEnvNames([
        { id: 'n', label: 'N', method: 'POST', url: { env: 'NOTIFY_HOOK' }, requiresConfirmation: false },
      ]),
    );
    expect(viaProfile).toContain('https://n.example.com/x/abcdef123456');
    expect(redact(`curl ${env.OPS_SLACK} -H "x: ${TOKEN}"`, secrets)).toBe(
      'curl ‹redacted› -H "x: ‹redacted›"',
    );
  });

  it('never puts a token or a webhook URL in a delivery detail, an event or an error message', async () => {
    const s = await startServer([{ status: 400, body: 'bad request for /hooks/secret-path-0123456789' }]);
    servers.push(s);
    const refused = await closedPort();
    const hookUrl = `${s.url}/hooks/secret-path-0123456789?token=${TOKEN}`;
    const env = {
      WARROOM_OPS_WEBHOOK_URL: hookUrl,
      WARROOM_DOWN_URL: `http://127.0.0.1:${refused}/hooks/down-path-0123456789`,
      WARROOM_BAD_URL: `http://exa mple/${TOKEN}`,
      WARROOM_INCIDENT_NOTIFY_URL: hookUrl,
      WARROOM_API_TOKEN: TOKEN,
    };
    const config: Config = {
      targets: [
        { id: 'ops', kind: 'webhook', urlEnv: 'WARROOM_OPS_WEBHOOK_URL' },
        { id: 'down', kind: 'slack', urlEnv: 'WARROOM_DOWN_URL' },
        { id: 'bad', kind: 'slack', urlEnv: 'WARROOM_BAD_URL' },
      ],
    };
    const secrets = secretsFromEnv(config, env);
    const t = declaredSession();
    const result = await postUpdate(
      t.session,
      { text: 'status', targets: resolveTargets(config, env) },
      { dataDir: t.dir, http: FAST, secrets },
    );
    expect(result.deliveries.map((d) => d.detail)).toEqual([
      'HTTP 400 Bad Request',
      'connection refused (3 attempts)',
      'the configured URL is not a valid URL',
    ]);
    const notify = profile.webhooks.find((w) => w.id === 'incident-notify')!;
    const fired = await fireWebhook(t.session, notify, {
      values: { text: 'x' },
      config,
      env,
      confirmed: { yes: true },
      http: FAST,
      secrets,
    });
    const run = await runCommand(['curl-warroom-missing', `-H`, `Authorization: Bearer ${TOKEN}`], {
      dryRun: false,
    });
    recordCommand(t.session, {
      command: 'api',
      argv: ['curl', '-H', `Authorization: Bearer ${TOKEN}`, hookUrl],
      result: run,
      secrets,
    });
    const journal = readFileSync(t.journal, 'utf8');
    const shown = [journal, JSON.stringify(result), JSON.stringify(fired), run.detail];
    for (const text of shown) {
      for (const secret of [TOKEN, 'secret-path-0123456789', 'down-path-0123456789', hookUrl])
        expect(text).not.toContain(secret);
    }
    expect(journal).toContain('Authorization: Bearer ‹redacted›');
  });
});
