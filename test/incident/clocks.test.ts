import { describe, expect, it } from 'vitest';
import type { Clock } from '../../src/incident/clock.js';
import { IMMEDIATE_GRACE_MS, nearWindowMs } from '../../src/incident/clock.js';
import { computeClocks, newBreaches } from '../../src/incident/clocks.js';
import { dueFrom } from '../../src/incident/duration.js';
import { upgradeSuggestions } from '../../src/incident/escalation.js';
import { stripClocks } from '../../src/ui/view/clock-strip.js';
import { clockText } from '../../src/ui/view/incident-view.js';
import type { IncidentEvent } from '../../src/incident/events.js';
import type { Profile } from '../../src/incident/profile-schema.js';
import { BUILT_IN_PROFILES } from '../../src/incident/profiles/index.js';
import { fold } from '../../src/incident/reducer.js';
import { DAY, events, HOUR, MIN, T0 } from './events-builder.js';

function profile(name: string): Profile {
  const p = BUILT_IN_PROFILES[name];
  if (!p) throw new Error(name);
  return p;
}

function clock(clocks: Clock[], id: string): Clock {
  const c = clocks.find((x) => x.id === id);
  if (!c) throw new Error(`no clock ${id} in ${clocks.map((x) => x.id).join(', ')}`);
  return c;
}

function incident(severity: string, more: (at: ReturnType<typeof events>) => IncidentEvent[] = () => []) {
  const at = events();
  return fold([at('incident/declared', 0, { incident: 'INC-1', title: 't', severity }), ...more(at)]);
}

const cases = Object.values(BUILT_IN_PROFILES).flatMap((p) => p.severities.map((s) => [p.name, s.id] as const));

describe('the acknowledge clock, across every built-in profile and severity', () => {
  it.each(cases)('%s %s: counts down from declaring, breaches after the SLA, is done once acknowledged', (name, sevId) => {
    const p = profile(name);
    const sev = p.severities.find((s) => s.id === sevId)!;
    const due = dueFrom(sev.ack!, T0)!;
    const s = incident(sevId);
    expect(clock(computeClocks(s, p, T0), 'ack')).toMatchObject({ dueAt: due, state: 'ok', remainingMs: due - T0 });
    expect(clock(computeClocks(s, p, due + 1), 'ack')).toMatchObject({ state: 'breached', remainingMs: -1 });
    const acked = incident(sevId, (at) => [at('incident/acknowledged', 60_000, {})]);
    expect(clock(computeClocks(acked, p, due + 1), 'ack').state).toBe('done');
  });
});

describe('clocks of the long-form runbook, SEV-2', () => {
  const p = profile('long-form-sev');
  const s = incident('SEV-2');
  it('acknowledge within 10 min, mitigate within 2 h, update every 30 min, IC within 5 min', () => {
    const clocks = computeClocks(s, p, T0);
    expect(clock(clocks, 'ack').dueAt).toBe(T0 + 10 * MIN);
    expect(clock(clocks, 'mitigation').dueAt).toBe(T0 + 2 * HOUR);
    expect(clock(clocks, 'update').dueAt).toBe(T0 + 30 * MIN);
    expect(clock(clocks, 'commander').dueAt).toBe(T0 + 5 * MIN);
  });

  it('tells the on-call manager once the mitigation SLA passes and the director after 2 h', () => {
    const atSla = computeClocks(s, p, T0 + 2 * HOUR);
    expect(clock(atSla, 'escalation:manager')).toMatchObject({ dueAt: T0 + 2 * HOUR, state: 'breached' });
    expect(clock(atSla, 'escalation:director')).toMatchObject({ dueAt: T0 + 2 * HOUR, state: 'breached' });
    const mitigated = incident('SEV-2', (at) => [at('status/changed', HOUR, { to: 'monitoring' })]);
    expect(clock(computeClocks(mitigated, p, T0 + 3 * HOUR), 'escalation:manager').state).toBe('done');
    expect(clock(computeClocks(mitigated, p, T0 + 3 * HOUR), 'mitigation').state).toBe('done');
  });

  it('has no mitigation deadline for SEV-4 ("next sprint") and no update cadence ("async")', () => {
    const clocks = computeClocks(incident('SEV-4'), p, T0);
    expect(clock(clocks, 'mitigation').state).toBe('n/a');
    expect(clock(clocks, 'update').state).toBe('n/a');
  });

  it('counts the post-mortem from closing: 5 business days', () => {
    const closed = incident('SEV-2', (at) => [at('incident/resolved', HOUR, {}), at('incident/closed', 2 * HOUR, {})]);
    const pm = clock(computeClocks(closed, p, T0 + 2 * HOUR), 'postmortem');
    // Wednesday + 5 business days = the next Wednesday.
    expect(pm.dueAt).toBe(T0 + 2 * HOUR + 7 * DAY);
    expect(clock(computeClocks(incident('SEV-2', (at) => [at('incident/resolved', HOUR, {})]), p, T0), 'postmortem').state).toBe('n/a');
  });
});

