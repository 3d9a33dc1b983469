/**
 * The one-line clock strip's choice of words: every running clock in full when they all fit,
 * else each in short ("ack 4:12 · upd 12:03"), and when even those do not fit, "+N more".
 */
import type { Clock } from '../../incident/clock.js';
import type { TokenName } from '../../theme/tokens.js';
import { cellWidth } from './format.js';
import { clockText } from './incident-view.js';

/** One clock as the strip prints it. */
export type StripItem = { readonly id: string; readonly text: string; readonly token: TokenName };

/** What the strip prints: the clocks that fit, most urgent first, and how many did not. */
export type Strip = { readonly items: readonly StripItem[]; readonly more: number };

const SEPARATOR = 3; // " · "

const SHORT: Record<string, string> = {
  ack: 'ack',
  commander: 'IC',
  mitigation: 'mitigate',
  update: 'upd',
  watch: 'watch',
  postmortem: 'pm',
  'postmortem-document': 'pm doc',
};

/**
 * A clock's name in a word or two: "ack", "upd", "→SEV1" for an upgrade rule, "esc on-call" for
 * a notify rule (its id), or just "esc" when `tight`.
 */
export function shortClockLabel(clock: Clock, tight = false): string {
  if (clock.id.startsWith('escalation:')) {
    const upgrade = /→\s*(\S+)/.exec(clock.label);
    if (upgrade) return `→${upgrade[1]}`;
    const rule = clock.id.slice('escalation:'.length);
    return tight || !rule ? 'esc' : `esc ${rule.length > 12 ? `${rule.slice(0, 11)}…` : rule}`;
  }
  return SHORT[clock.id] ?? clock.id;
}

/** "04:58" → "4:58", "-01:02" → "-1:02"; longer spans unchanged. */
function shortTime(text: string): string {
  return text.replace(/(^|\s|-)0(\d:\d\d)$/, '$1$2');
}

/** The shortest cut label worth showing. */
const MIN_LABEL = 12;

/**
 * A clock in full. A label longer than `longest` (a notify rule naming a whole contact list) is
 * cut, so the clocks after it still fit and the most urgent one never hides the others.
 */
function full(clock: Clock, longest: number): string {
  const t = clockText(clock);
  // "Acknowledge immediately" due now reads "Acknowledge now", not "… immediately now".
  const named = t.text === 'now' ? clock.label.replace(/\s+(immediately|now)$/, '') : clock.label;
  const label = named.length > longest ? `${named.slice(0, longest - 1).trimEnd()}…` : named;
  return `${t.mark} ${label} ${t.text}`;
}

function short(clock: Clock, tight: boolean): string {
  const t = clockText(clock);
  const time =
    clock.state === 'breached' ? `BREACHED ${shortTime(t.text.replace('BREACHED ', ''))}` : shortTime(t.text);
  // Colour tells ok from near; the mark stays where it warns (and on a screen without colour).
  const mark = clock.state === 'ok' ? '' : `${t.mark} `;
  return `${mark}${shortClockLabel(clock, tight)} ${time}`;
}

function width(texts: readonly string[]): number {
  return texts.reduce((n, t) => n + cellWidth(t), 0) + SEPARATOR * Math.max(0, texts.length - 1);
}

/** A clock still counting: not done, and not without a deadline at this level. */
export function isRunning(clock: Clock): boolean {
  return clock.state !== 'done' && clock.state !== 'n/a';
}

/** The strip for `room` cells; `clocks` come most urgent first (see visibleClocks). */
export function stripClocks(clocks: readonly Clock[], room: number): Strip {
  const running = clocks.filter(isRunning);
  const item = (c: Clock, text: string): StripItem => ({ id: c.id, text, token: clockText(c).token });
  const longest = Math.max(MIN_LABEL, Math.floor(room / 3));
  const long = running.map((c) => full(c, longest));
  if (width(long) <= room) return { items: running.map((c, i) => item(c, long[i]!)), more: 0 };
  const named = running.map((c) => short(c, false));
  if (width(named) <= room) return { items: running.map((c, i) => item(c, named[i]!)), more: 0 };
  const shorts = running.map((c) => short(c, true));
  if (width(shorts) <= room) return { items: running.map((c, i) => item(c, shorts[i]!)), more: 0 };
  // Not even the short forms all fit: keep the most urgent and say how many are left out.
  const items: StripItem[] = [];
  let used = 0;
  for (const [i, c] of running.entries()) {
    const left = running.length - i - 1;
    const tail = left > 0 ? SEPARATOR + cellWidth(`+${left} more`) : 0;
    const cost = (items.length > 0 ? SEPARATOR : 0) + cellWidth(shorts[i]!);
    if (used + cost + tail > room) break;
    items.push(item(c, shorts[i]!));
    used += cost;
  }
  return { items, more: running.length - items.length };
}
