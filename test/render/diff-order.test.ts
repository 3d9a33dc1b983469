import { describe, expect, it } from 'vitest';
import { ScreenDiffer } from '../../src/render/screen-differ.js';
import { cells, feed, fullPaint, makeTerminal } from './xterm-screen.js';

/** Service rows like the dashboard's: a latency column and an error-rate column. */
const services = (latency: number[], errors: number[]): string =>
  latency.map((l, i) => `svc-${i}  ${String(l).padStart(3)}ms  ${errors[i]}%`).join('\n');

/** Paints `frames` through one differ and requires the screen a full paint of the last one gives. */
async function paint(frames: string[], columns: number, rows: number): Promise<string[]> {
  const differ = new ScreenDiffer({ sync: false });
  const term = makeTerminal(columns, rows);
  const outs: string[] = [];
  for (const f of frames) {
    outs.push(differ.update(f, columns, rows));
    await feed(term, outs.at(-1)!);
  }
  const reference = makeTerminal(columns, rows);
  await feed(reference, fullPaint(frames.at(-1)!));
  expect(cells(term)).toBe(cells(reference));
  return outs;
}

describe('the order the changed cells are written in', () => {
  it('walks each column of changed figures instead of zig-zagging across the rows', async () => {
    const [, out] = await paint(
      [services([101, 99, 100, 102], [1, 2, 3, 4]), services([102, 98, 101, 103], [2, 3, 4, 5])],
      24,
      4,
    );
    // From after "4%" on the last row: up the error column by reverse index, then down the
    // latency column by vertical tab; row by row would cost a far move per row.
    expect(out).toBe('\b\b5\u001bM\b4\u001bM\b3\u001bM\b2\u001b[6D2\u000b\b8\u000b\b1\u000b\b3');
  });

  it('writes runs of one colour together, so the pen changes colour once a frame', async () => {
    const row = (age: number, value: number): string =>
      `\u001b[32mup ${age}s\u001b[39m  \u001b[33m${value}\u001b[39m`;
    const rows = (age: number, values: number[]): string => values.map((v) => row(age, v)).join('\n');
    const [, out] = await paint([rows(1, [5, 6, 7]), rows(2, [6, 7, 8])], 20, 3);
    // The pen is still yellow from the first frame: the values first, then the ages in green.
    // Row by row it would switch colour five times.
    expect(out?.match(/\u001b\[[\d;]*m/g)).toEqual(['\u001b[32m']);
  });

  it('leaves the pen in the last colour it wrote and does not set it again for the next frame', async () => {
    const [, second, third] = await paint(
      ['\u001b[31mred 1\u001b[39m', '\u001b[31mred 2\u001b[39m', '\u001b[31mred 3\u001b[39m'],
      10,
      1,
    );
    expect(second).toBe('\b2');
    expect(third).toBe('\b3');
    expect(second).not.toContain('\u001b[m');
  });

  it('resets the pen before a repaint clears the screen, whatever the terminal was left with', async () => {
    const differ = new ScreenDiffer({ sync: false });
    differ.update('\u001b[44mblue\u001b[49m', 10, 2);
    const out = differ.update('plain', 12, 2);
    expect(out.startsWith('\u001b[m\u001b[H\u001b[2J')).toBe(true);
    const term = makeTerminal(12, 2);
    await feed(term, `\u001b[41m${out}`);
    const reference = makeTerminal(12, 2);
    await feed(reference, fullPaint('plain'));
    expect(cells(term)).toBe(cells(reference));
  });
});