describe('upgrades in the skill runbook (P0–P3)', () => {
  const p = profile('skill-p-levels');
  it('suggests P1 when a P2 is unresolved after 4 h, and P0 when that P1 is unresolved 2 h later', () => {
    const p2 = incident('P2');
    expect(upgradeSuggestions(p2, p, T0 + 4 * HOUR - 1)).toEqual([]);
    expect(upgradeSuggestions(p2, p, T0 + 4 * HOUR)).toEqual([{ from: 'P2', to: 'P1', rule: 'to-p1', since: T0 + 4 * HOUR }]);
    const p1 = incident('P2', (at) => [at('severity/changed', 4 * HOUR, { from: 'P2', to: 'P1', reason: 'unresolved for 4 h' })]);
    expect(upgradeSuggestions(p1, p, T0 + 5 * HOUR)).toEqual([]);
    expect(upgradeSuggestions(p1, p, T0 + 6 * HOUR)).toEqual([{ from: 'P1', to: 'P0', rule: 'to-p0', since: T0 + 6 * HOUR }]);
  });

  it('suggests nothing once resolved', () => {
    const resolved = incident('P2', (at) => [at('incident/resolved', HOUR, {})]);
    expect(upgradeSuggestions(resolved, p, T0 + 5 * HOUR)).toEqual([]);
  });

  it('gives P2 a post-incident review within a week and P0 within 48 h', () => {
    const done = (sev: string) => incident(sev, (at) => [at('incident/resolved', HOUR, {})]);
    expect(clock(computeClocks(done('P2'), p, T0), 'postmortem').dueAt).toBe(T0 + HOUR + 7 * DAY);
    expect(clock(computeClocks(done('P0'), p, T0), 'postmortem').dueAt).toBe(T0 + HOUR + 48 * HOUR);
  });
});

describe('the escalation path of the SRE guide', () => {
  const p = profile('sre-sev3');
  it('notifies on-call at 5 min, the lead at 15, the manager at 30; the VP has no set time', () => {
    const clocks = computeClocks(incident('SEV1'), p, T0);
    expect(clocks.filter((c) => c.id.startsWith('escalation:')).map((c) => [c.id, (c.dueAt ?? 0) - T0])).toEqual([
      ['escalation:on-call', 5 * MIN],
      ['escalation:on-call-lead', 15 * MIN],
      ['escalation:eng-manager', 30 * MIN],
    ]);
  });

  it('stops paging on-call once acknowledged, but keeps the lead clock until resolved', () => {
    const acked = incident('SEV2', (at) => [at('incident/acknowledged', 2 * MIN, {})]);
    const clocks = computeClocks(acked, p, T0 + 20 * MIN);
    expect(clock(clocks, 'escalation:on-call').state).toBe('done');
    expect(clock(clocks, 'escalation:on-call-lead').state).toBe('breached');
  });

  it('wants the first update within 10 min even when the cadence is longer, and labels it so', () => {
    const first = clock(computeClocks(incident('SEV2'), p, T0), 'update');
    expect(first.dueAt).toBe(T0 + 10 * MIN);
    // A 10-minute countdown is not labelled with the 30-minute cadence it is not counting.
    expect(first.label).toBe('First update < 10 min');
    const after = incident('SEV2', (at) => [at('update/posted', 4 * MIN, { text: 'u1', targets: [], deliveries: [] })]);
    expect(clock(computeClocks(after, p, T0 + 5 * MIN), 'update')).toMatchObject({
      label: 'Next update (every 30 min)',
      dueAt: T0 + 34 * MIN,
    });
  });

  it('puts the review 3 business days and the document 5 business days after resolving', () => {
    const s = incident('SEV1', (at) => [at('incident/resolved', 0, {})]);
    const clocks = computeClocks(s, p, T0);
    expect(clock(clocks, 'postmortem').dueAt).toBe(T0 + 5 * DAY); // Wednesday -> Monday
    expect(clock(clocks, 'postmortem-document').dueAt).toBe(T0 + 7 * DAY);
    const held = incident('SEV1', (at) => [at('incident/resolved', 0, {}), at('postmortem/done', 2 * DAY, {})]);
    expect(clock(computeClocks(held, p, T0 + 9 * DAY), 'postmortem').state).toBe('done');
  });
});

