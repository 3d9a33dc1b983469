/** Severities from a heading per level (with "Key: value" bullets) and from lists of levels. */

import { parseDuration } from './durations.js';
import { classifyField, type SeverityField } from './fields.js';
import { type LevelName, parseSeverityName, readLevel, readLevels } from './level-names.js';
import type { ListItemNode, RunbookNode } from './lex.js';
import type { SeverityBook } from './severity-book.js';
import { namedLevel } from './severity-ids.js';
import type { SeverityDraft } from './types.js';

const SEVERITY_SECTION = /severit|priorit|\blevels?\b|classif|grading|\bsev\b/i;

/** True when any enclosing heading or the lead paragraph is about severities. */
export function inSeveritySection(node: RunbookNode): boolean {
  return node.path.some((h) => SEVERITY_SECTION.test(h.text)) || SEVERITY_SECTION.test(node.lead ?? '');
}

/**
 * The levels a heading defines ("Critical (P0)", "SEV1 - Critical", "Priority 1 (P1)", "Severity:2",
 * and under a severity section "S3", "Minor" or "Low and Medium"); empty when it defines none.
 */
export function severityHeading(node: RunbookNode): LevelName[] {
  if (node.kind !== 'heading' || node.text.length > 60) return [];
  const parsed = parseSeverityName(node.text);
  if (parsed && (parsed.label ?? '').split(' ').length <= 5) return [parsed];
  const parents = node.path.slice(0, -1);
  if (!parents.some((h) => SEVERITY_SECTION.test(h.text))) return [];
  return readLevels(node.text, { short: true });
}

function keyValue(text: string): { key: string; value: string } | undefined {
  const m = /^([^:]{2,40}):\s*(.+)$/.exec(text);
  return m ? { key: m[1] ?? '', value: m[2] ?? '' } : undefined;
}

/** Applies "Response time: < 5 minutes" style lines to a severity; other lines become its description. */
export function applyKeyLines(
  sev: SeverityDraft,
  lines: ReadonlyArray<{ text: string; line: number }>,
  book: SeverityBook,
): void {
  const loose: Array<{ text: string; line: number }> = [];
  for (const l of lines) {
    const kv = keyValue(l.text);
    const field = kv ? classifyField(kv.key) : undefined;
    if (kv && field && field !== 'id' && field !== 'description') book.assign(sev, field, kv.value, l.line);
    else if (!kv && assignClauses(sev, l.text, l.line, book) > 0) continue;
    else loose.push(kv && field === 'description' ? { text: kv.value, line: l.line } : l);
  }
  const first = loose[0];
  if (first) book.assign(sev, 'description', loose.map((l) => l.text).join('; '), first.line);
}

const CLAUSE_FIELDS: readonly SeverityField[] = ['ack', 'mitigation', 'cadence', 'escalation', 'watch'];
const DURATION_FIELDS: readonly SeverityField[] = ['ack', 'mitigation', 'cadence', 'watch'];

/**
 * Values in loose clauses ("Acknowledge 15 min, engage the bridge; comms every 2 hours"): each clause
 * that names a field and holds a readable duration sets it. Returns how many were set.
 */
export function assignClauses(sev: SeverityDraft, text: string, line: number, book: SeverityBook): number {
  let set = 0;
  for (const clause of text.split(/\s*[;,]\s+|\.\s+/)) {
    // "daily updates until resolved" is about updates, whatever it lasts until.
    const field = classifyField(clause.replace(/\s+until\b.*$/i, ''));
    if (field === undefined || !CLAUSE_FIELDS.includes(field)) continue;
    // "Update within 5 minutes" is when the first update is due, not how often.
    if (field === 'cadence' && /\bwithin\b/i.test(clause) && !/\bevery\b/i.test(clause)) continue;
    if (DURATION_FIELDS.includes(field) && !parseDuration(clause)) continue;
    if (book.assign(sev, field, clause, line)) set += 1;
  }
  return set;
}

