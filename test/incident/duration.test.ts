import { describe, expect, it } from 'vitest';
import { cadenceLabel, type Duration, dueFrom, durationLabel, withinLabel } from '../../src/incident/duration.js';
import { DAY, HOUR, MIN, T0 } from './events-builder.js';

describe('durations', () => {
  it.each([
    [{ minutes: 5 }, T0 + 5 * MIN, '< 5 min', 'every 5 min'],
    [{ hours: 2 }, T0 + 2 * HOUR, '< 2 h', 'every 2 h'],
    [{ days: 7 }, T0 + 7 * DAY, '< 7 days', 'every 7 days'],
    [{ businessDays: 3 }, T0 + 5 * DAY, '< 3 business days', 'every 3 business days'],
    [{ businessDays: 1 }, T0 + DAY, '< 1 business day', 'every 1 business day'],
    [{ kind: 'immediate' }, T0, 'immediately', 'immediately'],
    [{ kind: 'next-business-day' }, T0 + DAY, 'next business day', 'next business day'],
    [{ kind: 'daily' }, T0 + DAY, 'daily', 'daily'],
    [{ kind: 'next-sprint' }, null, 'next sprint', 'next sprint'],
    [{ kind: 'async' }, null, 'async', 'async'],
  ] as [Duration, number | null, string, string][])('%j from Wednesday noon is due %s, labelled "%s"', (d, due, within, cadence) => {
    expect(dueFrom(d, T0)).toBe(due);
    expect(withinLabel(d)).toBe(within);
    expect(cadenceLabel(d)).toBe(cadence);
  });

  it('skips the weekend for business days', () => {
    const friday = T0 + 2 * DAY;
    expect(dueFrom({ kind: 'next-business-day' }, friday)).toBe(friday + 3 * DAY);
    expect(dueFrom({ businessDays: 3 }, friday)).toBe(friday + 5 * DAY);
    expect(durationLabel({ businessDays: 5 })).toBe('5 business days');
  });
});
