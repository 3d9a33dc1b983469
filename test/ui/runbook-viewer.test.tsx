import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { IncidentSession } from '../../src/app/incident-session.js';
import { MetricStore } from '../../src/feeds/store.js';
import { BUILT_IN_PROFILES } from '../../src/incident/profiles/index.js';
import { App } from '../../src/ui/App.js';
import { renderAt, type Screen } from '../helpers/render.js';

const T0 = Date.UTC(2026, 10, 22, 12, 0, 0);
const profile = BUILT_IN_PROFILES['sre-sev3']!;
const RUNBOOK = [
  '# Payments runbook',
  '',
  'Who to call and what to run when payments breaks.',
  '',
  '## Triage',
  '',
  '- [ ] Check the error rate on the payments dashboard',
  '- [ ] Look for a deploy in the last hour',
  '',
  ...Array.from({ length: 40 }, (_, i) => `Filler paragraph ${i + 1} about capacity planning.`),
  '',
  '## Resolution',
  '',
  '1. Roll back with `kubectl rollout undo deployment/payments`',
  '2. Watch the error rate for 15 minutes',
  '',
  '| Severity | Ack |',
  '| --- | --- |',
  '| SEV1 | 5 min |',
].join('\n');

let screen: Screen | undefined;
afterEach(() => screen?.unmount());

function render(declared = false) {
  const session = new IncidentSession({
    dir: mkdtempSync(join(tmpdir(), 'warroom-rb-')),
    profile,
    user: () => 'dana',
    clock: () => T0,
  });
  if (declared) session.declare('payments down', 'SEV2');
  const store = new MetricStore({ now: () => T0 });
  screen = renderAt(
    <App
      store={store}
      session={session}
      profile={profile}
      clock={() => T0}
      source="test"
      runbook={{ name: 'payments.md', text: RUNBOOK }}
      size={{ columns: 80, rows: 24 }}
    />,
    80,
    24,
  );
  return screen;
}

describe('the runbook viewer', () => {
  it('opens on b, scrolls with j and G, and closes on Esc', async () => {
    const s = render();
    await s.waitFor((f) => f.includes('WARROOM'), 'the dashboard');
    s.stdin.type('b');
    const first = await s.waitFor((f) => f.includes('Runbook · payments.md'), 'the viewer');
    expect(first).toContain('Payments runbook');
    expect(first).toContain('[ ] Check the error rate');
    s.stdin.type('G');
    const end = await s.waitFor((f) => f.includes('SEV1') && f.includes('5 min'), 'the end of the runbook');
    expect(end).not.toContain('Payments runbook');
    s.stdin.type('\u001b');
    await s.waitFor((f) => !f.includes('Runbook ·'), 'the viewer to close');
  });

  it('searches with / and jumps between matches with n', async () => {
    const s = render();
    await s.waitFor((f) => f.includes('WARROOM'), 'the dashboard');
    s.stdin.type('b');
    await s.waitFor((f) => f.includes('Runbook ·'), 'the viewer');
    s.stdin.type('/');
    await s.waitFor((f) => f.includes('Search the runbook'), 'the search prompt');
    s.stdin.type('rollout');
    s.stdin.type('\r');
    await s.waitFor((f) => f.includes('"rollout" 1 match'), 'the match count');
    s.stdin.type('n');
    const hit = await s.waitFor(
      (f) => f.includes('›1. Roll back') || f.includes('› 1. Roll back') || /›.*Roll back/.test(f),
      'the match in view',
    );
    expect(hit).toContain('kubectl rollout undo deployment/payments');
  });

  it('opens at the section for the incident stage', async () => {
    const s = render(true);
    await s.waitFor((f) => f.includes('SEV2'), 'the incident');
    s.stdin.type('b');
    const frame = await s.waitFor((f) => f.includes('Runbook ·'), 'the viewer');
    const firstLine = frame.split('\n').find((l) => l.includes('│ ') && !l.includes('Runbook ·'));
    expect(firstLine).toContain('Triage');
  });

  it('says how to attach a runbook when there is none', async () => {
    const session = new IncidentSession({
      dir: mkdtempSync(join(tmpdir(), 'warroom-rb-')),
      profile,
      user: () => 'dana',
      clock: () => T0,
    });
    screen = renderAt(
      <App
        store={new MetricStore({ now: () => T0 })}
        session={session}
        profile={profile}
        clock={() => T0}
        source="test"
        size={{ columns: 80, rows: 24 }}
      />,
      80,
      24,
    );
    await screen.waitFor((f) => f.includes('WARROOM'), 'the dashboard');
    screen.stdin.type('b');
    await screen.waitFor((f) => f.includes('no runbook attached: start with --runbook FILE'), 'the message');
  });
});
