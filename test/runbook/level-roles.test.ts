import { describe, expect, it } from 'vitest';
import { importRunbook } from '../../src/runbook/import.js';
import { resolveLevelRoles } from '../../src/runbook/level-roles.js';
import { fixture } from './helpers.js';

const rolesOf = (name: string) => {
  const { profile, report } = importRunbook(fixture(name), { source: name });
  return { levels: profile?.severities.map((s) => [s.id, s.requiredRoles]), report };
};

describe('roles a level needs, stated per level in a roles section', () => {
  it('give each level exactly the roles its sentence names', () => {
    const { levels, report } = rolesOf('level-roles.md');
    expect(levels).toEqual([
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

describe('a role list under a line or heading that names several levels', () => {
  it('"For P1 and P2 incidents, staff these roles:" over a list: those levels need the listed roles, the rest the commander', () => {
    const { levels, report } = rolesOf('level-role-list.md');
    expect(levels).toEqual([
      ['P1', ['ic', 'tech-lead', 'comms-lead']],
      ['P2', ['ic', 'tech-lead', 'comms-lead']],
      ['P3', ['ic']],
    ]);
    expect(report.filter((l) => l.field.endsWith('requiredRoles')).map((l) => [l.status, l.field, l.line])).toEqual([
      ['found', 'severities.P1.requiredRoles', 15],
      ['found', 'severities.P2.requiredRoles', 15],
      ['default', 'severities.*.requiredRoles', undefined],
    ]);
    expect(report.find((l) => l.status === 'default' && l.field === 'severities.*.requiredRoles')?.detail).toContain('ic for P3:');
  });

  it('a "SEV1–SEV2 roles" heading over a role table names a range; the commander is added when the table leaves it out', () => {
    const { levels, report } = rolesOf('level-role-heading.md');
    expect(levels).toEqual([
      ['SEV1', ['ic', 'scribe', 'tech-lead']],
      ['SEV2', ['ic', 'scribe', 'tech-lead']],
      ['SEV3', ['ic']],
    ]);
    expect(report.find((l) => l.field === 'severities.SEV1.requiredRoles')?.detail).toContain('ic added');
    // The range heading is not a level of its own, and a heading naming a level over steps names no roles.
    expect(report.some((l) => l.field === 'severities.SEV1.label')).toBe(false);
  });

  it('a list of steps under "For P1, assign ..." names no role: no required roles and nothing in the report', () => {
    const text = '# Kiosk\n\n| Priority | Meaning |\n|---|---|\n| P1 | Down |\n| P2 | Slow |\n\n## Roles\n\n- **Scribe**: notes\n\n## First steps\n\nFor P1, assign these at once:\n\n- Open a bridge\n- Page the vendor\n';
    const { profile, report } = importRunbook(text, { source: 'kiosk.md' });
    expect(profile?.severities.map((s) => s.requiredRoles)).toEqual([['ic'], ['ic']]);
    expect(report.filter((l) => l.field === 'severities.P1.requiredRoles')).toEqual([]);
  });

  it('a list under a level heading that is not about roles gives no required roles', () => {
    const text = '# Kiosk\n\n| Severity | Meaning |\n|---|---|\n| SEV1 | Down |\n| SEV2 | Slow |\n\n## SEV1 first steps\n\n- Scribe notes\n- Reboot the kiosk\n';
    const { profile, report } = importRunbook(text, { source: 'kiosk.md' });
    expect(profile?.severities.map((s) => s.requiredRoles)).toEqual([['ic'], ['ic']]);
    // Not even read as a role list that names unknown roles.
    expect(report.filter((l) => l.field === 'severities.SEV1.requiredRoles')).toEqual([]);
  });
});
