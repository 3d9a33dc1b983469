/** Severity values written in sentences: per-level ("15 min (SEV1) or 30 min (SEV2)") and general ones. */
import { parseDuration } from './durations.js';
import type { SeverityField } from './fields.js';
import type { RunbookNode } from './lex.js';
import type { SeverityBook } from './severity-book.js';
import { severityKey, severityRefs } from './severity-ids.js';

/** A sentence and its line, from paragraphs and list items. */
export interface Sentence {
  readonly text: string;
  readonly line: number;
  readonly context: string;
}

/** Paragraph lines and list items, each with its section headings as context. */
export function sentences(nodes: readonly RunbookNode[]): Sentence[] {
  const out: Sentence[] = [];
  for (const node of nodes) {
    const context = node.path.map((h) => h.text).join(' / ');
    if (node.kind === 'paragraph') {
      node.text.split('\n').forEach((text, i) => {
        out.push({ text, line: node.line + i, context });
      });
    } else if (node.kind === 'list') {
      // A nested item's context includes its parent item ("6. **Post-mortem**" over "Within 48 hours").
      const walk = (items: typeof node.items, within: string) => {
        for (const item of items) {
          out.push({ text: item.text, line: item.line, context: within });
          if (item.children.length > 0) walk(item.children, `${within} / ${item.text}`);
        }
      };
      walk(node.items, context);
    }
  }
  return out;
}

function proseField(text: string, context: string): SeverityField | undefined {
  const t = text.toLowerCase();
  if (/post.?mortem|post.?incident|review|\bpir\b/.test(t)) return 'postmortem';
  if (/monitor|no new error|watch|stand.?down|before (declaring )?resolv/.test(t)) return 'watch';
  if (/updat|cadence|frequen|\bevery\b/.test(t)) return 'cadence';
  if (/acknowledg|\back\b|respon/.test(t)) return 'ack';
  const c = context.toLowerCase();
  if (/updat|communicat/.test(c)) return 'cadence';
  if (/resolv|verif/.test(c)) return 'watch';
  return undefined;
}

const SPAN = String.raw`((?:\d+(?:\.\d+)?|one|two|three|four|five)\s*(?:business days?|minutes?|mins?|hours?|hrs?|h|days?|weeks?))`;
const PAREN = new RegExp(`${SPAN}\\s*\\(([^)]*)\\)`, 'gi');
const REFS = String.raw`((?:P|SEV[- ]?)[0-9](?:\s*(?:\/|,|-|–|and|or|&)\s*(?:P|SEV[- ]?)?[0-9]\b)*)`;
const FOR = new RegExp(`${SPAN}(?:\\s+of\\s+\\w+)?\\s+for\\s+${REFS}`, 'gi');

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

/** Per-level values in sentences: "Every 15 minutes (SEV1) or 30 minutes (SEV2)". */
export function severitiesFromProse(all: readonly Sentence[], book: SeverityBook): void {
  for (const s of all) {
    const field = proseField(s.text, s.context);
    if (!field) continue;
    for (const re of [PAREN, FOR]) {
      for (const m of s.text.matchAll(re)) {
        for (const key of severityRefs(m[2] ?? '')) {
          const sev = book.list.find((x) => severityKey(x.id) === key);
          if (sev) book.assign(sev, field, m[1] ?? '', s.line);
        }
      }
    }
  }
}

const GENERAL: ReadonlyArray<readonly [SeverityField, RegExp]> = [
  ['ack', /\backnowledg\w*\s+(?:[\w-]+\s+){0,3}?within\s+([^.,;]+)/i],
  ['cadence', /\bupdates?\s+(?:[\w-]+\s+){0,3}?every\s+([^.,;]+)/i],
  // "Monitor for 2 hours post-fix", "Monitor closely for 30 minutes"; not "monitor error rates for 15 minutes".
  ['watch', /\bmonitor\w*\s+(?:\w+ly\s+)?for\s+([^.,;]+)/i],
];
const POSTMORTEM = /post.?mortem|post.?incident|\bpir\b|retrospective/i;

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
  return levels.length > 0 ? { field: 'postmortem', line: hit.line, text: hit.text } : undefined;
}
