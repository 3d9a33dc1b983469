import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { IncidentSession } from '../../src/app/incident-session.js';
import { setReadOnlySeat } from '../../src/keys/read-only.js';
import { hintText } from '../../src/ui/panels/Footer.js';
import { helpLines } from '../../src/ui/panels/HelpOverlay.js';
import { renderApp, T0, TEST_PROFILE } from '../helpers/app.js';
import type { Screen } from '../helpers/render.js';

let screen: Screen | undefined;
const sessions: IncidentSession[] = [];
afterEach(async () => {
  screen?.unmount();
  screen = undefined;
  setReadOnlySeat(false);
  await Promise.all(sessions.splice(0).map((s) => s.close()));
});

/** Two sessions on one data dir: the screen's, and another person's. */
function room(readOnly = false) {
  const dir = mkdtempSync(join(tmpdir(), 'warroom-ui-seats-'));
  const make = (name: string, ro = false) => {
    const s = new IncidentSession({
      dir,
      profile: TEST_PROFILE,
      user: () => name,
      clock: () => T0,
      readOnly: ro,
    });
    sessions.push(s);
    return s;
  };
  return { mine: make('wall', readOnly), other: make('ann') };
}

describe('seats on screen', () => {
  it('a read-only seat hides the acting keys and answers one with "read-only seat"', async () => {
    setReadOnlySeat(true);
    const { mine, other } = room(true);
    other.declare('checkout failing', 'SEV2');
    screen = renderApp({ session: mine, columns: 120, rows: 30 });
    const frame = await screen.waitFor(
      (f) => f.includes('SEV2') && f.includes('read-only seat'),
      'the joined incident',
    );
    expect(frame).toContain('◉ read-only seat');
    const hints = hintText(['global', 'incident', 'services']).map((h) => h.label);
    expect(hints).not.toContain('ack');
    expect(hints).not.toContain('declare');
    expect(hints).toContain('quit');
    expect(helpLines().some((l) => l.text?.startsWith('Acknowledge'))).toBe(false);
    screen.stdin.type('a');
    await screen.waitFor((f) => f.includes('a: acknowledge the incident: read-only seat'), 'the refusal');
    expect(mine.state.acknowledgedAt).toBeNull();
    expect(other.state.acknowledgedAt).toBeNull();
  });

  it('shows another seat’s actions, who is here, and the catch-up digest on C', async () => {
    const { mine, other } = room();
    other.declare('checkout failing', 'SEV2');
    screen = renderApp({ session: mine, columns: 120, rows: 40 });
    await screen.waitFor((f) => f.includes('ann declared'), 'the join notice');
    other.record({ type: 'severity/changed', from: 'SEV2', to: 'SEV1', reason: 'all regions' });
    other.record({ type: 'role/assigned', role: 'ic', who: 'ann' });
    other.record({ type: 'note/added', text: 'rolled back v2.3.1' });
    await screen.waitFor((f) => f.includes('SEV1'), 'the severity change from the other seat');
    await screen.waitFor((f) => /⇄ 2 seats: (wall, ann|ann, wall)/.test(f), 'both seats in the footer');
    screen.stdin.type('C');
    const digest = await screen.waitFor((f) => f.includes('Catch-up — 4 events'), 'the catch-up');
    expect(digest).toContain('Severity and status');
    expect(digest).toMatch(/ann: Severity SEV2 → SEV1: all regions/);
    expect(digest).toMatch(/ann: Incident Commander: ann/);
    expect(digest).toMatch(/ann: Note: rolled back v2\.3\.1/);
    screen.stdin.type('\u001b');
    await screen.waitFor((f) => !f.includes('Catch-up'), 'the catch-up closed');
    other.record({ type: 'status/changed', to: 'identified' });
    await screen.waitFor((f) => f.includes('IDENTIFIED'), 'the status change');
    screen.stdin.type('C');
    const second = await screen.waitFor((f) => f.includes('Catch-up — 1 event since'), 'only what is new');
    expect(second).toContain('Status: identified');
    expect(second).not.toContain('rolled back');
  });
});
