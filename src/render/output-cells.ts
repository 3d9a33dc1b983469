/**
 * The screen the fast output draws on (src/render/fast-output.ts): cells of glyph, string-width and
 * style id, placed by Ink's rules for wide glyphs, and read back as rows of text with SGR.
 */
import { type LineCells, type LineParser, simpleWidth } from './line-cells.js';

const blank = (s: string): boolean => s === '' || s === ' ' || /^\s+$/u.test(s);

/** One screen's cells: the row stride is one more than the width, for Ink's wide-glyph checks. */
export class Cells {
  readonly stride: number;
  readonly ch: string[];
  readonly sw: Uint8Array;
  readonly pen: Uint32Array;
  readonly rows: string[];
  generation = -1;
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.stride = width + 1;
    const n = this.stride * height;
    this.ch = new Array<string>(n).fill(' ');
    this.sw = new Uint8Array(n).fill(1);
    this.pen = new Uint32Array(n);
    this.rows = new Array<string>(height).fill('');
  }
  clear(): void {
    this.ch.fill(' ');
    this.sw.fill(1);
    this.pen.fill(0);
  }
}

/** Columns from..to-1 of a line of simple glyphs; a wide glyph cut by an edge becomes a space. */
export function slicePlain(line: string, from: number, to: number): string {
  if (from >= to) return '';
  let out = '';
  let column = 0;
  for (const ch of line) {
    const w = simpleWidth(ch.charCodeAt(0));
    const start = column;
    column += w;
    if (column <= from) continue;
    if (start >= to) break;
    out += w > 1 && (start < from || column > to) ? ' ' : ch;
  }
  return out;
}

/** Writes a line's cells at (x, row) as Ink does, cleaning up the wide glyphs it cuts in half. */
export function place(s: Cells, row: number, x: number, cells: LineCells): void {
  const base = row * s.stride;
  const inside = (at: number): boolean => at >= 0 && at < s.stride;
  // Writing over the second half of a wide glyph blanks its first half, keeping the style.
  if (inside(x) && x > 0 && s.ch[base + x] === '' && s.sw[base + x - 1]! > 1) {
    s.ch[base + x - 1] = ' ';
    s.sw[base + x - 1] = 1;
  }
  let at = x;
  for (let i = 0; i < cells.n; i += 1) {
    const sw = cells.sw[i]!;
    const pen = cells.pen[i]!;
    if (inside(at)) {
      s.ch[base + at] = cells.ch[i]!;
      s.sw[base + at] = sw;
      s.pen[base + at] = pen;
    }
    const w = Math.max(1, sw);
    for (let k = 1; k < w; k += 1) {
      if (!inside(at + k)) continue;
      // A glyph starting left of the screen leaves its visible half as a space.
      s.ch[base + at + k] = at < 0 ? ' ' : '';
      s.sw[base + at + k] = at < 0 ? 1 : 0;
      s.pen[base + at + k] = pen;
    }
    at += w;
  }
  if (inside(at) && s.ch[base + at] === '') {
    s.ch[base + at] = ' ';
    s.sw[base + at] = 1;
  }
}

export function sameRow(a: Cells, b: Cells, y: number): boolean {
  const start = y * a.stride;
  const end = start + a.width;
  for (let i = start; i < end; i += 1) if (a.ch[i] !== b.ch[i] || a.pen[i] !== b.pen[i]) return false;
  return true;
}

/** A row as text with SGR, trailing blanks in the default style left out (as Ink trims them). */
export function rowText(s: Cells, y: number, p: LineParser): string {
  const base = y * s.stride;
  let end = s.width;
  while (end > 0 && s.pen[base + end - 1] === 0 && blank(s.ch[base + end - 1]!)) end -= 1;
  let out = '';
  let pen = 0;
  for (let i = base; i < base + end; i += 1) {
    if (s.pen[i] !== pen) {
      out += p.styles.transition(pen, s.pen[i]!);
      pen = s.pen[i]!;
    }
    out += s.ch[i];
  }
  return pen === 0 ? out : out + p.styles.transition(pen, 0);
}
