/** Webhooks from tables that have a confirmation column. */
import type { RunbookNode } from './lex.js';
import type { WebhookDraft } from './types.js';

const YES = /^(yes|y|true|required|always|✓|✔|x)\b/i;

/** One webhook per row of each table with a "confirm" column. */
export function extractWebhooks(nodes: readonly RunbookNode[]): WebhookDraft[] {
  const out: WebhookDraft[] = [];
  for (const node of nodes) {
    if (node.kind !== 'table') continue;
    const h = node.table.headers;
    const confirm = h.findIndex((x) => /confirm/i.test(x));
    if (confirm < 0) continue;
    const url = h.findIndex((x) => /\burl\b|endpoint/i.test(x));
    const desc = h.findIndex((x, i) => i !== confirm && /when|use|descr|purpose|what/i.test(x));
    node.table.rows.forEach((row, r) => {
      const id = (row[0] ?? '').replace(/[`*]/g, '').trim();
      if (!id) return;
      out.push({
        id,
        confirm: YES.test((row[confirm] ?? '').trim()),
        line: node.table.rowLines[r] ?? node.line,
        ...(desc > 0 && row[desc] ? { description: row[desc] } : {}),
        ...(url >= 0 && row[url] ? { url: row[url] } : {}),
      });
    });
  }
  return out;
}
