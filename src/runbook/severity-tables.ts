/** Severities from tables, whatever the column order or the header wording. */
import { classifyField, type SeverityField } from './fields.js';
import type { TableModel } from './html-table.js';
import { type LevelOptions, readLevels } from './level-names.js';
import type { SeverityBook } from './severity-book.js';
import { findSeverityId } from './severity-ids.js';

const SLA_FIELDS: readonly SeverityField[] = ['ack', 'mitigation', 'cadence', 'escalation', 'label', 'description'];
// Headers that name the level column only when its cells read as levels ("Impact" is often a description).
const LOOSE_ID = /classif|category|\bclass\b|impact|urgency|\btier\b|\brating\b|\bsev/i;

function plainHeader(h: string): string {
  return h.toLowerCase().replace(/[*_`:]/g, '').trim();
}

function optionsFor(header: string): LevelOptions {
  return { short: true, bare: /prio/i.test(header) ? 'P' : 'SEV' };
}

/** The level column: one headed as such, else a loosely headed one whose cells read as levels, else the first. */
function levelColumn(table: TableModel): number {
  const fields = table.headers.map(classifyField);
  const strict = fields.indexOf('id');
  if (strict >= 0) return strict;
  const readable = (c: number) => {
    const opts = optionsFor(table.headers[c] ?? '');
    const ok = table.rows.filter((r) => readLevels(r[c] ?? '', opts).length > 0).length;
    return table.rows.length > 0 && ok * 2 >= table.rows.length;
  };
  const loose = table.headers.findIndex((h, c) => LOOSE_ID.test(plainHeader(h)) && readable(c));
  if (loose >= 0) return loose;
  const first = table.rows.length > 0 && table.rows.every((r) => readLevels(r[0] ?? '', { short: true }).some((l) => /\d/.test(l.id)));
  return first ? 0 : -1;
}

/** Reads a table keyed by severity into the book; returns how many rows it used. */
export function severitiesFromTable(table: TableModel, line: number, book: SeverityBook, inSection = false): number {
  const idCol = levelColumn(table);
  if (idCol < 0) return 0;
  const fields = table.headers.map(classifyField);
  const header = table.headers[idCol] ?? '';
  const headed = fields[idCol] === 'id' || LOOSE_ID.test(plainHeader(header));
  // Rows it cannot read are worth reporting in a table that is about levels, not in an escalation "Level" table.
  const about = inSection || /sev|prio|classif/i.test(header) || table.rows.some((r) => readLevels(r[idCol] ?? '', optionsFor(header)).length > 0);
  const hasSlaColumn = fields.some((f, i) => i !== idCol && f !== undefined && SLA_FIELDS.includes(f));
  const opts = optionsFor(header);
  let used = 0;
  table.rows.forEach((row, r) => {
    const cell = row[idCol] ?? '';
    const rowLine = table.rowLines[r] ?? line;
    const levels = readLevels(cell, opts);
    if (levels.length === 0) {
      if (cell.trim() && headed && about) {
        book.unread.push({
          line: rowLine,
          what: `"${cell.trim()}" in the ${header || 'level'} column`,
          fix: 'name the level with an id such as SEV1, P2 or S3, or a name such as Critical or Minor',
        });
      }
      return;
    }
    const named = !findSeverityId(cell) && levels.every((l) => !/\d/.test(l.id));
    if (named && !headed && (idCol !== 0 || !hasSlaColumn)) return;
    for (const level of levels) {
      const sev = book.upsert(level.id, rowLine, level.label);
      used += 1;
      fields.forEach((field, c) => {
        if (c === idCol || field === undefined || field === 'id') return;
        book.assign(sev, field, row[c] ?? '', rowLine);
      });
    }
  });
  return used;
}
