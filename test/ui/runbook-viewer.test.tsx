import { afterEach, describe, expect, it } from 'vitest';
import { renderApp, testSession } from '../helpers/app.js';
import type { Screen } from '../helpers/render.js';

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
  const session = testSession();
  if (declared) session.declare('payments down', 'SEV2');
  screen = renderApp({ session, runbook: { name: 'payments.md', text: RUNBOOK } });
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
    screen = renderApp();
    await screen.waitFor((f) => f.includes('WARROOM'), 'the dashboard');
    screen.stdin.type('b');
    await screen.waitFor((f) => f.includes('no runbook attached: start with --runbook FILE'), 'the message');
  });
});
