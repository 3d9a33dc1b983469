/**
 * Durations as the runbooks state them: fixed spans, business days, and the named forms
 * ("immediately", "next business day", "next sprint", "async", "daily") that have no fixed length.
 */
import { addBusinessDays } from 'date-fns';
import { z } from 'zod';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** The named durations a runbook may use instead of a number. */
export const DURATION_KINDS = ['immediate', 'next-business-day', 'next-sprint', 'async', 'daily'] as const;

/** A named duration. */
export type DurationKind = (typeof DURATION_KINDS)[number];

const count = z.number().int('must be a whole number').positive('must be more than 0');

/** Zod schema of a duration; unknown keys are rejected so typos such as {"minute": 5} are caught. */
export const durationSchema = z.union(
  [
    z.strictObject({ minutes: count }),
    z.strictObject({ hours: count }),
    z.strictObject({ days: count }),
    z.strictObject({ businessDays: count }),
    z.strictObject({ kind: z.enum(DURATION_KINDS) }),
  ],
  {
    error:
      'expected a duration: {"minutes": N}, {"hours": N}, {"days": N}, {"businessDays": N} or {"kind": ' +
      `${DURATION_KINDS.map((k) => `"${k}"`).join(' | ')}}`,
  },
).meta({ id: 'duration', description: 'A span of time, or a named one such as "next business day"' });

/** A duration from a profile. */
export type Duration = z.infer<typeof durationSchema>;

/** Shorthand constructors used by the built-in profiles. */
export const minutes = (n: number): Duration => ({ minutes: n });
/** Shorthand for {hours: n}. */
export const hours = (n: number): Duration => ({ hours: n });
/** Shorthand for {days: n} (calendar days). */
export const days = (n: number): Duration => ({ days: n });
/** Shorthand for {businessDays: n}. */
export const businessDays = (n: number): Duration => ({ businessDays: n });
/** Shorthand for a named duration. */
export const named = (kind: DurationKind): Duration => ({ kind });

/** Length in ms when it does not depend on the calendar; null for business days and open-ended kinds. */
export function durationMs(d: Duration): number | null {
  if ('minutes' in d) return d.minutes * MINUTE_MS;
  if ('hours' in d) return d.hours * HOUR_MS;
  if ('days' in d) return d.days * DAY_MS;
  if ('businessDays' in d) return null;
  switch (d.kind) {
    case 'immediate':
      return 0;
    case 'daily':
      return DAY_MS;
    case 'next-business-day':
    case 'next-sprint':
    case 'async':
      return null;
    default: {
      const _never: never = d.kind;
      return _never;
    }
  }
}

/**
 * The moment a duration ends when started at `startMs`, or null when it has no deadline
 * ("next sprint", "async"). Business days skip Saturday and Sunday in the local time zone;
 * "next business day" is the same time on the next working day.
 */
export function dueFrom(d: Duration, startMs: number): number | null {
  if ('businessDays' in d) return addBusinessDays(new Date(startMs), d.businessDays).getTime();
  if ('kind' in d && d.kind === 'next-business-day') return addBusinessDays(new Date(startMs), 1).getTime();
  const ms = durationMs(d);
  return ms === null ? null : startMs + ms;
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/** A short human label: "5 min", "2 h", "3 business days", "next business day". */
export function durationLabel(d: Duration): string {
  if ('minutes' in d) return `${d.minutes} min`;
  if ('hours' in d) return `${d.hours} h`;
  if ('days' in d) return plural(d.days, 'day');
  if ('businessDays' in d) return plural(d.businessDays, 'business day');
  switch (d.kind) {
    case 'immediate':
      return 'immediately';
    case 'next-business-day':
      return 'next business day';
    case 'next-sprint':
      return 'next sprint';
    case 'async':
      return 'async';
    case 'daily':
      return 'daily';
    default: {
      const _never: never = d.kind;
      return _never;
    }
  }
}

/** A deadline label: "< 5 min" for measured spans, the plain label for named ones. */
export function withinLabel(d: Duration): string {
  return 'kind' in d ? durationLabel(d) : `< ${durationLabel(d)}`;
}

/** A cadence label: "every 15 min", "daily", "async". */
export function cadenceLabel(d: Duration): string {
  return 'kind' in d ? durationLabel(d) : `every ${durationLabel(d)}`;
}
