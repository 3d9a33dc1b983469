/** Severity values written in sentences for named levels: "15 min (SEV1) or 30 min (SEV2)", "every 15 minutes for P0". */
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
