/**
 * The escapes that turn one grid into the next: only changed cells are written, gaps are crossed
 * by a cursor move or by reprinting, whichever is shorter, and a row that ends blank is erased.
 */
import { moveCursor, type Pen } from './cursor.js';
import type { Grid } from './grid.js';
import type { StyleTable } from './style.js';

const EL = '\u001b[K';

function changed(a: Grid, b: Grid, i: number): boolean {
  return a.text[i] !== b.text[i] || a.style[i] !== b.style[i] || a.width[i] !== b.width[i];
}

function isBlank(g: Grid, i: number): boolean {
  return g.style[i] === 0 && g.text[i] === ' ';
}

function byteLength(s: string): number {
  if (s.length === 1 && s.charCodeAt(0) < 0x80) return 1;
  return Buffer.byteLength(s);
}

/** Writes cells of a grid and keeps track of the pen, so each change costs what it must. */
class RowWriter {
  out = '';
  constructor(
    private readonly g: Grid,
    private readonly pen: Pen,
    private readonly styles: StyleTable,
  ) {}

  /** Prints the cell at column x of row y (the cursor must be there). */
  cell(x: number, y: number): void {
    const i = y * this.g.columns + x;
    const w = this.g.width[i]!;
    this.out += this.styles.transition(this.pen.style, this.g.style[i]!) + this.g.text[i]!;
    this.pen.style = this.g.style[i]!;
    this.pen.x = x + w;
    // After the last column the terminal holds a pending wrap; after an uncertain glyph it may
    // disagree about where the cursor went. Either way the next move is absolute.
    if (this.pen.x >= this.g.columns || this.g.certain[i] === 0) this.pen.x = -1;
  }

  /** Bytes to reprint columns from..to-1 instead of moving over them, or Infinity if unsafe. */
  bridgeCost(from: number, to: number, y: number, limit: number): number {
    const base = y * this.g.columns;
    let cost = 0;
    let style = this.pen.style;
    for (let x = from; x < to; x += 1) {
      const i = base + x;
      const w = this.g.width[i]!;
      if (w === 0) continue;
      if (this.g.certain[i] === 0 || x + w > to) return Number.POSITIVE_INFINITY;
      cost += this.styles.transition(style, this.g.style[i]!).length + byteLength(this.g.text[i]!);
      style = this.g.style[i]!;
      if (cost > limit) return cost;
    }
    return cost + this.styles.transition(style, this.g.style[base + to]!).length;
  }

  /** Takes the cursor to (x, y), reprinting unchanged cells when that is shorter than a move. */
  goTo(x: number, y: number): void {
    if (this.pen.x === x && this.pen.y === y) return;
    const move = moveCursor(this.pen, x, y);
    if (this.pen.y === y && this.pen.x >= 0 && this.pen.x < x) {
      const direct =
        move.length + this.styles.transition(this.pen.style, this.g.style[y * this.g.columns + x]!).length;
      if (this.bridgeCost(this.pen.x, x, y, direct) <= direct) {
        for (let c = this.pen.x; c < x; ) {
          const w = this.g.width[y * this.g.columns + c]!;
          if (w === 0) c += 1;
          else {
            this.cell(c, y);
            c += w;
          }
        }
        return;
      }
    }
    this.out += move;
    this.pen.x = x;
    this.pen.y = y;
  }

  /** Erases from (x, y) to the end of the row in the default style. */
  eraseFrom(x: number, y: number): void {
    this.goTo(x, y);
    this.out += this.styles.transition(this.pen.style, 0) + EL;
    this.pen.style = 0;
  }
}

/**
 * Escapes that turn the screen showing `prev` into `next` (same size), starting from `pen` and
 * updating it. Returns '' when nothing differs. `same` marks rows known to be equal in both (1).
 */
export function diffGrids(prev: Grid, next: Grid, pen: Pen, styles: StyleTable, same?: Uint8Array): string {
  const { columns, rows } = next;
  const w = new RowWriter(next, pen, styles);
  for (let y = 0; y < rows; y += 1) {
    if (same?.[y] === 1) continue;
    const base = y * columns;
    let first = -1;
    let last = -1;
    for (let x = 0; x < columns; x += 1) {
      if (changed(prev, next, base + x)) {
        if (first < 0) first = x;
        last = x;
      }
    }
    if (first < 0) continue;
    let ink = columns - 1;
    while (ink >= 0 && isBlank(next, base + ink)) ink -= 1;
    let end = last;
    let erase = -1;
    if (last > ink) {
      let tail = ink + 1;
      while (!changed(prev, next, base + tail)) tail += 1;
      // Erasing costs a move, maybe a reset and three bytes; printing blanks costs one a cell.
      if (last - tail + 1 > 8) {
        end = ink;
        erase = tail;
      }
    }
    for (let x = first; x <= end; x += 1) {
      const i = base + x;
      if (next.width[i] === 0 || !changed(prev, next, i)) continue;
      w.goTo(x, y);
      w.cell(x, y);
      x += next.width[i]! - 1;
    }
    if (erase >= 0) w.eraseFrom(erase, y);
  }
  if (pen.style !== 0) {
    w.out += styles.transition(pen.style, 0);
    pen.style = 0;
  }
  return w.out;
}
