import { appendFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IncidentSession } from '../../src/app/incident-session.js';
import { declaredSession } from '../actions/helpers.js';

describe('resuming a journal with a torn last line', () => {
  it('says so once, not once for reading and again for repairing', () => {
    const t = declaredSession();
    t.session.record({ type: 'note/added', text: 'kept' });
    t.session.close();
    appendFileSync(t.journal, '{"type":"note/added","te');
    const again = new IncidentSession({ ...t.session.options, user: () => 'lee' });
    again.resume(t.session.state.id, t.journal);
    expect(again.warnings.filter((w) => w.includes('cut short'))).toEqual([
      'line 3 was cut short by a crash and was removed',
    ]);
    expect(again.events.map((e) => e.type)).toEqual(['incident/declared', 'note/added']);
    again.close();
  });
});
