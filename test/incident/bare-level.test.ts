import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenarioFile } from '../../src/drill/scenario-file.js';
import { scoreDrill } from '../../src/drill/scorecard.js';
import { exportIncident } from '../../src/export/export.js';
import { computeClocks } from '../../src/incident/clocks.js';
import { type Profile, profileSchema } from '../../src/incident/profile-schema.js';
import { sreSev3 } from '../../src/incident/profiles/index.js';
import { fold } from '../../src/incident/reducer.js';
import { incidentValues } from '../../src/incident/templates.js';
import { events, HOUR, MIN } from './events-builder.js';

// A level as an imported runbook may give it: an id and a mitigation SLA, nothing else stated.
const bare: Profile = profileSchema.parse({
  ...sreSev3,
  severities: [
    { id: 'Critical', colour: 'critical', mitigation: { hours: 1 }, requiredRoles: ['ic'] },
    { id: 'Minor', colour: 'low', requiredRoles: ['ic'] },
  ],
});

function declared(severity: string) {
  const at = events();
  return [at('incident/declared', 0, { incident: 'INC-9', title: 'cart empty', severity })];
}

describe('a level that states no acknowledge SLA or update cadence', () => {
  it('has no acknowledge or next-update clock, and keeps the clocks it does state', () => {
    const s = fold(declared('Critical'));
    const ids = computeClocks(s, bare, s.declaredAt + 10 * MIN).map((c) => c.id);
    expect(ids).toEqual(['mitigation']);
    expect(computeClocks(fold(declared('Minor')), bare, s.declaredAt + HOUR)).toEqual([]);
  });

  it('exports, renders templates and scores a drill without those values', () => {
    const evs = declared('Critical');
    const md = exportIncident(evs, bare, { format: 'md', secrets: [] });
    expect(md).toMatch(/\| severity \| Critical \(Critical\) \|/);
    expect(incidentValues(fold(evs), bare, fold(evs).declaredAt)).toMatchObject({ severity: 'Critical', cadence: '' });
    const scenario = parseScenarioFile(JSON.parse(readFileSync('fixtures/bad-deploy-cascade.scenario.json', 'utf8')), 'bad-deploy-cascade');
    const rows = scoreDrill(evs, bare, scenario, { startedAtScenarioMs: fold(evs).declaredAt - 10 * MIN });
    const ack = rows.find((r) => r.id === 'ack');
    expect(ack?.target).toEqual({ kind: 'none' });
    expect(rows.find((r) => r.id === 'updates')?.note).toBe('0 updates posted; no fixed cadence at Critical');
  });
});
