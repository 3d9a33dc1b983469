import { describe, expect, it } from 'vitest';
import { importRunbook } from '../../src/runbook/import.js';
import { fixture } from './helpers.js';

describe('escalation a level states as a bare time', () => {
  const who = 'Next on the Escalation Contacts list (Primary on-call, Payments Lead, Head of Engineering)';

  it('becomes a notify rule to the runbook escalation list at that time; "as needed" stays absent', () => {
    const { profile, report } = importRunbook(fixture('escalation-forms.md'), { source: 'escalation-forms.md' });
    const rules = Object.fromEntries((profile?.severities ?? []).map((s) => [s.id, s.escalation?.filter((r) => r.id === 'escalate')]));
    expect(rules).toEqual({
      SEV1: [{ id: 'escalate', kind: 'notify', who, after: { kind: 'immediate' }, from: 'declared', stopsWhen: 'resolved' }],
      SEV2: [{ id: 'escalate', kind: 'notify', who, after: { minutes: 45 }, from: 'declared', stopsWhen: 'resolved' }],
      SEV3: [],
    });
    expect(report.find((l) => l.field === 'severities.SEV3.escalation')?.detail).toContain('As needed');
  });

  it('a chain drawn in a code block notifies each step at its time; a step limited to a level only there', () => {
    const { profile } = importRunbook(fixture('escalation-forms.md'), { source: 'escalation-forms.md' });
    const chain = [
      { id: 'payments-on-call', kind: 'notify', who: 'Payments on-call', after: { minutes: 10 }, from: 'declared', stopsWhen: 'resolved' },
      { id: 'payments-lead', kind: 'notify', who: 'Payments Lead', after: { minutes: 20 }, from: 'declared', stopsWhen: 'resolved' },
    ];
    const director = { id: 'director-of-engineering', kind: 'notify', who: 'Director of Engineering', from: 'declared', stopsWhen: 'resolved', condition: 'after Payments Lead, SEV1 only' };
    const rules = Object.fromEntries((profile?.severities ?? []).map((s) => [s.id, s.escalation?.filter((r) => r.id !== 'escalate')]));
    expect(rules).toEqual({ SEV1: [...chain, director], SEV2: chain, SEV3: chain });
  });

  it('without an escalation list names no one, so no rule is made', () => {
    const text = fixture('escalation-forms.md').replace(/## Contacts[\s\S]*$/, '');
    const { profile, report } = importRunbook(text, { source: 'no-list.md' });
    expect(profile?.severities.map((s) => s.escalation)).toEqual([undefined, undefined, undefined]);
    expect(report.find((l) => l.field === 'severities.SEV2.escalation')?.detail).toContain('names no one');
  });
});
