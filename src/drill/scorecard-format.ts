/** The scorecard as a plain text table and as JSON. */
import { formatValue, type ScoreRow } from './score-values.js';

const HEADINGS = ['check', 'result', 'target', 'ok', 'note'] as const;

/** A plain table, one row per check, columns padded; no colour, so it pastes anywhere. */
export function formatScorecard(rows: readonly ScoreRow[]): string {
  const cells = rows.map((r) => [
    r.label,
    formatValue(r.value),
    formatValue(r.target),
    r.ok ? 'ok' : 'MISSED',
    r.note,
  ]);
  const all = [[...HEADINGS], ...cells];
  const widths = HEADINGS.map((_, c) => Math.max(...all.map((row) => (row[c] ?? '').length)));
  const line = (row: readonly string[]): string =>
    row
      .map((cell, c) => (c === row.length - 1 ? cell : cell.padEnd(widths[c] ?? 0)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const passed = rows.filter((r) => r.ok).length;
  return [line(all[0] ?? []), rule, ...cells.map(line), '', `${passed} of ${rows.length} checks met`].join(
    '\n',
  );
}

/** The scorecard as JSON: the rows as they are, with durations in milliseconds. */
export function scorecardJson(rows: readonly ScoreRow[]): string {
  const passed = rows.filter((r) => r.ok).length;
  return `${JSON.stringify({ passed, total: rows.length, rows }, null, 2)}\n`;
}
