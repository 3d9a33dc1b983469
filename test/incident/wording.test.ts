import { describe, expect, it } from 'vitest';
import { computeClocks } from '../../src/incident/clocks.js';
import type { IncidentEvent } from '../../src/incident/events.js';
import { BUILT_IN_PROFILES } from '../../src/incident/profiles/index.js';
import { fold } from '../../src/incident/reducer.js';
import { summarize, timeline } from '../../src/incident/timeline.js';

const T0 = Date.UTC(2026, 10, 22, 12, 0, 0);
const base = { at: T0, by: 'dana' } as const;

describe('words people read under stress', () => {
  it.each([
    ['ack', 'Acknowledge deadline missed'],
    ['update', 'Next status update deadline missed'],
    ['escalation:on-call-lead', 'Escalation (on call lead) deadline missed'],
    ['something-new', 'Something-new deadline missed'],
  ])('a breached %s clock reads "%s"', (clock, text) => {
    expect(summarize({ ...base, id: 'x', type: 'clock/breached', clock, dueAt: T0 })).toBe(text);
  });

  it('a missed deadline is the clock\'s line, not the user\'s whose seat wrote it down', () => {
    const events: IncidentEvent[] = [
      { ...base, id: 'd', type: 'incident/declared', incident: 'INC-1', title: 't', severity: 'SEV1' },
      { ...base, by: 'root', id: 'b', type: 'clock/breached', clock: 'ack', dueAt: T0 },
    ];
    const [declared, breached] = timeline(events);
    expect(declared).toMatchObject({ by: 'dana' });
    expect(breached).toMatchObject({ by: 'clock', summary: 'Acknowledge deadline missed' });
  });

  it('a delivery gets one line per outcome: tries that will be retried are not lines, a drop says who', () => {
    const delivered = (id: string, target: string, ok: boolean, outcome?: 'dropped') => ({
      ...base,
      id,
      type: 'update/delivered' as const,
      update: 'u',
      delivery: { target, ok, ...(outcome ? { outcome } : {}) },
    });
    const events: IncidentEvent[] = [
      { ...base, id: 'u', type: 'update/posted', text: 'x', targets: ['hook', 'slack'], deliveries: [] },
      delivered('1', 'hook', false),
      delivered('2', 'slack', false),
      delivered('3', 'hook', false),
      delivered('4', 'slack', true),
      delivered('5', 'hook', false, 'dropped'),
    ];
    // A journal from before attempts were numbered: two failed tries of hook are still retrying.
    expect(timeline(events).map((e) => e.summary).slice(1)).toEqual([
      'Update delivered to slack after 2 attempts',
      'Delivery to hook dropped by dana',
    ]);
  });

  it('an immediate escalation says "now", not "after immediately"', () => {
    const profile = BUILT_IN_PROFILES['sev4-response']!;
    const events: IncidentEvent[] = [
      { ...base, id: 'd', type: 'incident/declared', incident: 'INC-1', title: 't', severity: 'SEV1' },
    ];
    const labels = computeClocks(fold(events), profile, T0 + 1000).map((c) => c.label);
    expect(labels.some((l) => l.includes('after immediately'))).toBe(false);
    expect(labels.some((l) => l.startsWith('Notify') && l.endsWith(' now'))).toBe(true);
  });

  it('an update says where it went: the drill outbox, targets, or the timeline only — never "copied"', () => {
    const posted = (targets: string[]) =>
      summarize({ ...base, id: 'u', type: 'update/posted', text: 'x', targets, deliveries: [] });
    expect(posted(['drill-outbox'])).toBe('Drill update written to the drill outbox file (nothing sent)');
    expect(posted(['slack'])).toBe('Update posted to slack');
    expect(posted([])).toBe('Update posted (timeline only; no delivery targets)');
  });
});
