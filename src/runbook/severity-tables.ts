/** Severities from tables, whatever the column order or the header wording. */
import { classifyField, type SeverityField } from './fields.js';
import type { TableModel } from './html-table.js';
import type { SeverityBook } from './severity-book.js';
import { findSeverityId, isSeverityId, nameAsId, namedLevel, parseSeverityName } from './severity-ids.js';

const SLA_FIELDS: readonly SeverityField[] = ['ack', 'mitigation', 'cadence', 'escalation', 'label', 'description'];

function rowId(cell: string): { id: string; label?: string } | undefined {
  const parsed = parseSeverityName(cell);
  if (parsed) return parsed;
  const named = namedLevel(cell);
  return named ? { id: nameAsId(cell), label: cell.replace(/[*_`]/g, '').trim() } : undefined;
}

/** Reads a table keyed by severity into the book; returns how many rows it used. */
export function severitiesFromTable(table: TableModel, line: number, book: SeverityBook): number {
  const fields = table.headers.map(classifyField);
  let idCol = fields.indexOf('id');
  if (idCol < 0 && table.rows.length > 0 && table.rows.every((r) => isSeverityId(r[0] ?? ''))) idCol = 0;
  if (idCol < 0) return 0;
  const hasSlaColumn = fields.some((f, i) => i !== idCol && f !== undefined && SLA_FIELDS.includes(f));
  let used = 0;
  table.rows.forEach((row, r) => {
    const parsed = rowId(row[idCol] ?? '');
    if (!parsed) return;
    const named = !findSeverityId(row[idCol] ?? '');
    if (named && (idCol !== 0 || !hasSlaColumn)) return;
    const rowLine = table.rowLines[r] ?? line;
    const sev = book.upsert(parsed.id, rowLine, parsed.label);
    used += 1;
    fields.forEach((field, c) => {
      if (c === idCol || field === undefined || field === 'id') return;
      book.assign(sev, field, row[c] ?? '', rowLine);
    });
  });
  return used;
}
