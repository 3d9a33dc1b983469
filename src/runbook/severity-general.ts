/** Values a runbook states for every level at once, and levels it only names in sentences. */
import { parseDuration } from './durations.js';
import type { SeverityField } from './fields.js';
import type { SeverityBook } from './severity-book.js';
import { severityKey, severityRefs } from './severity-ids.js';
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
const POSTMORTEM = /post.?mortem|post.?incident|\bpir\b|retrospective/i;
const DOCUMENT = /\b(document|write.?up|report)\b/i;

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

/**
 * "Post-mortem: within 5 business days" for every level without its own deadline, or only for the
 * levels a sentence beside it names ("Required for P0 and P1 incidents").
 */
function generalPostmortem(all: readonly Sentence[], book: SeverityBook): { field: SeverityField; line: number; text: string } | undefined {
  const hit = all.find((s) => (POSTMORTEM.test(s.text) || POSTMORTEM.test(s.context)) && /\bwithin\b/i.test(s.text) && severityRefs(s.text).length === 0);
  if (!hit) return undefined;
  const due = /\bwithin\s+([^.,;:]+)/i.exec(hit.text)?.[1] ?? '';
  // Only the clause that says "required" names the levels ("Required for SEV1 and SEV2. Optional for SEV3.").
  const clause = (text: string) => /\brequired\b[^.;]*/i.exec(text)?.[0] ?? '';
  const only = all.find((s) => s.context === hit.context && severityRefs(clause(s.text)).length > 0);
  const keys = only ? new Set(severityRefs(clause(only.text))) : undefined;
  const levels = book.list.filter((sev) => sev.postmortem === undefined && (!keys || keys.has(severityKey(sev.id))));
  const fromClosing = /\bclos(e|ing|ed)\b/i.test(hit.text);
  for (const sev of levels) if (book.assign(sev, 'postmortem', due, hit.line) && fromClosing) sev.postmortemFrom = 'closed';
  // "Post-incident review: within 3 business days" then "Post-incident document: within 5": the document has its own deadline.
  const doc = DOCUMENT.test(hit.text) ? undefined : all.find((s) => s !== hit && s.context === hit.context && DOCUMENT.test(s.text) && /\bwithin\b/i.test(s.text));
  const docDue = doc ? parseDuration(/\bwithin\s+([^.,;:]+)/i.exec(doc.text)?.[1] ?? '') : undefined;
  if (doc && docDue) for (const sev of levels) if (sev.postmortem) sev.postmortemDocument = { value: docDue, line: doc.line };
  return levels.length > 0 ? { field: 'postmortem', line: hit.line, text: hit.text } : undefined;
}
