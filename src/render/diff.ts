/**
 * The escapes that turn one grid into the next: only changed cells are written, gaps are crossed
 * by a cursor move or by reprinting, whichever is shorter, and a row that ends blank is erased.
 * The runs of changed cells are written in row order or nearest-first, whichever is shorter.
 */
import type { Pen } from './cursor.js';
import type { Grid } from './grid.js';
import type { StyleTable } from './style.js';
import { CellWriter } from './writer.js';

// Nearest-first weighs up to runs² moves; past this many runs (a repaint) row order is kept.
const MAX_ORDERED = 256;

function changed(a: Grid, b: Grid, i: number): boolean {
  return a.text[i] !== b.text[i] || a.style[i] !== b.style[i] || a.width[i] !== b.width[i];
}

function isBlank(g: Grid, i: number): boolean {
  return g.style[i] === 0 && g.text[i] === ' ';
}

/** Runs of changed cells, in row order: columns x..end-1 of row y; end -1 erases from x to the row's end. */
type Runs = { x: number[]; end: number[]; y: number[] };

function collectRuns(prev: Grid, next: Grid, same: Uint8Array | undefined): Runs {
  const { columns, rows } = next;
  const runs: Runs = { x: [], end: [], y: [] };
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
    for (let x = first; x <= end; ) {
      if (!changed(prev, next, base + x)) {
        x += 1;
        continue;
      }
      const start = x;
      // A wide glyph's second cell goes with its first.
      while (x <= end && (changed(prev, next, base + x) || next.width[base + x] === 0)) x += 1;
      runs.x.push(start);
      runs.end.push(x);
      runs.y.push(y);
    }
    if (erase >= 0) {
      runs.x.push(erase);
      runs.end.push(-1);
      runs.y.push(y);
    }
  }
  return runs;
}

function write(w: CellWriter, runs: Runs, k: number): void {
  if (runs.end[k]! < 0) w.eraseFrom(runs.x[k]!, runs.y[k]!);
  else w.span(runs.x[k]!, runs.end[k]!, runs.y[k]!);
}

/** Writes the runs in row order. */
function inRowOrder(w: CellWriter, runs: Runs): void {
  for (let k = 0; k < runs.x.length; k += 1) write(w, runs, k);
}

/** The fewest bytes a move `d` rows away can take: CUP is at least 3, a vertical tab 1. */
function leastMove(d: number, penKnown: boolean): number {
  if (!penKnown) return 3;
  return d === 0 ? 0 : d === 1 ? 1 : d === 2 ? 2 : 3;
}

/**
 * Writes next the run that is cheapest to reach from where the last one left the cursor and pen,
 * looking outward from the cursor's row until no row further away could be cheaper.
 */
function nearestFirst(w: CellWriter, pen: Pen, runs: Runs, next: Grid): void {
  const n = runs.x.length;
  const done = new Uint8Array(n);
  // Runs are in row order: row y holds runs firstOf[y] to firstOf[y + 1] - 1, pending[y] not yet written.
  const firstOf = new Int32Array(next.rows + 1);
  const pending = new Int32Array(next.rows);
  for (let k = 0; k < n; k += 1) {
    const y = runs.y[k]!;
    firstOf[y + 1] = k + 1;
    pending[y] = pending[y]! + 1;
  }
  for (let y = 1; y <= next.rows; y += 1) firstOf[y] = Math.max(firstOf[y]!, firstOf[y - 1]!);
  for (let left = n; left > 0; left -= 1) {
    let best = -1;
    let bestCost = Number.POSITIVE_INFINITY;
    // Of equally cheap runs the first in row order wins, so rows as far as that cost could reach are looked at.
    for (let d = 0; d < next.rows && leastMove(d, pen.x >= 0) <= bestCost; d += 1) {
      for (let side = d === 0 ? 1 : -1; side <= 1; side += 2) {
        const y = pen.y + side * d;
        if (y < 0 || y >= next.rows || pending[y] === 0) continue;
        for (let k = firstOf[y]!; k < firstOf[y + 1]!; k += 1) {
          if (done[k] === 1) continue;
          const x = runs.x[k]!;
          const cost = w.costTo(x, y, runs.end[k]! < 0 ? 0 : next.style[y * next.columns + x]!);
          if (cost < bestCost || (cost === bestCost && k < best)) {
            best = k;
            bestCost = cost;
          }
        }
      }
    }
    done[best] = 1;
    const y = runs.y[best]!;
    pending[y] = pending[y]! - 1;
    write(w, runs, best);
  }
}

/**
 * Escapes that turn the screen showing `prev` into `next` (same size), starting from `pen` and
 * updating it; the pen's style is left as the last cell wrote it. Returns '' when nothing
 * differs. `same` marks rows known to be equal in both (1).
 */
export function diffGrids(prev: Grid, next: Grid, pen: Pen, styles: StyleTable, same?: Uint8Array): string {
  const runs = collectRuns(prev, next, same);
  const rowPen = { ...pen };
  const rowWise = new CellWriter(next, rowPen, styles);
  inRowOrder(rowWise, runs);
  if (runs.x.length < 2 || runs.x.length > MAX_ORDERED) {
    Object.assign(pen, rowPen);
    return rowWise.out;
  }
  const nearPen = { ...pen };
  const near = new CellWriter(next, nearPen, styles);
  nearestFirst(near, nearPen, runs, next);
  const best = Buffer.byteLength(near.out) < Buffer.byteLength(rowWise.out) ? near : rowWise;
  Object.assign(pen, best === near ? nearPen : rowPen);
  return best.out;
}
