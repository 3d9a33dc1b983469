import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { IncidentSession, type SessionNotice } from '../../src/app/incident-session.js';
import { computeClocks } from '../../src/incident/clocks.js';
import { profileHash } from '../../src/incident/profile-hash.js';
import { BUILT_IN_PROFILES } from '../../src/incident/profiles/index.js';

const T0 = Date.UTC(2026, 10, 22, 12, 0, 0);
const sre = BUILT_IN_PROFILES['sre-sev3']!;
const other = BUILT_IN_PROFILES['long-form-sev']!;
const sessions: IncidentSession[] = [];
afterEach(async () => {
  await Promise.all(sessions.splice(0).map((s) => s.close()));
});

function at(dir: string, profile = sre, name = 'dana') {
  const s = new IncidentSession({ dir, profile, user: () => name, clock: () => T0 });
  sessions.push(s);
  const notices: SessionNotice[] = [];
  s.onNotice((n) => notices.push(n));
  return { s, notices };
}

describe('the incident carries its profile', () => {
  it('records the profile in the declaration: name, hash and content', () => {
    const { s } = at(mkdtempSync(join(tmpdir(), 'warroom-profile-')));
    s.declare('checkout failing', 'SEV2');
    const declared = s.events[0];
    expect(declared?.type === 'incident/declared' && declared.profile).toMatchObject({
      name: 'sre-sev3',
      hash: profileHash(sre),
    });
    expect(s.declaredProfile).toBeUndefined();
    expect(s.profile).toBe(sre);
  });

  it('a resume under another --profile runs the incident’s own clocks, and says so', () => {
    const dir = mkdtempSync(join(tmpdir(), 'warroom-profile-'));
    const first = at(dir);
    first.s.declare('checkout failing', 'SEV2');
    const expected = computeClocks(first.s.state, sre, T0 + 60_000).map((c) => c.id);
    const later = at(dir, other, 'lee');
    later.s.resume(first.s.state.id);
    expect(later.s.profile.name).toBe('sre-sev3');
    expect(computeClocks(later.s.state, later.s.profile, T0 + 60_000).map((c) => c.id)).toEqual(expected);
    expect(later.notices.map((n) => n.text)).toEqual([
      `${first.s.state.id} runs the profile it was declared with ("sre-sev3"), not this seat's "long-form-sev"`,
    ]);
    // Breaches are judged by the incident's clocks too.
    expect(later.s.recordBreaches(T0 + 6 * 60_000)).toBeGreaterThan(0);
    expect(later.s.events.some((e) => e.type === 'clock/breached' && e.clock === 'ack')).toBe(true);
  });
});
