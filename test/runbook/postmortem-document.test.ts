import { describe, expect, it } from 'vitest';
import { validateProfile } from '../../src/incident/profile-load.js';
import { importRunbook } from '../../src/runbook/import.js';
import { fixture } from './helpers.js';

describe('a post-mortem review and its written document with separate deadlines', () => {
  it('give the review as due and the document as documentDue, on the levels that require one', () => {
    const { profile } = importRunbook(fixture('postmortem-document.md'), { source: 'postmortem-document.md' });
    expect(profile?.severities.map((s) => [s.id, s.postMortem])).toEqual([
      ['SEV1', { required: true, due: { businessDays: 2 }, documentDue: { businessDays: 4 }, from: 'resolved' }],
      ['SEV2', undefined],
    ]);
  });

  it('one deadline alone stays the post-mortem due, with no document deadline', () => {
    const text = fixture('postmortem-document.md').replace(/- Post-incident report.*\n/, '');
    const { profile } = importRunbook(text, { source: 'one-deadline.md' });
    expect(profile?.severities[0]?.postMortem).toEqual({ required: true, due: { businessDays: 2 }, from: 'resolved' });
  });
});

describe('levels for which the post-mortem is optional', () => {
  it('"mandatory for SEV1 and SEV2, optional for SEV3": SEV3 gets the deadline marked not required; SEV4, unnamed, gets none', () => {
    const { profile, report } = importRunbook(fixture('optional-postmortem.md'), { source: 'optional-postmortem.md' });
    const due = { businessDays: 2 };
    expect(profile?.severities.map((s) => [s.id, s.postMortem])).toEqual([
      ['SEV1', { required: true, due, from: 'resolved' }],
      ['SEV2', { required: true, due, from: 'resolved' }],
      ['SEV3', { required: false, due, from: 'resolved' }],
      ['SEV4', undefined],
    ]);
    expect(profile && validateProfile(profile, 'optional-postmortem.md').ok).toBe(true);
    expect(report.find((l) => l.field === 'severities.SEV3.postMortem')?.detail).toBe('optional, due 2 business days');
    expect(report.find((l) => l.status === 'missing' && l.field === 'severities.*.postMortem')?.detail).toContain('for SEV4');
  });

  it('without any deadline, "required" and "not required" alone still say which levels hold one', () => {
    const text = '# Kiosks\n\n| Severity | Meaning |\n|---|---|\n| P1 | Down |\n| P2 | Slow |\n| P3 | Ugly |\n\n## Post-mortems\n\nRequired for P1; not required for P2.\n';
    const { profile, report } = importRunbook(text, { source: 'kiosks.md' });
    expect(profile?.severities.map((s) => [s.id, s.postMortem])).toEqual([
      ['P1', { required: true, from: 'resolved' }],
      ['P2', { required: false, from: 'resolved' }],
      ['P3', undefined],
    ]);
    expect(report.find((l) => l.field === 'severities.P1.postMortem')).toMatchObject({ status: 'found', line: 11, detail: 'required (no deadline)' });
  });
});
