import { describe, expect, it } from 'vitest';
import { BSU, ESU, ScreenDiffer } from '../../src/render/screen-differ.js';
import { frameSource } from './random-frames.js';
import { cells, feed, fullPaint, makeTerminal } from './xterm-screen.js';

/**
 * Feeds 60 random frames (each passed through `shape`) to one differ and to a reference terminal
 * painted by `paint`, and requires the same cells after every frame.
 */
async function diffsMatch(
  seed: number,
  columns: number,
  rows: number,
  shape: (frame: string) => string,
  paint: (frame: string) => string,
): Promise<void> {
  const differ = new ScreenDiffer();
  const viaDiffs = makeTerminal(columns, rows);
  const reference = makeTerminal(columns, rows);
  const next = frameSource(seed, columns, rows);
  for (let n = 0; n < 60; n += 1) {
    const frame = shape(next());
    await feed(viaDiffs, differ.update(frame, columns, rows));
    await feed(reference, paint(frame));
    expect(cells(viaDiffs), `frame ${n}`).toBe(cells(reference));
  }
}

describe('the cell-diffing screen', () => {
  it.each([
    [1, 80, 24],
    [2, 40, 10],
    [3, 160, 48],
    [4, 7, 3],
  ])(
    'turns the previous screen into exactly the next one over random frames (seed %i, %ix%i)',
    (seed, columns, rows) => diffsMatch(seed, columns, rows, (f) => f, fullPaint),
  );

  it('writes nothing at all when the frame has not changed', () => {
    const differ = new ScreenDiffer();
    const frame = '\u001b[1mwarroom\u001b[22m  12:04\nline two';
    expect(differ.update(frame, 20, 4)).not.toBe('');
    expect(differ.update(frame, 20, 4)).toBe('');
  });

  it('writes one changed digit as a cursor move and that digit inside one synchronized block', () => {
    const differ = new ScreenDiffer();
    differ.update('payments  4.1%\norders    0.2%', 20, 2);
    const out = differ.update('payments  4.2%\norders    0.2%', 20, 2);
    // The cursor was left after "0.2%": up a row (reverse index) and two columns back.
    expect(out).toBe(`${BSU}\u001bM\b\b2${ESU}`);
  });

  it('repaints in full when the terminal size changes', async () => {
    const differ = new ScreenDiffer();
    differ.update('abc', 10, 3);
    const term = makeTerminal(6, 2);
    await feed(term, 'junk junk\r\njunk');
    await feed(term, differ.update('xy\nz', 6, 2));
    const reference = makeTerminal(6, 2);
    await feed(reference, fullPaint('xy\nz'));
    expect(cells(term)).toBe(cells(reference));
  });

  it('cuts lines and rows that do not fit instead of letting the terminal wrap or scroll', async () => {
    const differ = new ScreenDiffer();
    const term = makeTerminal(4, 2);
    await feed(term, differ.update('abcdef\n漢字字\nthird', 4, 2));
    const reference = makeTerminal(4, 2);
    await feed(reference, fullPaint('abcd\n漢字'));
    expect(cells(term)).toBe(cells(reference));
  });
  it('redraws an unchanged line whose colour comes from a changed line above it', async () => {
    const differ = new ScreenDiffer();
    const term = makeTerminal(10, 3);
    // The second and third lines are the same text in both frames, but the open red (then green)
    // of the first line runs on into them.
    await feed(term, differ.update('\u001b[31mred\nsame\nsame\u001b[39m', 10, 3));
    const out = differ.update('\u001b[32mred\nsame\nsame\u001b[39m', 10, 3);
    await feed(term, out);
    // What a differ that never saw the first frame paints.
    const reference = makeTerminal(10, 3);
    await feed(reference, new ScreenDiffer().update('\u001b[32mred\nsame\nsame\u001b[39m', 10, 3));
    expect(cells(term)).toBe(cells(reference));
    expect(out).toContain('same');
  });

  it.each([
    [5, 80, 24],
    [6, 30, 8],
  ])('stays exact when styles run on from one line into the next (seed %i, %ix%i)', (seed, columns, rows) =>
    diffsMatch(
      seed,
      columns,
      rows,
      // Without the reset at each line's end, a line's look depends on the lines above it.
      (f) => f.replaceAll('\u001b[0m\n', '\n'),
      // The reference paints each frame from nothing, so no row of it is lent by the frame before.
      (f) => new ScreenDiffer().update(f, columns, rows),
    ),
  );
});
