/** layoutRunbook: wraps paragraphs, aligns and truncates tables, and clips code to a width. */
import type { DocLine, RunbookDoc, Segment, TocEntry } from './doc-types.js';

/** Cuts text to `width` columns, ending with an ellipsis when cut. */
export function truncate(text: string, width: number): string {
  if (width <= 0) return '';
  return text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1))}…`;
}

function wrap(line: DocLine, width: number): DocLine[] {
  const hang = Math.min(line.hang ?? 0, Math.floor(width / 2));
  const out: Segment[][] = [[]];
  let used = 0;
  for (const seg of line.segments) {
    for (const word of seg.text.split(/(\s+)/)) {
      if (word === '') continue;
      const space = /^\s+$/.test(word);
      if (!space && used + word.length > width && used > hang) {
        out.push(hang > 0 ? [{ text: ' '.repeat(hang), style: 'text' }] : []);
        used = hang;
      }
      if (space && used === hang && out.length > 1) continue;
      let piece = word;
      while (piece.length > width - used && width - used > 0 && !space) {
        const fit = width - used;
        out[out.length - 1]?.push({ text: piece.slice(0, fit), style: seg.style });
        piece = piece.slice(fit);
        out.push(hang > 0 ? [{ text: ' '.repeat(hang), style: 'text' }] : []);
        used = hang;
      }
      out[out.length - 1]?.push({ text: piece, style: seg.style });
      used += piece.length;
    }
  }
  return out.map((segments, i) => ({
    segments: segments.map((s, k) => (k === segments.length - 1 ? { ...s, text: s.text.trimEnd() } : s)).filter((s) => s.text),
    ...(i === 0 && line.headingIndex !== undefined ? { headingIndex: line.headingIndex } : {}),
  }));
}

/** Column widths that fit `width`: the widest columns give way first. */
export function fitColumns(natural: readonly number[], width: number, gap: number): number[] {
  const widths = [...natural];
  const total = () => widths.reduce((a, b) => a + b, 0) + gap * Math.max(0, widths.length - 1);
  while (total() > width) {
    const max = Math.max(...widths);
    if (max <= 3) break;
    const i = widths.indexOf(max);
    widths[i] = max - 1;
  }
  return widths;
}

function table(rows: readonly DocLine[], width: number): DocLine[] {
  const cells = rows.map((r) => r.table?.cells ?? []);
  const cols = Math.max(...cells.map((c) => c.length));
  const natural = Array.from({ length: cols }, (_, c) => Math.max(...cells.map((r) => (r[c] ?? '').length)));
  const widths = fitColumns(natural, width, 3);
  return rows.map((r) => {
    const text = widths.map((w, c) => truncate(r.table?.cells[c] ?? '', w).padEnd(w)).join(' │ ');
    return { segments: [{ text: truncate(text.trimEnd(), width), style: r.table?.header ? 'bold' : 'table' }] };
  });
}

/** Lays a document out for a terminal `width` columns wide; toc lines follow the new line numbers. */
export function layoutRunbook(doc: RunbookDoc, width: number): RunbookDoc {
  const w = Math.max(10, width);
  const lines: DocLine[] = [];
  const toc: TocEntry[] = doc.toc.map((t) => ({ ...t }));
  for (let i = 0; i < doc.lines.length; i++) {
    const line = doc.lines[i] as DocLine;
    if (line.headingIndex !== undefined) toc[line.headingIndex] = { ...(toc[line.headingIndex] as TocEntry), line: lines.length };
    if (line.table) {
      const rows = [line];
      while (doc.lines[i + 1]?.table?.id === line.table.id) rows.push(doc.lines[++i] as DocLine);
      lines.push(...table(rows, w));
    } else if (line.segments[0]?.style === 'rule') lines.push({ segments: [{ text: '─'.repeat(w), style: 'rule' }] });
    else if (line.segments[0]?.style === 'codeblock') {
      lines.push({ segments: line.segments.map((s) => ({ ...s, text: truncate(s.text, w) })) });
    } else lines.push(...wrap(line, w));
  }
  return { lines, toc };
}
