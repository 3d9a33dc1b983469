import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../src/runbook/durations.js';

describe('parseDuration reads the forms runbooks use', () => {
  it.each([
    ['< 5 minutes', { minutes: 5 }],
    ['15 min', { minutes: 15 }],
    ['30min', { minutes: 30 }],
    ['2 h', { hours: 2 }],
    ['4 hours', { hours: 4 }],
    ['within 48 hours', { hours: 48 }],
    ['1.5 hours', { minutes: 90 }],
    ['every 30 min', { minutes: 30 }],
    ['Every 15 minutes minimum', { minutes: 15 }],
    ['every hour', { hours: 1 }],
    ['hourly', { hours: 1 }],
    ['1 business day', { businessDays: 1 }],
    ['within 3 business days', { businessDays: 3 }],
    ['one week', { days: 7 }],
    ['next business day', { kind: 'next-business-day' }],
    ['Next sprint', { kind: 'next-sprint' }],
    ['immediate', { kind: 'immediate' }],
    ['**Immediately**', { kind: 'immediate' }],
    ['async', { kind: 'async' }],
    ['daily', { kind: 'daily' }],
    ['Daily (if ongoing)', { kind: 'daily' }],
  ])('%s', (text, expected) => {
    expect(parseDuration(text)).toEqual(expected);
  });

  it.each(['CTO + CEO notification required', 'Performance degradation > 50%', 'as needed', ''])(
    'finds no duration in "%s"',
    (text) => {
      expect(parseDuration(text)).toBeUndefined();
    },
  );
});
