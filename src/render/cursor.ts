/**
 * The shortest cursor movement between two cells, from controls every VT100 descendant knows:
 * CUP, CHA and the relative CSI moves, carriage return, backspace, vertical tab and reverse index.
 * `moveCost` gives the length of what `moveCursor` writes without building it, for the writer that
 * weighs many moves a frame.
 */

/** Where the terminal's cursor and pen are; x is -1 when the position is not known. */
export type Pen = { x: number; y: number; style: number };

// Vertical tab moves one row down and keeps the column, like a line feed, but the tty leaves it
// alone (ONLCR turns \n into \r\n). Newline mode (LNM) would add a carriage return to both: the
// cell renderer turns that mode off when it takes the screen. Reverse index moves one row up.
const DOWN = '\u000b';
const UP = '\u001bM';
const BS = '\b';
// Backspaces are one byte each: up to three are no longer than ESC [ n D.
const MAX_BS = 3;

const digits = (n: number): number => (n < 10 ? 1 : n < 100 ? 2 : n < 1000 ? 3 : String(n).length);
const csi = (n: number, final: string): string => (n === 1 ? `\u001b[${final}` : `\u001b[${n}${final}`);
const csiLength = (n: number): number => (n === 1 ? 3 : 3 + digits(n));

/** Absolute position: CUP, with the parameters that default to 1 left out. */
export function moveTo(x: number, y: number): string {
  if (x === 0) return y === 0 ? '\u001b[H' : `\u001b[${y + 1}H`;
  return `\u001b[${y + 1};${x + 1}H`;
}

function moveToLength(x: number, y: number): number {
  if (x === 0) return y === 0 ? 3 : 3 + digits(y + 1);
  return 4 + digits(y + 1) + digits(x + 1);
}

/** Relative moves within a row are used only when shorter than CHA (ESC [ n G). */
function relativeLength(from: number, to: number): number {
  const n = Math.abs(to - from);
  return to < from && n <= MAX_BS ? n : csiLength(n);
}

function horizontalLength(from: number, to: number): number {
  if (to === from) return 0;
  if (to === 0) return 1;
  return Math.min(relativeLength(from, to), 3 + digits(to + 1));
}

/** Within a row; `from` is a real column (never the pending wrap past the last one). */
function horizontal(from: number, to: number): string {
  if (to === from) return '';
  if (to === 0) return '\r';
  if (3 + digits(to + 1) < relativeLength(from, to)) return `\u001b[${to + 1}G`;
  const n = Math.abs(to - from);
  if (to > from) return csi(n, 'C');
  return n <= MAX_BS ? BS.repeat(n) : csi(n, 'D');
}

// Neither scrolls: the target row is on the screen, and no scroll margins are ever set.
function verticalLength(dy: number): number {
  if (dy === 0) return 0;
  if (dy > 0) return Math.min(dy * DOWN.length, csiLength(dy));
  return Math.min(-dy * UP.length, csiLength(-dy));
}

function vertical(dy: number): string {
  if (dy === 0) return '';
  if (dy > 0) return dy * DOWN.length <= csiLength(dy) ? DOWN.repeat(dy) : csi(dy, 'B');
  return -dy * UP.length <= csiLength(-dy) ? UP.repeat(-dy) : csi(-dy, 'A');
}

/** The shortest way as length * 4 + way: 0 absolute, 1 relative, 2 carriage return then relative. */
function choose(pen: Pen, x: number, y: number): number {
  const cup = moveToLength(x, y);
  if (pen.x < 0) return cup * 4;
  const v = verticalLength(y - pen.y);
  const rel = v + horizontalLength(pen.x, x);
  const home = x === 0 || pen.x === 0 ? Number.POSITIVE_INFINITY : 1 + v + horizontalLength(0, x);
  if (cup <= rel && cup <= home) return cup * 4;
  return rel <= home ? rel * 4 + 1 : home * 4 + 2;
}

/** Escapes that take the cursor from `pen` to (x, y) on the screen; they never print or scroll. */
export function moveCursor(pen: Pen, x: number, y: number): string {
  const way = choose(pen, x, y) % 4;
  if (way === 0) return moveTo(x, y);
  if (way === 1) return vertical(y - pen.y) + horizontal(pen.x, x);
  return `\r${vertical(y - pen.y)}${horizontal(0, x)}`;
}

/** The length of `moveCursor(pen, x, y)`, without building it. */
export function moveCost(pen: Pen, x: number, y: number): number {
  return choose(pen, x, y) >> 2;
}
