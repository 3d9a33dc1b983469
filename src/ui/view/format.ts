/** Small pure formatters for the screen: widths, numbers, durations. */
import type { CriteriaEvidence } from '../../feeds/store.js';
import { codePointWidth } from '../../render/width.js';
import { escapeControls } from '../../text/controls.js';

/** Terminal cells of each code point in `chars`, as the screen grid lays them out. */
function cellWidths(chars: readonly string[]): number[] {
  return chars.map((ch, i) => {
    const cp = ch.codePointAt(0) ?? 0;
    // An emoji presentation selector widens a one-cell glyph to two.
    if (cp === 0xfe0f) return i > 0 && codePointWidth(chars[i - 1]!.codePointAt(0) ?? 0) === 1 ? 1 : 0;
    return codePointWidth(cp);
  });
}

/** Cells `text` takes on the terminal (as {@link cellWidths} counts them, without the arrays). */
export function cellWidth(text: string): number {
  let total = 0;
  let previous = -1;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp === 0xfe0f) total += previous >= 0 && codePointWidth(previous) === 1 ? 1 : 0;
    else total += codePointWidth(cp);
    previous = cp;
  }
  return total;
}

/** Pads or cuts a string to exactly `width` terminal cells (ellipsis when cut). */
export function fit(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  if (width <= 0) return '';
  const safe = escapeControls(text);
  // Most text fits: it is measured in one pass, and split into characters only to be cut.
  const total = cellWidth(safe);
  if (total > width) {
    const chars = [...safe];
    const widths = cellWidths(chars);
    if (width === 1) return '…';
    let used = 0;
    let end = 0;
    while (end < chars.length && used + widths[end]! <= width - 1) used += widths[end++]!;
    // Combining marks stay with the character they follow.
    while (end < chars.length && widths[end] === 0) end += 1;
    return `${chars.slice(0, end).join('')}…${' '.repeat(width - 1 - used)}`;
  }
  const pad = ' '.repeat(width - total);
  return align === 'left' ? safe + pad : pad + safe;
}

/** Error ratio as a percentage with sensible precision: 0.0004 → "0.04%", 0.124 → "12.4%". */
export function formatPercent(ratio: number | undefined): string {
  if (ratio === undefined) return '—';
  const pct = ratio * 100;
  if (pct === 0) return '0%';
  if (pct < 0.1) return `${pct.toFixed(2)}%`;
  if (pct < 10) return `${pct.toFixed(1)}%`;
  return `${pct.toFixed(0)}%`;
}

/** Milliseconds of latency: "84ms", "1.2s", "12s". */
export function formatLatency(ms: number | undefined): string {
  if (ms === undefined) return '—';
  if (ms < 1000) return `${Math.round(ms)}ms`;
  if (ms < 10_000) return `${(ms / 1000).toFixed(1)}s`;
  return `${Math.round(ms / 1000)}s`;
}

/** A multiple of baseline: "1.0×", "4.2×", "12×". */
export function formatMultiple(multiple: number | undefined): string {
  if (multiple === undefined) return '—';
  return multiple < 10 ? `${multiple.toFixed(1)}×` : `${Math.round(multiple)}×`;
}

/** A span of time, compactly: "45s", "12m", "3h05m", "2d4h". */
export function formatAge(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m`;
  const h = Math.floor(m / 60);
  if (h < 48) return `${h}h${String(m % 60).padStart(2, '0')}m`;
  return `${Math.floor(h / 24)}d${h % 24}h`;
}

/** Wall-clock time as HH:MM:SS (or HH:MM) in UTC. */
export function formatClock(ms: number, seconds = true): string {
  const iso = new Date(ms).toISOString();
  return seconds ? iso.slice(11, 19) : iso.slice(11, 16);
}

/** One piece of declare evidence as a sentence: "payments error rate 12% for 6m". */
export function evidenceText(e: CriteriaEvidence): string {
  const value =
    e.metric === 'error-rate'
      ? `error rate ${formatPercent(e.value)}`
      : `p95 ${formatMultiple(e.value)} baseline`;
  return `${e.service} ${value} for ${formatAge(e.forMs)}`;
}
