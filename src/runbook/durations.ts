/** Durations in the forms runbooks write them: "< 5 minutes", "2 h", "next business day", "daily". */
import type { Duration } from '../incident/duration.js';

const WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, ten: 10,
  fifteen: 15, twenty: 20, thirty: 30, sixty: 60, half: 0.5,
};
const NUMBER = '(\\d+(?:\\.\\d+)?|an?|one|two|three|four|five|six|seven|eight|ten|fifteen|twenty|thirty|sixty|half an?)';
const UNIT = '(seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|wks?|w)(?![a-z])';
// A digit may touch its unit ("30min"); a word must be a whole word apart from it, so "and" is not
// "a d", nor "am" "a m": "a day", "an hour", "five-minute".
const WORD_NUMBER = '(an?|one|two|three|four|five|six|seven|eight|ten|fifteen|twenty|thirty|sixty|half an?)';
const WORD_UNIT = '(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|wks?)(?![a-z])';
const AMOUNT = new RegExp(
  `(?:^|[^\\w.])(?:(\\d+(?:\\.\\d+)?)\\s*-?\\s*${UNIT}|${WORD_NUMBER}(?:\\s+|\\s*-\\s*)${WORD_UNIT})`,
);

function amount(word: string): number | undefined {
  const n = Number(word);
  if (!Number.isNaN(n)) return n;
  return WORDS[word.split(' ')[0] ?? ''];
}

function span(n: number, unit: string): Duration | undefined {
  const whole = (x: number) => Number.isInteger(x) && x > 0;
  if (/^(s|secs?|seconds?)$/.test(unit)) return whole(n / 60) ? { minutes: n / 60 } : undefined;
  if (/^(m|mins?|minutes?)$/.test(unit)) return whole(n) ? { minutes: n } : undefined;
  if (/^(h|hrs?|hours?)$/.test(unit)) return whole(n) ? { hours: n } : whole(n * 60) ? { minutes: n * 60 } : undefined;
  if (/^(d|days?)$/.test(unit)) return whole(n) ? { days: n } : whole(n * 24) ? { hours: n * 24 } : undefined;
  return whole(n * 7) ? { days: n * 7 } : undefined;
}

/** Reads the first duration in a phrase, keeping the unit it was written in; undefined when it holds none. */
export function parseDuration(input: string): Duration | undefined {
  const text = input
    .toLowerCase()
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (/\bnext (business|working) day\b/.test(text)) return { kind: 'next-business-day' };
  if (/\bnext sprint\b/.test(text)) return { kind: 'next-sprint' };
  const biz = new RegExp(`${NUMBER}\\s+(business|working) days?`).exec(text);
  const bizDays = biz ? amount(biz[1] ?? '') : undefined;
  if (bizDays !== undefined && Number.isInteger(bizDays)) return { businessDays: bizDays };
  // A range ("30–60 minutes", "every 2-4 hours") keeps its first, stricter number.
  const m = AMOUNT.exec(text.replace(/(\d+(?:\.\d+)?)\s*(?:-|–|—|to)\s*\d+(?:\.\d+)?(?=\s*[a-z])/g, '$1'));
  const n = m ? amount(m[1] ?? m[3] ?? '') : undefined;
  if (m && n !== undefined) return span(n, m[2] ?? m[4] ?? '');
  if (/\b(every|each|per|an?) hour\b|\bhourly\b/.test(text)) return { hours: 1 };
  if (/\bdaily\b|\bevery day\b|\bonce a day\b/.test(text)) return { kind: 'daily' };
  if (/\bweekly\b|\bevery week\b/.test(text)) return { days: 7 };
  if (/\bimmediate(ly)?\b|^(now|asap|at once)\b/.test(text)) return { kind: 'immediate' };
  if (/\basync(hronous(ly)?)?\b/.test(text)) return { kind: 'async' };
  return undefined;
}
