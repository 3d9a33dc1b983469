import { describe, expect, it } from 'vitest';
import { hintText } from '../../src/ui/panels/Footer.js';
import { fitHints, hintWidth, outboxHint, rankHints, urgentCommands } from '../../src/ui/view/footer-hints.js';
import { T0, testSession } from '../helpers/app.js';

const active = ['services', 'incident', 'global'] as const;

describe('footer hints', () => {
  it('put what the incident asks for first: ack, a required role, an overdue update', () => {
    const s = testSession();
    s.declare('db down', 'SEV1');
    const urgent = urgentCommands(s.state, [{ id: 'update', label: 'u', startedAt: T0, dueAt: T0, state: 'breached', remainingMs: -1 }], [
      { who: undefined, required: true },
    ]);
    expect(urgent).toEqual(['incident.ack', 'incident.roles', 'comms.compose']);
    const ranked = rankHints(hintText([...active]), urgent).map((h) => h.key);
    expect(ranked.slice(0, 3)).toEqual(['a', 'r', 'u']);
  });

  it('moves ack down once acknowledged, and offers declare first with no incident', () => {
    const s = testSession();
    expect(urgentCommands(s.state, [], [])).toEqual(['incident.declare']);
    s.declare('db down', 'SEV3');
    s.record({ type: 'incident/acknowledged' });
    const ranked = rankHints(hintText([...active]), urgentCommands(s.state, [], [])).map((h) => h.label);
    expect(ranked.indexOf('ack')).toBeGreaterThan(ranked.indexOf('update'));
    expect(ranked.indexOf('ack')).toBeGreaterThan(ranked.indexOf('commands'));
  });

  it('offer m outbox with its count among what needs you now, only while a delivery did not go through', () => {
    const s = testSession();
    s.declare('db down', 'SEV3');
    s.record({ type: 'incident/acknowledged' });
    const urgent = urgentCommands(s.state, [], [], 2);
    expect(urgent).toEqual(['outbox.open']);
    const ranked = rankHints([...hintText([...active]), ...outboxHint(2)], urgent);
    expect(ranked[0]).toEqual({ id: 'outbox.open', key: 'm', label: 'outbox 2' });
    expect(fitHints(ranked, 80).map((h) => `${h.key} ${h.label}`)).toContain('m outbox 2');
    expect(urgentCommands(s.state, [], [], 0)).toEqual([]);
    expect(outboxHint(0)).toEqual([]);
  });

  it('drop whole hints to fit and keep help and quit', () => {
    const ranked = rankHints(hintText([...active]), []);
    for (const width of [60, 80, 120]) {
      const shown = fitHints(ranked, width);
      expect(shown.reduce((n, h) => n + hintWidth(h), 0)).toBeLessThanOrEqual(width);
      expect(shown.map((h) => h.label)).toEqual(expect.arrayContaining(['help', 'quit']));
    }
    expect(fitHints(ranked, 60).length).toBeLessThan(ranked.length);
  });
});
