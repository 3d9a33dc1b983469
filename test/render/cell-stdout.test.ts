import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { wantsAscii } from '../../src/render/ascii.js';
import { CellStdout, type TerminalStream } from '../../src/render/cell-stdout.js';
import { ESU } from '../../src/render/screen-differ.js';
import { feed, makeTerminal } from './xterm-screen.js';

/** A terminal stand-in: records what reaches it and can be resized like a real one. */
class FakeTerminal extends EventEmitter {
  columns = 40;
  rows = 12;
  readonly writes: string[] = [];
  write(data: string): boolean {
    this.writes.push(data);
    this.emit('written', data);
    return true;
  }
  resize(columns: number, rows: number): void {
    this.columns = columns;
    this.rows = rows;
    this.emit('resize');
  }
  /** Resolves with the next write that ends a frame. */
  nextFrame(): Promise<string> {
    return new Promise((resolve) => {
      const on = (d: string): void => {
        if (!d.includes(ESU)) return;
        this.off('written', on);
        resolve(d);
      };
      this.on('written', on);
    });
  }
}

// The dashboard ships React's production build, which defers the re-render a resize causes to a
// later turn (the development build renders it at once and hides the problem), so load that one.
const nodeEnv = process.env.NODE_ENV;
process.env.NODE_ENV = 'production';
const { Box, render, Text, useWindowSize } = await import('ink');
const { createElement: h } = await import('react');
process.env.NODE_ENV = nodeEnv;

/** Like the dashboard: a root box exactly the terminal's size, header on top, keys at the bottom. */
function Screen() {
  const { columns, rows } = useWindowSize();
  return h(
    Box,
    { flexDirection: 'column', width: columns, height: rows },
    h(Text, null, `HEADER ${columns}x${rows}`),
    h(Box, { flexGrow: 1 }),
    h(Text, null, 'KEYS q quit'),
  );
}

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

/** Starts a tree through the cell renderer on a terminal stand-in; resolves after its first frame. */
async function start(real: FakeTerminal, tree: ReturnType<typeof h>, ascii = false): Promise<void> {
  const cells = new CellStdout(real as unknown as TerminalStream, { ascii });
  cells.start();
  const first = real.nextFrame();
  const app = render(tree, {
    stdout: cells as unknown as NodeJS.WriteStream,
    debug: true,
    interactive: true,
    patchConsole: false,
  });
  cleanup = () => app.unmount();
  await first;
}

/** The rows a terminal of that size shows after `data`. */
async function screen(data: string, columns: number, rows: number): Promise<(string | undefined)[]> {
  const term = makeTerminal(columns, rows);
  await feed(term, data);
  return Array.from({ length: rows }, (_, y) => term.buffer.active.getLine(y)?.translateToString(true));
}

describe('the cell renderer across a resize', () => {
  it.each([
    [40, 12, 30, 8],
    [30, 8, 50, 16],
  ])(
    'paints %ix%i then %ix%i with the keys on the bottom row, never a frame of the old layout',
    async (c0, r0, c1, r1) => {
      const real = new FakeTerminal();
      real.columns = c0;
      real.rows = r0;
      await start(real, h(Screen));
      const afterResize = real.nextFrame();
      real.resize(c1, r1);
      const lines = await screen(await afterResize, c1, r1);
      expect(lines[0]).toBe(`HEADER ${c1}x${r1}`);
      expect(lines.at(-1)).toBe('KEYS q quit');
    },
  );

  it('still paints after a resize when the tree does not follow the size', async () => {
    const real = new FakeTerminal();
    await start(real, h(Text, null, 'fixed'));
    const afterResize = real.nextFrame();
    real.resize(20, 5);
    expect((await screen(await afterResize, 20, 5))[0]).toBe('fixed');
  });
});

describe('the cell renderer on a terminal left in newline mode', () => {
  it('turns the mode off, so a vertical tab down a column keeps the column', async () => {
    const real = new FakeTerminal();
    real.columns = 10;
    real.rows = 3;
    const cells = new CellStdout(real as unknown as TerminalStream);
    cleanup = cells.stop;
    cells.start();
    let frame = real.nextFrame();
    cells.write('ab\ncd\nef');
    await frame;
    // The second frame walks up the column and leaves the cursor on the top row; the third walks down.
    for (const next of ['aX\ncY\neZ', 'aP\ncQ\neR']) {
      frame = real.nextFrame();
      cells.write(next);
      await frame;
    }
    expect(real.writes.at(-1)).toContain('P\u000b\bQ\u000b\bR');
    // ESC [ 20 h: line feed and vertical tab also return to column 0.
    const lines = await screen(`\u001b[20h${real.writes.join('')}`, 10, 3);
    expect(lines).toEqual(['aP', 'cQ', 'eR']);
  });
});

describe('a terminal that is not UTF-8', () => {
  it('takes LANG=C, POSIX or Latin-1 as ASCII-only, and UTF-8 or no locale as UTF-8', () => {
    expect(wantsAscii({ LANG: 'C' })).toBe(true);
    expect(wantsAscii({ LANG: 'POSIX' })).toBe(true);
    expect(wantsAscii({ LANG: 'de_DE.ISO-8859-1' })).toBe(true);
    expect(wantsAscii({ LC_ALL: 'C', LANG: 'en_US.UTF-8' })).toBe(true);
    expect(wantsAscii({ LANG: 'en_US.UTF-8' })).toBe(false);
    expect(wantsAscii({ LANG: 'C.utf8' })).toBe(false);
    expect(wantsAscii({})).toBe(false);
  });

  it('gets ASCII glyphs of the same width, so the layout holds', async () => {
    const real = new FakeTerminal();
    const row = '● live ▲ STALE ✖ DOWN ✔ … ▁▄█ 決済';
    await start(real, h(Box, { borderStyle: 'round', width: 40 }, h(Text, null, row)), true);
    const all = real.writes.join('');
    expect(all).not.toMatch(/[^\u0000-\u007f]/);
    const lines = await screen(all, 40, 12);
    expect(lines[1]).toBe('|* live ^ STALE x DOWN + ~ _-# ????    |');
    expect(lines[0]).toBe(`+${'-'.repeat(38)}+`);
  });
});
