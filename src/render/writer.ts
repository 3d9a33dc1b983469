/**
 * Writes cells of a grid at the cursor and keeps track of the pen, so each change costs what it
 * must: a gap on the row is reprinted when that is shorter than moving over it.
 */
import { moveCost, moveCursor, type Pen } from './cursor.js';
import type { Grid } from './grid.js';
import type { StyleTable } from './style.js';

const EL = '\u001b[K';

function byteLength(s: string): number {
  if (s.length === 1 && s.charCodeAt(0) < 0x80) return 1;
  return Buffer.byteLength(s);
}

/** Escapes for the cells of one grid, written in whatever order the caller picks. */
export class CellWriter {
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

  /** Prints columns from..to-1 of row y, skipping the second halves of wide glyphs. */
  span(from: number, to: number, y: number): void {
    this.goTo(from, y);
    for (let x = from; x < to; x += 1) if (this.g.width[y * this.g.columns + x] !== 0) this.cell(x, y);
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

  /** Whether reaching (x, y) by reprinting the gap is no longer than moving there directly. */
  #bridges(x: number, y: number, direct: number): boolean {
    return (
      this.pen.y === y &&
      this.pen.x >= 0 &&
      this.pen.x < x &&
      this.bridgeCost(this.pen.x, x, y, direct) <= direct
    );
  }

  /** Bytes that taking the cursor to (x, y) and the pen to `style` would write. */
  costTo(x: number, y: number, style: number): number {
    if (this.pen.x === x && this.pen.y === y) return this.styles.transition(this.pen.style, style).length;
    const direct = moveCost(this.pen, x, y) + this.styles.transition(this.pen.style, style).length;
    if (style !== this.g.style[y * this.g.columns + x] || !this.#bridges(x, y, direct)) return direct;
    return this.bridgeCost(this.pen.x, x, y, direct);
  }

  /** Takes the cursor to (x, y), reprinting unchanged cells when that is shorter than a move. */
  goTo(x: number, y: number): void {
    if (this.pen.x === x && this.pen.y === y) return;
    const move = moveCursor(this.pen, x, y);
    const direct =
      move.length + this.styles.transition(this.pen.style, this.g.style[y * this.g.columns + x]!).length;
    if (this.#bridges(x, y, direct)) {
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
