import { describe, expect, it } from 'vitest';
import { importRunbook } from '../../src/runbook/import.js';
import { fixture } from './helpers.js';

describe('escalation a level states as a bare time', () => {
  const who = 'Next on the Escalation Contacts list (Primary on-call, Payments Lead, Head of Engineering)';

  it('becomes a notify rule to the runbook escalation list at that time; "as needed" stays absent', () => {
    const { profile, report } = importRunbook(fixture('escalation-forms.md'), { source: 'escalation-forms.md' });
    const rules = Object.fromEntries((profile?.severities ?? []).map((s) => [s.id, s.escalation]));
    expect(rules).toEqual({
      SEV1: [{ id: 'escalate', kind: 'notify', who, after: { kind: 'immediate' }, from: 'declared', stopsWhen: 'resolved' }],
      SEV2: [{ id: 'escalate', kind: 'notify', who, after: { minutes: 45 }, from: 'declared', stopsWhen: 'resolved' }],
      SEV3: undefined,
    });
    expect(report.find((l) => l.field === 'severities.SEV3.escalation')?.detail).toContain('As needed');
  });

  it('without an escalation list names no one, so no rule is made', () => {
    const text = fixture('escalation-forms.md').replace(/## Contacts[\s\S]*$/, '');
    const { profile, report } = importRunbook(text, { source: 'no-list.md' });
    expect(profile?.severities.map((s) => s.escalation)).toEqual([undefined, undefined, undefined]);
    expect(report.find((l) => l.field === 'severities.SEV2.escalation')?.detail).toContain('names no one');
  });
});
