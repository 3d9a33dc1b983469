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

  it.each([
    ['within an hour', { hours: 1 }],
    ['a day', { days: 1 }],
    ['five-minute check-in', { minutes: 5 }],
    ['half an hour', { minutes: 30 }],
    ['every 2hrs', { hours: 2 }],
  ])('reads the word numbers as whole words: %s', (text, expected) => {
    expect(parseDuration(text)).toEqual(expected);
  });

  // "and" was read as "a d" (1 day), "am" as 1 minute and "ah" as 1 hour, putting false SLAs on clocks.
  it.each([
    'Sales and marketing are told',
    'Page the team lead and the manager',
    'Call at 9 am',
    'Yeah, ah, escalate',
    'I am the incident commander',
    'Dam failure',
  ])('finds no duration inside ordinary words: "%s"', (text) => {
    expect(parseDuration(text)).toBeUndefined();
  });

  it.each(['CTO + CEO notification required', 'Performance degradation > 50%', 'as needed', ''])(
    'finds no duration in "%s"',
    (text) => {
      expect(parseDuration(text)).toBeUndefined();
    },
  );
});
