/** Response roles from role tables and from bold-name lists ("**Scribe**: keeps the timeline"). */
import type { ListItemNode, RunbookNode } from './lex.js';
import type { RoleDraft } from './types.js';

const KNOWN: ReadonlyArray<readonly [RegExp, string]> = [
  [/incident commander|^ic$/i, 'ic'],
  [/^(the )?incident lead$/i, 'incident-lead'],
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

// A word that makes a phrase a role's name ("comms lead", "Subject Matter Expert", "Messenger").
const ROLE_WORD = /\b(commander|lead|leader|manager|scribe|deputy|liaison|messenger|expert|sme|coordinator|owner|officer|responder|note.?taker|sponsor|counsel|on-?call engineer)\b/i;
// Role names teams use, found in bold or in "the role of ..." anywhere in the runbook.
const NAMED_ROLE =
  /\b(incident (?:commander|lead|manager|coordinator|owner)|tech(?:nical)? lead|comm(?:s|unications?) (?:lead|manager)|scribe|deputy|(?:customer )?liaison|messenger|subject matter expert|support lead|operations lead)\b/i;

function fromItems(items: readonly ListItemNode[]): RoleDraft[] {
  const out: RoleDraft[] = [];
  for (const item of items) {
    const bold = /^\*\*([^*]{2,60})\*\*\s*(?::|[-–—])?\s*:?\s*(.*)$/.exec(item.md);
    // "A comms lead: responsible for ...", "Scribe - keeps the timeline", "A clinical lead".
    const plainRole = /^(?:an?\s+|the\s+)?([A-Za-z][\w /&()-]{1,40}?)\s*(?:(?::|\s[-–—]\s)\s*(.*))?$/i.exec(item.text);
    if (bold) out.push(role(bold[1] ?? '', (bold[2] ?? '').replace(/[*_`]/g, ''), item.line));
    else if (plainRole && ROLE_WORD.test(plainRole[1] ?? '')) out.push(role(capitalise(plainRole[1] ?? ''), plainRole[2] ?? '', item.line));
    else return [];
  }
  return out;
}

function capitalise(name: string): string {
  return name.replace(/\b[a-z]/g, (c) => c.toUpperCase());
}

/** Roles named in bold or as "the role of X" in prose, anywhere in the runbook (no duties known). */
function namedInProse(nodes: readonly RunbookNode[]): RoleDraft[] {
  const out: RoleDraft[] = [];
  const scan = (md: string, line: number) => {
    for (const m of md.matchAll(/\*\*([^*]{2,40})\*\*|\brole of (?:an? |the )?([A-Z][\w ]{2,30}?)(?=[.,;]|$)/g)) {
      const name = (m[1] ?? m[2] ?? '').trim();
      const known = NAMED_ROLE.exec(name);
      if (known && known[0].length >= name.length - 1) out.push(role(capitalise(name), '', line));
    }
  };
  for (const node of nodes) {
    if (node.kind === 'paragraph') scan(node.md, node.line);
    if (node.kind === 'list') for (const item of node.items) scan(item.md, item.line);
  }
  return out;
}

/**
 * Roles from tables whose first header says "Role", lists and headings in a roles section, and role
 * names in bold or "the role of X" anywhere.
 */
export function extractRoles(nodes: readonly RunbookNode[]): RoleDraft[] {
  const roles: RoleDraft[] = [];
  let heading: { role: RoleDraft; depth: number } | undefined;
  for (const node of nodes) {
    if (node.kind === 'heading') {
      const parents = node.path.slice(0, -1).map((h) => h.text).join(' ');
      heading = ROLE_CONTEXT.test(parents) && ROLE_WORD.test(node.text) && node.text.length <= 50 ? { role: role(node.text, '', node.line), depth: node.depth } : undefined;
      if (heading) roles.push(heading.role);
      continue;
    }
    if (heading && node.kind === 'paragraph' && !heading.role.description) heading.role.description = node.text.split('\n').join(' ');
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
  roles.push(...namedInProse(nodes));
  const seen = new Set<string>();
  return roles.filter((r) => !seen.has(r.id) && seen.add(r.id) !== undefined);
}
