/** The scorecard as a plain text table and as JSON. */
import { formatValue, type RowStatus, STATUS_TEXT, type ScoreRow } from './score-values.js';

const HEADINGS = ['check', 'result', 'target', 'status', 'note'] as const;

/** "5 of 16 met · 3 missed · 6 pending · 2 not applicable". */
export function scoreSummary(rows: readonly ScoreRow[]): string {
  const n = (status: RowStatus): number => rows.filter((r) => r.status === status).length;
  const parts = [`${n('ok')} of ${rows.length} met`];
  if (n('missed')) parts.push(`${n('missed')} missed`);
  if (n('pending')) parts.push(`${n('pending')} pending`);
  if (n('n/a')) parts.push(`${n('n/a')} not applicable`);
  return parts.join(' · ');
}

/** The table's rows, cell by cell (the screen and the printed card use the same cells). */
export function scorecardCells(rows: readonly ScoreRow[]): string[][] {
  return rows.map((r) => [
    r.label,
    formatValue(r.value),
    formatValue(r.target),
    STATUS_TEXT[r.status],
    r.note,
  ]);
}

/** A plain table, one row per check, columns padded; no colour, so it pastes anywhere. */
export function formatScorecard(
  rows: readonly ScoreRow[],
  options: { readonly notes?: boolean; readonly summary?: boolean } = {},
): string {
  const withNotes = options.notes ?? true;
  const cells = scorecardCells(rows).map((c) => (withNotes ? c : c.slice(0, 4)));
  const all = [withNotes ? [...HEADINGS] : HEADINGS.slice(0, 4), ...cells];
  const widths = (all[0] ?? []).map((_, c) => Math.max(...all.map((row) => (row[c] ?? '').length)));
  const line = (row: readonly string[]): string =>
    row
      .map((cell, c) => (c === row.length - 1 ? cell : cell.padEnd(widths[c] ?? 0)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const tail = options.summary === false ? [] : ['', scoreSummary(rows)];
  return [line(all[0] ?? []), rule, ...cells.map(line), ...tail].join('\n');
}

/** The scorecard as JSON: the rows as they are, with durations in milliseconds. */
export function scorecardJson(rows: readonly ScoreRow[]): string {
  const met = rows.filter((r) => r.status === 'ok').length;
  return `${JSON.stringify({ met, total: rows.length, summary: scoreSummary(rows), rows }, null, 2)}\n`;
}

/** The card with its heading, as the screen, the exit and an export show it. */
export function formatHeadedScorecard(
  card: { readonly heading: string; readonly rows: readonly ScoreRow[] },
  options: { readonly notes?: boolean } = {},
): string {
  // The summary goes first, so it shows even where the screen is too short for every row.
  const table = formatScorecard(card.rows, { ...options, summary: false });
  return `Scorecard ${card.heading}\n${scoreSummary(card.rows)}\n\n${table}`;
}
