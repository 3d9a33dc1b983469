import { afterEach, describe, expect, it } from 'vitest';
import type { Profile } from '../../src/incident/profile-schema.js';
import { renderApp, T0, TEST_PROFILE, testSession } from '../helpers/app.js';
import type { Screen } from '../helpers/render.js';

// An imported runbook's bare "Immediate" escalation names its whole contact list: a clock label wider than the strip.
const WHO = 'Next on the Paging list (Night Operator, Shift Supervisor, Plant Engineer, Site Director, Regional Director)';
const profile: Profile = {
  ...TEST_PROFILE,
  severities: TEST_PROFILE.severities.map((s, i) =>
    i === 0 ? { ...s, escalation: [{ id: 'escalate', kind: 'notify', who: WHO, after: { kind: 'immediate' }, from: 'declared', stopsWhen: 'resolved' }] } : s,
  ),
};

let screen: Screen | undefined;
afterEach(() => screen?.unmount());

describe('the clock strip with a clock label wider than the screen', () => {
  it('cuts the label to a third of the line, so it and the clocks after it show, instead of "no clocks running"', async () => {
    const s = testSession(T0, profile);
    s.declare('boiler pressure falling', profile.severities[0]?.id ?? '');
    screen = renderApp({ session: s, profile, columns: 120, rows: 40 });
    const frame = await screen.waitFor((f) => f.includes('boiler pressure falling'), 'the incident band');
    const strip = frame.split('\n').find((l) => l.includes('Next on the Paging list')) ?? '';
    expect(frame).not.toContain('no clocks running');
    expect(strip).toContain("▲ Notify Next on the Paging list (Night… now · ◷ Acknowledge < 5 min 05:00 · ◷ First update < 10 min 10:00");
    expect(strip.trimEnd().length).toBeLessThanOrEqual(120);
  });
});
