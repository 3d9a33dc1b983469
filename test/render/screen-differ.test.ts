import { describe, expect, it } from 'vitest';
import { BSU, ESU, ScreenDiffer } from '../../src/render/screen-differ.js';
import { frameSource } from './random-frames.js';
import { cells, feed, fullPaint, makeTerminal } from './xterm-screen.js';

describe('the cell-diffing screen', () => {
  it.each([
    [1, 80, 24],
    [2, 40, 10],
    [3, 160, 48],
    [4, 7, 3],
  ])(
    'turns the previous screen into exactly the next one over random frames (seed %i, %ix%i)',
    async (seed, columns, rows) => {
      const differ = new ScreenDiffer();
      const viaDiffs = makeTerminal(columns, rows);
      const reference = makeTerminal(columns, rows);
      const next = frameSource(seed, columns, rows);
      for (let n = 0; n < 60; n += 1) {
        const frame = next();
        await feed(viaDiffs, differ.update(frame, columns, rows));
        await feed(reference, fullPaint(frame));
        expect(cells(viaDiffs), `frame ${n}`).toBe(cells(reference));
      }
    },
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
    expect(out).toBe(`${BSU}\u001b[1;13H2${ESU}`);
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
});
