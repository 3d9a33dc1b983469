/** The runbook's escalation contacts: a list under an "Escalation" heading ("1. On-call Engineer", "2. Team Lead: [Name]"). */
import type { RunbookNode } from './lex.js';
import type { EscalationList } from './types.js';

const HEADING = /escalat/i;

/** A contact's role without its placeholders: "Team Lead: [Name] - [Phone]" is "Team Lead". */
function contactName(text: string): string {
  return (text.split(':')[0] ?? '')
    .replace(/\([^)]*\)|\[[^\]]*\]/g, '')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The first list right under a heading about escalation, in order, or undefined. */
export function extractEscalationList(nodes: readonly RunbookNode[]): EscalationList | undefined {
  for (const n of nodes) {
    if (n.kind !== 'list') continue;
    const heading = n.path[n.path.length - 1];
    if (!heading || !HEADING.test(heading.text)) continue;
    const names = n.items.map((i) => contactName(i.text)).filter((x) => x.length > 0);
    if (names.length > 0) return { heading: heading.text, names, line: n.line };
  }
  return undefined;
}
