import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ActionsSession } from '../../src/app/actions-session.js';
import { IncidentSession } from '../../src/app/incident-session.js';
import type { FeedMessage } from '../../src/feeds/protocol.js';
import { MetricStore } from '../../src/feeds/store.js';
import { BUILT_IN_PROFILES } from '../../src/incident/profiles/index.js';
import { App } from '../../src/ui/App.js';
import { renderAt, type Screen } from '../helpers/render.js';

const T0 = Date.UTC(2026, 10, 22, 12, 0, 0);
const MIN = 60_000;
const profile = BUILT_IN_PROFILES['skill-p-levels']!;

/** Twelve calm minutes, a deploy to payments, then its errors climb: the bad-deploy signature. */
function badDeploy(): MetricStore {
  const store = new MetricStore({ now: () => T0 });
  const messages: FeedMessage[] = [];
  for (let m = 0; m <= 19; m += 1) {
    const ts = T0 - (19 - m) * MIN;
    for (const service of ['payments', 'orders', 'search']) {
      const bad = service === 'payments' && m >= 13;
      messages.push({ type: 'health', service, status: bad ? 'degraded' : 'up', ts });
      messages.push({ type: 'error-rate', service, ratio: bad ? 0.12 : 0.002, requests: 1000, ts });
      messages.push({ type: 'latency', service, p95: 120, ts, baseline_p95: 120 });
    }
    if (m === 12)
      messages.push({ type: 'deploy', service: 'payments', version: 'v2.3.1', by: 'ci', ts: ts + 1000 });
  }
  store.ingestFrame('ws://127.0.0.1:1', { messages, unknown: 0, rejected: [] }, T0);
  return store;
}

let screen: Screen | undefined;
afterEach(() => screen?.unmount());

describe('pattern hints', () => {
  it('names a bad deploy with its evidence and puts the rollback for that service one key away', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'warroom-hint-'));
    const session = new IncidentSession({ dir, profile, user: () => 'dana', clock: () => T0 });
    const actions = new ActionsSession({
      session,
      profile,
      config: {},
      dataDir: dir,
      dryRun: true,
      env: {},
      writeTerminal: () => undefined,
    });
    screen = renderAt(
      <App
        store={badDeploy()}
        session={session}
        profile={profile}
        actions={actions}
        clock={() => T0}
        source="test"
        size={{ columns: 120, rows: 40 }}
      />,
      120,
      40,
    );
    const frame = await screen.waitFor((f) => f.includes('◆'), 'the hint line');
    expect(frame).toMatch(/◆ .*payments.*h: actions/);
    screen.stdin.type('h');
    const picker = await screen.waitFor(
      (f) => f.includes('kubectl rollout undo deployment/payments'),
      'the rollback for payments',
    );
    expect(picker).toContain('deploy v2.3.1');
    actions.close();
  });
});
