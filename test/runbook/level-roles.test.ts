import { describe, expect, it } from 'vitest';
import { importRunbook } from '../../src/runbook/import.js';
import { resolveLevelRoles } from '../../src/runbook/level-roles.js';
import { fixture } from './helpers.js';

describe('roles a level needs, stated per level in a roles section', () => {
  it('give each level exactly the roles its sentence names', () => {
    const { profile, report } = importRunbook(fixture('level-roles.md'), { source: 'level-roles.md' });
    expect(profile?.severities.map((s) => [s.id, s.requiredRoles])).toEqual([
      ['SEV1', ['ic', 'tech-lead', 'scribe']],
      ['SEV2', ['ic', 'scribe']],
      ['SEV3', ['ic']],
    ]);
    expect(report.some((l) => l.status === 'default' && l.field === 'severities.*.requiredRoles')).toBe(false);
  });

  it('a sentence naming a role the runbook does not define gives nothing', () => {
    expect(resolveLevelRoles('IC + Legal counsel', ['ic', 'scribe'], 'ic')).toBeUndefined();
    expect(resolveLevelRoles('Minimum IC + Technical Lead', ['ic', 'tech-lead', 'scribe'], 'ic')).toEqual(['ic', 'tech-lead']);
  });
});
