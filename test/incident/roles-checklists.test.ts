import { describe, expect, it } from 'vitest';
import { checklistProgress, currentStage, stageProgress } from '../../src/incident/checklists.js';
import type { IncidentEvent } from '../../src/incident/events.js';
import { BUILT_IN_PROFILES } from '../../src/incident/profiles/index.js';
import { fold } from '../../src/incident/reducer.js';
import { resolveCheck } from '../../src/incident/resolution.js';
import { missingRoles, requiredRoles } from '../../src/incident/roles.js';
import { events, MIN, T0 } from './events-builder.js';

const sre = BUILT_IN_PROFILES['sre-sev3']!;

function incident(severity: string, more: (at: ReturnType<typeof events>) => IncidentEvent[] = () => []) {
  const at = events();
  return fold([at('incident/declared', 0, { incident: 'INC-1', title: 't', severity }), ...more(at)]);
}

describe('roles', () => {
  it.each([
    ['SEV1', ['ic', 'tech-lead', 'comms-lead', 'scribe']],
    ['SEV2', ['ic', 'tech-lead']],
    ['SEV3', ['ic']],
  ])('%s in the SRE guide requires %j', (sev, roles) => {
    expect(requiredRoles(incident(sev), sre).map((r) => r.id)).toEqual(roles);
  });

  it('lists the required roles nobody holds', () => {
    const s = incident('SEV2', (at) => [at('role/assigned', MIN, { role: 'ic', who: 'dee' })]);
    expect(missingRoles(s, sre).map((r) => r.name)).toEqual(['Technical Lead']);
    const cleared = incident('SEV2', (at) => [at('role/assigned', MIN, { role: 'ic', who: 'dee' }), at('role/cleared', 2 * MIN, { role: 'ic' })]);
    expect(missingRoles(cleared, sre).map((r) => r.id)).toEqual(['ic', 'tech-lead']);
  });
});

describe('checklists', () => {
  it.each([
    ['investigating', 'triage'],
    ['identified', 'during'],
    ['mitigating', 'during'],
    ['monitoring', 'verify'],
  ] as const)('status %s puts the incident in the %s stage', (status, stage) => {
    const s = incident('SEV1', (at) => (status === 'investigating' ? [] : [at('status/changed', MIN, { to: status })]));
    expect(currentStage(s)).toBe(stage);
  });

  it('moves to resolution once resolved and to after once closed', () => {
    expect(currentStage(incident('SEV1', (at) => [at('incident/resolved', MIN, {})]))).toBe('resolution');
    expect(currentStage(incident('SEV1', (at) => [at('incident/resolved', MIN, {}), at('incident/closed', 2 * MIN, {})]))).toBe('after');
  });

  it('counts progress per list with who ticked what and when', () => {
    const s = incident('SEV1', (at) => [
      at('checklist/ticked', MIN, { checklist: 'declare', item: 'criteria' }, 'bo'),
      at('checklist/ticked', 2 * MIN, { checklist: 'declare', item: 'severity' }),
      at('checklist/unticked', 3 * MIN, { checklist: 'declare', item: 'severity' }),
    ]);
    const [declare] = stageProgress(s, sre);
    expect(declare).toMatchObject({ done: 1, total: 6 });
    expect(declare?.items[0]).toMatchObject({ id: 'criteria', tick: { at: T0 + MIN, by: 'bo' } });
    const after = sre.checklists.find((c) => c.stage === 'after')!;
    expect(checklistProgress(s, after).done).toBe(0);
  });
});

describe('resolving', () => {
  it('needs the watch to have run unless overridden: 15 min for SEV1 in the SRE guide', () => {
    expect(resolveCheck(incident('SEV1'), sre, T0).ok).toBe(false);
    const monitoring = incident('SEV1', (at) => [at('status/changed', 10 * MIN, { to: 'monitoring' })]);
    expect(resolveCheck(monitoring, sre, T0 + 20 * MIN)).toEqual({ ok: false, reason: 'the service has not been stable long enough', remainingMs: 5 * MIN });
    expect(resolveCheck(monitoring, sre, T0 + 25 * MIN)).toEqual({ ok: true });
    const sev3 = incident('SEV3', (at) => [at('status/changed', 10 * MIN, { to: 'monitoring' })]);
    expect(resolveCheck(sev3, sre, T0 + 25 * MIN).ok).toBe(false);
  });
});