/** Reads one list item that starts with a severity ("P1 (High): respond within 30 min; updates hourly"). */
function fromListItem(item: ListItemNode, node: RunbookNode, book: SeverityBook, create: boolean): void {
  const m = /^(.{1,40}?)\s*(?::|\s[-–—]\s)\s*(.*)$/.exec(item.text);
  const head = m ? (m[1] ?? '') : item.text;
  const parsed = create ? readLevel(head, { short: true }) : parseSeverityName(head);
  if (!parsed) return;
  let rest = (m?.[2] ?? '').trim();
  // "P1 - critical - complete outage": a level name right after the id is its name.
  const named = parsed.label ? undefined : /^([A-Za-z]+(?: [A-Za-z]+)?)\s*(?::|\s[-–—]\s)\s*(.*)$/.exec(rest);
  const label = named && namedLevel(named[1] ?? '') ? named[1] : parsed.label;
  if (label !== parsed.label) rest = (named?.[2] ?? '').trim();
  const sev = create ? book.upsert(parsed.id, item.line, label) : book.get(parsed.id);
  if (!sev) return;
  // A short lead ("Update frequency:") or the section heading ("Escalation Matrix") says what the values are.
  const heading = node.path[node.path.length - 1]?.text ?? '';
  const leadField = (node.lead && node.lead.length <= 40 ? classifyField(node.lead) : undefined) ?? (create ? undefined : classifyField(heading));
  const clauses = rest.split(/\s*[;,]\s+|\.\s+/).filter(Boolean);
  const keyed = clauses.filter((c) => assignClauses(sev, c, item.line, book) > 0);
  const loose = clauses.filter((c) => !keyed.includes(c));
  if (keyed.length === 0 && rest && leadField && leadField !== 'id') book.assign(sev, leadField, rest, item.line);
  else if (loose.length > 0) book.assign(sev, 'description', loose.join('; '), item.line);
  applyKeyLines(
    sev,
    item.children.map((c) => ({ text: c.text, line: c.line })),
    book,
  );
}

/** Walks the nodes for heading-per-level sections and severity lists. */
export function severitiesFromSections(nodes: readonly RunbookNode[], book: SeverityBook): void {
  // Several levels may share one heading ("Low and Medium"): its values go to each of them.
  let current: { sevs: SeverityDraft[]; depth: number } | undefined;
  for (const node of nodes) {
    if (node.kind === 'heading') {
      const levels = severityHeading(node);
      if (levels.length > 0) current = { sevs: levels.map((l) => book.upsert(l.id, node.line, l.label)), depth: node.depth };
      else if (current && node.depth <= current.depth) current = undefined;
      continue;
    }
    // A level named on a line of its own ("SEV1 - Critical") with its bullets under it, in a severity section.
    const own = node.kind === 'paragraph' && !node.text.includes('\n') && inSeveritySection(node) ? readLevels(node.text, { short: true }) : [];
    if (own.length > 0 && own.every((l) => /\d/.test(l.id) || l.label)) {
      current = { sevs: own.map((l) => book.upsert(l.id, node.line, l.label)), depth: (node.path[node.path.length - 1]?.depth ?? 0) + 1 };
      continue;
    }
    if (current && node.kind === 'list') {
      for (const sev of current.sevs) applyKeyLines(sev, flatten(node.items), book);
    } else if (current && node.kind === 'paragraph') {
      const lines = node.md.split('\n').map((md, i) => ({ text: md.replace(/[*_`]/g, '').trim(), line: node.line + i }));
      for (const sev of current.sevs) applyKeyLines(sev, lines, book);
    } else if (!current && node.kind === 'list') {
      const create = inSeveritySection(node);
      for (const item of node.items) fromListItem(item, node, book, create);
    }
  }
}

function flatten(items: readonly ListItemNode[]): Array<{ text: string; line: number }> {
  return items.flatMap((i) => [{ text: i.text, line: i.line }, ...flatten(i.children)]);
}
