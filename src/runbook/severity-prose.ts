/** Severity values written in sentences: per-level ("15 min (SEV1) or 30 min (SEV2)") and general ones. */
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
      const walk = (items: typeof node.items) => {
        for (const item of items) {
          out.push({ text: item.text, line: item.line, context });
          walk(item.children);
        }
      };
      walk(node.items);
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
const REFS = String.raw`((?:P|SEV[- ]?)[0-5](?:\s*(?:\/|,|-|–|and|or|&)\s*(?:P|SEV[- ]?)?[0-5]\b)*)`;
const FOR = new RegExp(`${SPAN}(?:\\s+of\\s+\\w+)?\\s+for\\s+${REFS}`, 'gi');

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
];

/** General statements ("Acknowledge alerts within 5 minutes") fill levels that have no value of their own. */
export function generalSeverityValues(all: readonly Sentence[], book: SeverityBook): Array<{ field: SeverityField; line: number; text: string }> {
  const applied: Array<{ field: SeverityField; line: number; text: string }> = [];
  for (const [field, re] of GENERAL) {
    const hit = all.map((s) => ({ s, m: re.exec(s.text) })).find((x) => x.m && severityRefs(x.s.text).length === 0);
    if (!hit?.m) continue;
    const missing = book.list.filter((sev) => sev[field as 'ack' | 'cadence'] === undefined);
    for (const sev of missing) book.assign(sev, field, hit.m[1] ?? '', hit.s.line);
    if (missing.length > 0) applied.push({ field, line: hit.s.line, text: hit.s.text });
  }
  return applied;
}
