/**
 * A post-mortem rule written once for several levels: "Post-mortem: within 5 business days", with
 * the levels that must hold one ("Required for P0 and P1") and those for which it is optional
 * ("Optional for P2") in sentences of the same section.
 */
import type { SeverityField } from './fields.js';
import { parseDuration } from './durations.js';
import type { SeverityBook } from './severity-book.js';
import { severityKey, severityRefs } from './severity-ids.js';
import type { Sentence } from './severity-prose.js';

const POSTMORTEM = /post.?mortem|post.?incident|\bpir\b|retrospective/i;
const DOCUMENT = /\b(document|write.?up|report)\b/i;

const REQUIRED = /\b(required|mandatory)\b/i;
const OPTIONAL = /\b(optional|at the discretion\b|if (the )?(team|ic|commander) (asks|wants|decides))/i;
const NOT_REQUIRED = /\bnot (required|mandatory)\b/gi;

/** The clause from `word` to the end of its sentence or to the other word: "Required for SEV1 and SEV2, optional for SEV3". */
function clause(word: RegExp, other: RegExp, text: string): string {
  const m = word.exec(text);
  if (!m) return '';
  const rest = text.slice(m.index).split(/[.;]/)[0] ?? '';
  const stop = other.exec(rest.slice(m[0].length));
  return stop ? rest.slice(0, m[0].length + stop.index) : rest;
}

const aboutPostmortem = (s: Sentence) => POSTMORTEM.test(s.text) || POSTMORTEM.test(s.context);
const within = (text: string) => /\bwithin\s+([^.,;:]+)/i.exec(text)?.[1];

/** Level key to whether the post-mortem section says it is required (true) or optional (false), and the line that says so. */
function whichLevels(near: readonly Sentence[]): Map<string, { required: boolean; line: number }> {
  const out = new Map<string, { required: boolean; line: number }>();
  for (const s of near) {
    const text = s.text.replace(NOT_REQUIRED, 'optional');
    for (const key of severityRefs(clause(REQUIRED, OPTIONAL, text))) out.set(key, { required: true, line: s.line });
    for (const key of severityRefs(clause(OPTIONAL, REQUIRED, text))) if (!out.get(key)?.required) out.set(key, { required: false, line: s.line });
  }
  return out;
}

/**
 * Applies the rule to every level without its own post-mortem deadline, or only to the levels the
 * section names; levels it calls optional get the deadline too, marked not required.
 */
export function generalPostmortem(all: readonly Sentence[], book: SeverityBook): { field: SeverityField; line: number; text: string } | undefined {
  const rules = all.filter((s) => aboutPostmortem(s) && within(s.text) !== undefined && severityRefs(s.text).length === 0);
  // The post-mortem section's own deadline beats a step of a flow elsewhere that mentions it.
  const hit = rules.find((s) => POSTMORTEM.test(s.context)) ?? rules[0];
  const named = whichLevels(all.filter((s) => (hit ? s.context === hit.context : aboutPostmortem(s))));
  if (!hit && named.size === 0) return undefined;
  const changed = book.list.filter((sev) => sev.postmortem === undefined && sev.postmortemRequired === undefined && (named.size === 0 || named.has(severityKey(sev.id))));
  for (const sev of changed) {
    const said = named.get(severityKey(sev.id));
    if (said) sev.postmortemRequired = { value: said.required, line: said.line };
    if (hit && book.assign(sev, 'postmortem', within(hit.text) ?? '', hit.line) && /\bclos(e|ing|ed)\b/i.test(hit.text)) sev.postmortemFrom = 'closed';
  }
  // "Post-incident review: within 3 business days" then "Post-incident document: within 5": the document has its own deadline.
  const doc = !hit || DOCUMENT.test(hit.text) ? undefined : all.find((s) => s !== hit && s.context === hit.context && DOCUMENT.test(s.text) && within(s.text) !== undefined);
  const docDue = doc ? parseDuration(within(doc.text) ?? '') : undefined;
  if (doc && docDue) for (const sev of changed) if (sev.postmortem) sev.postmortemDocument = { value: docDue, line: doc.line };
  const rule = hit ?? all.find((s) => s.line === [...named.values()][0]?.line);
  return changed.length > 0 && rule ? { field: 'postmortem', line: rule.line, text: rule.text } : undefined;
}
