/**
 * Roles a level needs: sentences in a roles section ("For SEV2: Minimum IC + Technical Lead",
 * "For SEV1: All roles"), and role lists under a line or heading that names levels ("For P1 and P2
 * incidents, staff these roles:", "### SEV1–SEV2 roles").
 */
import type { RunbookNode } from './lex.js';
import { roleId } from './roles.js';
import { severityRefs } from './severity-ids.js';
import type { Sentence } from './severity-prose.js';
import type { LevelRoles } from './types.js';

const REFS = String.raw`(?:P|SEV[- ]?)\d(?:\s*(?:\/|,|-|–|\band\b|\bor\b|&)\s*(?:P|SEV[- ]?)?\d\b)*`;
const FOR_LEVELS = new RegExp(`^(?:for\\s+)?(${REFS})\\s*(?:incidents?)?\\s*[:\\-–—]\\s*(.+)$`, 'i');
// The line or heading over a role list says it is about roles ("assign roles", "staffing", "who is needed").
const ABOUT_ROLES = /\broles?\b|\bstaff|\bassign|\bneeded\b|\brequired\b/i;

/** Sentences of one or more levels followed by the roles they need. */
function fromSentences(all: readonly Sentence[]): LevelRoles[] {
  return all.flatMap((s): LevelRoles[] => {
    const m = FOR_LEVELS.exec(s.text.trim());
    if (!m || !/\brole/i.test(`${s.context} ${s.text}`)) return [];
    const text = (m[2] ?? '').trim();
    return severityRefs(m[1] ?? '').map((level) => ({ level, text, line: s.line }));
  });
}

/** A list item's role name: its bold name, else the words before a colon or dash. */
function itemRole(item: { md: string; text: string }): string {
  const bold = /^\*\*([^*]{2,60})\*\*/.exec(item.md);
  if (bold) return (bold[1] ?? '').replace(/:$/, '').trim();
  return (item.text.split(/:|\s[-–—]\s/)[0] ?? '').trim();
}

/** The role names of a list (one per item) or of a table whose first column is the role; undefined for other blocks. */
function roleNames(node: RunbookNode): string[] | undefined {
  if (node.kind === 'list') return node.items.map(itemRole);
  if (node.kind === 'table' && /^roles?$/i.test(node.table.headers[0] ?? '')) return node.table.rows.map((r) => (r[0] ?? '').trim());
  return undefined;
}

/** Role lists and tables whose lead line, else innermost heading naming levels, names the levels they are for. */
function fromLists(nodes: readonly RunbookNode[]): LevelRoles[] {
  return nodes.flatMap((node): LevelRoles[] => {
    if (node.kind !== 'list' && node.kind !== 'table') return [];
    const lead = node.lead && node.lead.length <= 120 && severityRefs(node.lead).length > 0 ? node.lead : undefined;
    const heading = lead ? undefined : [...node.path].reverse().find((h) => severityRefs(h.text).length > 0);
    const over = lead ?? heading?.text;
    if (!over || !ABOUT_ROLES.test(`${over} ${node.lead ?? ''}`)) return [];
    const names = roleNames(node);
    if (!names) return [];
    if (names.length === 0 || names.some((n) => n.length === 0 || n.length > 60)) return [];
    const text = names.join(' + ');
    return severityRefs(over).map((level) => ({ level, text, names, line: node.line }));
  });
}

/** What the runbook says about the roles each level needs; a list beats a sentence for the same level. */
export function extractLevelRoles(all: readonly Sentence[], nodes: readonly RunbookNode[]): LevelRoles[] {
  return [...fromLists(nodes), ...fromSentences(all)];
}

/** The role ids a level's sentence or list names, in the profile's order, or undefined when a name is not a role of the profile. */
export function resolveLevelRoles(said: string | Pick<LevelRoles, 'text' | 'names'>, roleIds: readonly string[], commander: string): string[] | undefined {
  const text = typeof said === 'string' ? said : said.text;
  const listed = typeof said === 'string' ? undefined : said.names;
  const t = text.toLowerCase();
  let names: readonly string[];
  if (listed) names = listed;
  else {
    // "IC may handle all roles": one person holds them all, so the commander is the one role needed.
    if (/\ball (the )?roles\b/.test(t) && /\b(may|can|could)\b/.test(t)) return [commander];
    if (/\ball (the )?roles\b/.test(t)) return [...roleIds];
    names = t
      .replace(/^(a\s+)?(minimum|at least|required|needs?)\s*:?\s*/, '')
      .split(/\s*(?:\+|,|&|\band\b)\s*/)
      .filter((x) => x.length > 0);
  }
  const ids = names.map((n) => roleId(n));
  if (ids.length === 0 || !ids.every((id) => roleIds.includes(id))) return undefined;
  return roleIds.filter((id) => ids.includes(id));
}
