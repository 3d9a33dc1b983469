/** Response roles from role tables and from bold-name lists ("**Scribe**: keeps the timeline"). */
import type { ListItemNode, RunbookNode } from './lex.js';
import type { RoleDraft } from './types.js';

const KNOWN: ReadonlyArray<readonly [RegExp, string]> = [
  [/incident commander|^ic$/i, 'ic'],
  [/tech(nical)? lead/i, 'tech-lead'],
  [/comm(unication)?s? lead|communications? manager/i, 'comms-lead'],
  [/scribe|note.?taker|recorder/i, 'scribe'],
  [/subject matter expert|^sme$/i, 'sme'],
  [/customer liaison|support lead/i, 'support-lead'],
];

/** A stable id for a role name: the app's name for common roles, else its abbreviation or snake_case. */
export function roleId(name: string): string {
  const known = KNOWN.find(([re]) => re.test(name));
  if (known) return known[1];
  const abbr = /\(([A-Za-z]{2,6})\)/.exec(name);
  if (abbr) return (abbr[1] ?? '').toLowerCase();
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function role(name: string, description: string, line: number): RoleDraft {
  const clean = name.replace(/[*_`]/g, '').trim();
  // "Incident Commander (IC)": the abbreviation gives the id; the name is shown without it.
  const shown = clean.replace(/\s*\([A-Za-z]{2,6}\)$/, '') || clean;
  return { id: roleId(clean), name: shown, line, ...(description ? { description: description.trim() } : {}) };
}

const ROLE_CONTEXT = /\broles?\b|responsibilit|responders|\bcommand\b|who does what|staffing/i;

function fromItems(items: readonly ListItemNode[]): RoleDraft[] {
  const out: RoleDraft[] = [];
  for (const item of items) {
    const m = /^\*\*([^*]{2,60})\*\*\s*(?::|[-–—])?\s*:?\s*(.*)$/.exec(item.md);
    if (!m) return [];
    out.push(role(m[1] ?? '', (m[2] ?? '').replace(/[*_`]/g, ''), item.line));
  }
  return out;
}

/** Roles from tables whose first header says "Role", and from bold lists in a roles section. */
export function extractRoles(nodes: readonly RunbookNode[]): RoleDraft[] {
  const roles: RoleDraft[] = [];
  for (const node of nodes) {
    if (node.kind === 'table' && /^roles?$/i.test(node.table.headers[0] ?? '')) {
      const desc = node.table.headers.findIndex((h, i) => i > 0 && /respons|duties|descr|does|what/i.test(h));
      node.table.rows.forEach((row, r) => {
        roles.push(role(row[0] ?? '', desc > 0 ? (row[desc] ?? '') : '', node.table.rowLines[r] ?? node.line));
      });
    } else if (node.kind === 'list') {
      const context = [...node.path.map((h) => h.text), node.lead ?? ''].join(' ');
      if (ROLE_CONTEXT.test(context)) roles.push(...fromItems(node.items));
    }
  }
  const seen = new Set<string>();
  return roles.filter((r) => !seen.has(r.id) && seen.add(r.id) !== undefined);
}
