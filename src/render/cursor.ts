/** The shortest cursor movement between two cells, from the escapes every VT100 descendant knows. */

/** Where the terminal's cursor and pen are; x is -1 when the position is not known. */
export type Pen = { x: number; y: number; style: number };

const csi = (n: number, final: string): string => (n === 1 ? `\u001b[${final}` : `\u001b[${n}${final}`);

/** Absolute position: CUP, with the parameters that default to 1 left out. */
export function moveTo(x: number, y: number): string {
  if (x === 0) return y === 0 ? '\u001b[H' : `\u001b[${y + 1}H`;
  return `\u001b[${y + 1};${x + 1}H`;
}

function horizontal(from: number, to: number): string {
  if (to === from) return '';
  if (to === 0) return '\r';
  const abs = `\u001b[${to + 1}G`;
  const rel = to > from ? csi(to - from, 'C') : csi(from - to, 'D');
  return rel.length <= abs.length ? rel : abs;
}

/** Escapes that take the cursor from `pen` to (x, y); never scrolls, since it never prints. */
export function moveCursor(pen: Pen, x: number, y: number): string {
  const cup = moveTo(x, y);
  if (pen.x < 0) return cup;
  if (pen.y === y) {
    const h = horizontal(pen.x, x);
    return h.length <= cup.length ? h : cup;
  }
  const dy = y - pen.y;
  let best = cup;
  const rel = (dy > 0 ? csi(dy, 'B') : csi(-dy, 'A')) + horizontal(pen.x, x);
  if (rel.length < best.length) best = rel;
  // A line feed is one byte, but the tty may add a carriage return (ONLCR), so go to column 0 first.
  if (dy > 0 && dy <= 2) {
    const feeds = `\r${'\n'.repeat(dy)}${horizontal(0, x)}`;
    if (feeds.length < best.length) best = feeds;
  }
  return best;
}
