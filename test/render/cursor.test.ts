import { describe, expect, it } from 'vitest';
import { moveCost, moveCursor, type Pen } from '../../src/render/cursor.js';
import { feed, makeTerminal } from './xterm-screen.js';

/** Every cursor position as [pen, target] on a columns x rows screen, with an unknown pen column too. */
function pairs(columns: number, rows: number, step = 1): [Pen, number, number][] {
  const out: [Pen, number, number][] = [];
  for (let py = 0; py < rows; py += step) {
    for (let px = -1; px < columns; px += step) {
      for (let y = 0; y < rows; y += step) {
        for (let x = 0; x < columns; x += step) out.push([{ x: px, y: py, style: 0 }, x, y]);
      }
    }
  }
  return out;
}

/** Where a terminal's cursor is after each move, each started from its pen (or from elsewhere when the pen's column is unknown). */
async function landings(columns: number, rows: number, moves: [Pen, number, number][]): Promise<string[]> {
  const term = makeTerminal(columns, rows);
  const seen: string[] = [];
  // A private CSI that records the cursor where the parser meets it.
  term.parser.registerCsiHandler({ prefix: '?', final: 'z' }, () => {
    seen.push(`${term.buffer.active.cursorX},${term.buffer.active.cursorY}`);
    return true;
  });
  const from = (p: Pen): string => `\u001b[${p.y + 1};${p.x < 0 ? columns : p.x + 1}H`;
  await feed(term, moves.map(([p, x, y]) => `${from(p)}${moveCursor(p, x, y)}\u001b[?z`).join(''));
  return seen;
}

describe('cursor moves', () => {
  it.each([
    [12, 6, 1],
    [200, 60, 13],
  ])('land on the target from every position of a %ix%i screen', async (columns, rows, step) => {
    const moves = pairs(columns, rows, step);
    const seen = await landings(columns, rows, moves);
    expect(seen).toEqual(moves.map(([, x, y]) => `${x},${y}`));
  });

  it.each([
    [12, 6, 1],
    [200, 60, 13],
  ])('cost exactly the bytes they write on a %ix%i screen', (columns, rows, step) => {
    for (const [pen, x, y] of pairs(columns, rows, step)) {
      expect(moveCost(pen, x, y), JSON.stringify([pen, x, y])).toBe(moveCursor(pen, x, y).length);
    }
  });

  it('never write a line feed, which the tty may turn into a carriage return and a line feed', () => {
    for (const [pen, x, y] of pairs(12, 6)) expect(moveCursor(pen, x, y)).not.toContain('\n');
  });

  it('go down a column with a vertical tab and backspaces, and up with a reverse index', () => {
    const pen = { x: 10, y: 3, style: 0 };
    expect(moveCursor(pen, 10, 4)).toBe('\u000b');
    expect(moveCursor(pen, 9, 4)).toBe('\u000b\b');
    expect(moveCursor(pen, 7, 5)).toBe('\u000b\u000b\b\b\b');
    expect(moveCursor(pen, 9, 2)).toBe('\u001bM\b');
    expect(moveCursor(pen, 0, 4)).toBe('\u000b\r');
  });

  it('go far with the shortest of the relative and absolute forms', () => {
    const pen = { x: 77, y: 3, style: 0 };
    expect(moveCursor(pen, 69, 4)).toBe('\u000b\u001b[8D');
    expect(moveCursor(pen, 5, 3)).toBe('\u001b[6G');
    expect(moveCursor(pen, 69, 20)).toBe('\u001b[21;70H');
    expect(moveCursor({ x: -1, y: 3, style: 0 }, 78, 3)).toBe('\u001b[4;79H');
  });
});
