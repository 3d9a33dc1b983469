import { describe, expect, it } from 'vitest';
import { importRunbook } from '../../src/runbook/import.js';
import { formatReport } from '../../src/runbook/report.js';
import { fixture } from './helpers.js';

describe('headings the importer could not read, in the report', () => {
  const { profile, report } = importRunbook(fixture('unread-headings.md'), { source: 'unread-headings.md' });
  const unread = report.filter((l) => l.status === 'unread');

  it('name each level-shaped or stage heading by its line, with what would make it readable', () => {
    expect(unread.map((l) => [l.field, l.line, l.detail.split(';')[0]])).toEqual([
      ['severities', 14, 'heading "P? - Unknown" looks like a severity level but is not one I can read'],
      ['severities', 18, 'heading "Severity: ???" looks like a severity level but is not one I can read'],
      ['checklists', 22, 'heading "Phase 2" names no stage, so its steps are not a checklist'],
      ['checklists.shelf-robots.stage', 27, 'heading "Shelf robots" names no stage, so its checklist was put under "during"'],
    ]);
    for (const l of unread.slice(0, 2)) expect(l.detail).toMatch(/write it as an id with a number .*"SEV2 - Major"/);
    for (const l of unread.slice(2)) expect(l.detail).toMatch(/start it with a stage word: Triage, Mitigation/);
    expect(formatReport(report)).toMatch(/Not understood: lines the importer could not read \(4\):\n {2}severities +line 14: heading "P\? - Unknown"/);
  });

  it('the readable levels still make the profile, and no level comes from the unreadable headings', () => {
    expect(profile?.severities.map((s) => s.id)).toEqual(['P1', 'P2']);
  });

  it('headings about levels in general, and level headings it reads, are not reported', () => {
    const text = '# Ops\n\n## Severity levels\n\n### Severity 1 - Outage\n\n- Acknowledge: 5 minutes\n\n## Priority matrix\n\n| Priority | Meaning |\n|---|---|\n| P2 | Slow |\n\n## Level up your on-call\n\ntext\n';
    expect(importRunbook(text, { source: 'ops.md' }).report.filter((l) => l.status === 'unread')).toEqual([]);
  });
});
