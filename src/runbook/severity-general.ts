/** Values a runbook states for every level at once, and levels it only names in sentences. */
import { parseDuration } from './durations.js';
import type { SeverityField } from './fields.js';
import type { SeverityBook } from './severity-book.js';
import { severityRefs } from './severity-ids.js';
import { generalPostmortem } from './severity-postmortem.js';
import type { Sentence } from './severity-prose.js';

/**
 * When no table, heading or list defines a level, the levels the text names ("Classify as
 * Sev1/Sev2/Sev3") in one scheme, most severe first. Returns how many were added.
 */
export function levelsNamedInProse(all: readonly Sentence[], book: SeverityBook): number {
  const first = new Map<string, number>();
  for (const s of all) for (const key of severityRefs(s.text)) if (!first.has(key)) first.set(key, s.line);
  const scheme = (k: string) => k.replace(/\d+$/, '');
  const counts = new Map<string, number>();
  for (const k of first.keys()) counts.set(scheme(k), (counts.get(scheme(k)) ?? 0) + 1);
  const main = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  const keys = [...first.keys()].filter((k) => scheme(k) === main).sort((a, b) => Number(a.slice(main?.length)) - Number(b.slice(main?.length)));
  for (const key of keys) book.upsert(key, first.get(key) ?? 1);
  return keys.length;
}

const GENERAL: ReadonlyArray<readonly [SeverityField, RegExp]> = [
  ['ack', /\backnowledg\w*\s+(?:[\w-]+\s+){0,3}?within\s+([^.,;]+)/i],
  ['cadence', /\bupdates?\s+(?:[\w-]+\s+){0,3}?every\s+([^.,;]+)/i],
  // "Monitor for 2 hours post-fix", "Monitor closely for 30 minutes"; not "monitor error rates for 15 minutes".
  ['watch', /\bmonitor\w*\s+(?:\w+ly\s+)?for\s+([^.,;]+)/i],
];

/** General statements ("Acknowledge alerts within 5 minutes") fill levels that have no value of their own. */
export function generalSeverityValues(all: readonly Sentence[], book: SeverityBook): Array<{ field: SeverityField; line: number; text: string }> {
  const applied: Array<{ field: SeverityField; line: number; text: string }> = [];
  for (const [field, re] of GENERAL) {
    let hit: { s: Sentence; m: RegExpExecArray } | undefined;
    for (const s of all) {
      const m = re.exec(s.text);
      // "Monitor for stability" names no time: only a readable duration makes a general rule.
      if (m && severityRefs(s.text).length === 0 && parseDuration(m[1] ?? '')) {
        hit = { s, m };
        break;
      }
    }
    if (!hit) continue;
    const missing = book.list.filter((sev) => sev[field as 'ack' | 'cadence'] === undefined);
    for (const sev of missing) book.assign(sev, field, hit.m[1] ?? '', hit.s.line);
    if (missing.length > 0) applied.push({ field, line: hit.s.line, text: hit.s.text });
  }
  const pm = generalPostmortem(all, book);
  if (pm) applied.push(pm);
  return applied;
}
