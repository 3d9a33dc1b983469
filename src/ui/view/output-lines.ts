/** A command's output laid out for its pane: long lines wrapped to the width, a status line. */
import type { RunResult } from '../../actions/commands/run.js';
import { cellWidth } from './format.js';
import { escapeControls } from '../../text/controls.js';

/** One screen row of output; `error` for rows of a stderr line. */
export type OutputRow = { readonly text: string; readonly error: boolean };

/** Wraps each line to `width` cells (hard breaks; nothing is cut off). */
export function wrapOutput(lines: readonly string[], width: number): OutputRow[] {
  const w = Math.max(1, width);
  const rows: OutputRow[] = [];
  for (const line of lines) {
    const error = line.startsWith('! ');
    let row = '';
    let used = 0;
    for (const ch of escapeControls(line)) {
      const cw = cellWidth(ch);
      if (used + cw > w && row !== '') {
        rows.push({ text: row, error });
        row = '';
        used = 0;
      }
      row += ch;
      used += cw;
    }
    rows.push({ text: row, error });
  }
  return rows;
}

/** The rows shown for a pane of `body` rows scrolled `back` rows up from the newest. */
export function visibleRows(rows: readonly OutputRow[], body: number, back: number): OutputRow[] {
  const max = Math.max(0, rows.length - body);
  const top = max - Math.min(max, Math.max(0, back));
  return rows.slice(top, top + body);
}

/** How far back the pane can scroll. */
export function maxBack(rows: number, body: number): number {
  return Math.max(0, rows - body);
}

/** The pane's last line: what is happening, or how it ended, in words. */
export function outputStatus(running: boolean, result: RunResult | undefined): string {
  if (running) return 'running · Ctrl+C stops it · j/k g/G scroll · Esc hides';
  const end = !result
    ? 'ended'
    : result.detail.startsWith('stopped')
      ? 'stopped (Ctrl+C)'
      : !result.dryRun && result.exitCode !== null && !result.signal
        ? `exited ${result.exitCode}`
        : result.detail;
  return `${end} · j/k scroll · Esc closes`;
}
