import { describe, expect, it } from 'vitest';
import { type Evidence, meetsDeclareCriteria, suggestSeverity, thresholdLevel } from '../../src/incident/criteria.js';
import { BUILT_IN_PROFILES } from '../../src/incident/profiles/index.js';
import { fold } from '../../src/incident/reducer.js';
import { incidentValues, jsonEscape, placeholders, renderArgv, renderTemplate } from '../../src/incident/templates.js';
import { events, MIN, T0 } from './events-builder.js';

const profiles = Object.values(BUILT_IN_PROFILES);
const errors = (service: string, value: number, sinceMin: number): Evidence => ({ service, metric: 'error-rate', value, since: T0 - sinceMin * MIN });

describe('thresholds', () => {
  const t = BUILT_IN_PROFILES['sre-sev3']!.thresholds;
  it.each([
    ['error-rate', 0.005, 'ok'], ['error-rate', 0.02, 'warn'], ['error-rate', 0.06, 'crit'],
    ['p95', 2.5, 'warn'], ['p95', 3.5, 'crit'],
    ['availability', 0.999, 'ok'], ['availability', 0.993, 'warn'], ['availability', 0.98, 'crit'],
    ['db-pool', 0.75, 'warn'], ['db-pool', 0.95, 'crit'],
  ] as const)('%s at %s is %s', (metric, value, level) => {
    expect(thresholdLevel(t, metric, value)).toBe(level);
  });

  it('declares only after 5 minutes above the limit', () => {
    expect(meetsDeclareCriteria(t, errors('api', 0.06, 4), T0)).toBe(false);
    expect(meetsDeclareCriteria(t, errors('api', 0.06, 5), T0)).toBe(true);
    expect(meetsDeclareCriteria(t, { service: 'api', metric: 'p95', value: 3.2, since: T0 - 5 * MIN }, T0)).toBe(true);
  });
});

describe('severity suggestion', () => {
  it.each(profiles.map((p) => [p.name, p] as const))('%s: most severe for many services, next one down for one', (_, p) => {
    expect(suggestSeverity(p, [errors('api', 0.02, 10)], T0)).toBeNull();
    expect(suggestSeverity(p, [errors('api', 0.08, 10)], T0)?.severity).toBe(p.severities[1]?.id);
    const many = ['api', 'auth', 'billing'].map((s) => errors(s, 0.08, 10));
    expect(suggestSeverity(p, many, T0)?.severity).toBe(p.severities[0]?.id);
  });
});

describe('templates', () => {
  const sre = BUILT_IN_PROFILES['sre-sev3']!;
  it('fills what it knows and reports what a person must type', () => {
    const at = events();
    const s = fold([at('incident/declared', 0, { incident: 'INC-9', title: 'Login down', severity: 'SEV1' }), at('role/assigned', MIN, { role: 'ic', who: 'dee' })]);
    const declare = sre.templates.find((t) => t.kind === 'declaration')!;
    const r = renderTemplate(declare.body, incidentValues(s, sre, T0 + 2 * MIN));
    expect(r.text).toContain('SEV1: Login down');
    expect(r.text).toContain('IC: dee');
    expect(r.missing).toEqual(['impact', 'detection']);
    expect(incidentValues(s, sre, T0 + 2 * MIN)).toMatchObject({ duration: '2 minutes', cadence: 'every 15 min', update_no: '1' });
  });

  it('keeps each value a single argv element, so nothing becomes shell syntax', () => {
    const r = renderArgv(['kubectl', 'rollout', 'undo', 'deployment/{deployment}'], { deployment: 'api; rm -rf /' });
    expect(r.argv).toEqual(['kubectl', 'rollout', 'undo', 'deployment/api; rm -rf /']);
    expect(renderArgv(['curl', '{host}'], {}).missing).toEqual(['host']);
  });

  it('escapes values for JSON bodies and lists placeholders', () => {
    expect(renderTemplate('{"text": "{text}"}', { text: 'a "b"\nc' }, jsonEscape).text).toBe('{"text": "a \\"b\\"\\nc"}');
    expect(placeholders('{"incident": "{id}", "by": "{actor}", "again": "{id}"}')).toEqual(['id', 'actor']);
  });

  it.each(profiles.flatMap((p) => p.templates.map((t) => [p.name, t.id, t.body] as const)))('%s/%s uses placeholders', (_, __, body) => {
    expect(placeholders(body).length).toBeGreaterThan(0);
  });
});