describe('the update clock', () => {
  const p = profile('sev4-response');
  it('resets on each posted update', () => {
    const posted = incident('SEV1', (at) => [
      at('update/posted', 14 * MIN, { text: 'u1', targets: [], deliveries: [] }),
    ]);
    expect(clock(computeClocks(incident('SEV1'), p, T0), 'update').dueAt).toBe(T0 + 15 * MIN);
    expect(clock(computeClocks(posted, p, T0 + 20 * MIN), 'update')).toMatchObject({ dueAt: T0 + 29 * MIN, state: 'ok' });
  });

  it('turns near within 20% of its span or 5 min, whichever is smaller', () => {
    expect(nearWindowMs(5 * MIN)).toBe(MIN);
    expect(nearWindowMs(2 * HOUR)).toBe(5 * MIN);
    const s = incident('SEV1');
    expect(clock(computeClocks(s, p, T0 + 11 * MIN), 'update').state).toBe('ok');
    expect(clock(computeClocks(s, p, T0 + 12 * MIN), 'update').state).toBe('near');
  });
});

describe('the resolution watch', () => {
  const p = profile('startup-p-levels');
  it('starts at monitoring and completes after 2 h without breaching', () => {
    expect(clock(computeClocks(incident('P1'), p, T0), 'watch').state).toBe('n/a');
    const s = incident('P1', (at) => [at('status/changed', HOUR, { to: 'monitoring' })]);
    expect(clock(computeClocks(s, p, T0 + 2 * HOUR), 'watch')).toMatchObject({ dueAt: T0 + 3 * HOUR, state: 'ok' });
    expect(clock(computeClocks(s, p, T0 + 3 * HOUR), 'watch').state).toBe('done');
    expect(newBreaches(s, p, T0 + 3 * HOUR).map((c) => c.id)).not.toContain('watch');
  });
});

describe('breaches', () => {
  const p = profile('sre-sev3');
  it('are reported once: a written clock/breached event silences that deadline only', () => {
    const late = T0 + 6 * MIN;
    const first = newBreaches(incident('SEV3'), p, late);
    expect(first.map((c) => c.id)).toEqual(['ack', 'escalation:on-call']);
    const written = incident('SEV3', (at) =>
      first.map((c) => at('clock/breached', 6 * MIN, { clock: c.id, dueAt: c.dueAt ?? 0 })),
    );
    expect(newBreaches(written, p, late)).toEqual([]);
    expect(newBreaches(written, p, T0 + 11 * MIN).map((c) => c.id)).toEqual(['update']);
  });
});

describe('an escalation due immediately', () => {
  const p = profile('sev4-response');
  it('asks for it now instead of showing BREACHED the instant the incident is declared', () => {
    const s = incident('SEV1');
    for (const now of [T0, T0 + MIN, T0 + HOUR]) {
      const c = clock(computeClocks(s, p, now), 'escalation:escalate');
      expect(c.state).toBe('near');
      expect(clockText(c)).toMatchObject({ text: 'now', token: 'sla.near' });
      expect(newBreaches(s, p, now).map((x) => x.id)).not.toContain('escalation:escalate');
    }
  });

  it('is done once the incident is resolved', () => {
    const s = incident('SEV1', (at) => [at('incident/resolved', 10 * MIN, {})]);
    expect(clock(computeClocks(s, p, T0 + HOUR), 'escalation:escalate').state).toBe('done');
  });
});

describe('an acknowledge SLA of "immediately" (an imported P0)', () => {
  const base = profile('sre-sev3');
  const p: Profile = {
    ...base,
    severities: base.severities.map((sev) => (sev.id === 'SEV1' ? { ...sev, ack: { kind: 'immediate' as const } } : sev)),
  };
  it('reads "Acknowledge now" for the first minute, with no breach recorded on declaring', () => {
    const s = incident('SEV1');
    for (const now of [T0, T0 + 30_000, T0 + IMMEDIATE_GRACE_MS - 1]) {
      const c = clock(computeClocks(s, p, now), 'ack');
      expect(c).toMatchObject({ state: 'near', remainingMs: 0 });
      expect(clockText(c)).toMatchObject({ text: 'now', token: 'sla.near', mark: '▲' });
      expect(newBreaches(s, p, now).map((x) => x.id)).not.toContain('ack');
    }
    const strip = stripClocks(computeClocks(s, p, T0), 200).items.map((i) => i.text);
    expect(strip[0]).toBe('▲ Acknowledge now');
  });

  it('is breached once the minute\'s grace is over, and done once acknowledged', () => {
    const s = incident('SEV1');
    const late = clock(computeClocks(s, p, T0 + 2 * MIN), 'ack');
    expect(late.state).toBe('breached');
    expect(clockText(late).text).toBe('BREACHED -02:00');
    expect(newBreaches(s, p, T0 + IMMEDIATE_GRACE_MS).map((x) => x.id)).toContain('ack');
    const acked = incident('SEV1', (at) => [at('incident/acknowledged', 40_000, {})]);
    expect(clock(computeClocks(acked, p, T0 + HOUR), 'ack').state).toBe('done');
  });
});

