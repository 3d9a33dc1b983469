// Dashboard-like frames (rows whose tails change, colours, CJK) through the differ, 400 a size: the
// terminal must show what a fresh paint of the last frame shows.
import xterm from '@xterm/headless';
import { expect, it } from 'vitest';
import { ScreenDiffer } from '../../src/render/screen-differ.js';

const ESC = '\u001b';
function text(term: InstanceType<typeof xterm.Terminal>): string[] {
  const b = term.buffer.active;
  const out: string[] = [];
  for (let y = 0; y < term.rows; y++) out.push(b.getLine(y)!.translateToString(true).trimEnd());
  return out;
}
const write = (t: InstanceType<typeof xterm.Terminal>, s: string) => new Promise<void>((r) => t.write(s, r));
let seed = 7;
const rand = (n: number) => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
};
const pieces = ['up', 'down', '0.2%', '45ms', '1.0×', '▂▃▁', '│', '✔', 'kafka', '  ', '漢', 'é'];
const colors = ['', `${ESC}[31m`, `${ESC}[32m`, `${ESC}[1m`, `${ESC}[38;5;196m`, `${ESC}[44m`];
function frame(cols: number, rows: number): string {
  const lines: string[] = [];
  for (let y = 0; y < rows; y++) {
    let l = '';
    let w = 0;
    while (w < cols - 6) {
      const p = pieces[rand(pieces.length)]!;
      const c = colors[rand(colors.length)]!;
      l += c + p + (c ? `${ESC}[0m` : '');
      w += [...p].length + (p === '漢' ? 1 : 0);
    }
    lines.push(l);
  }
  return lines.join('\n');
}
it('random frames through the differ give the same screen as a fresh paint', async () => {
  for (const [cols, rows] of [
    [80, 24],
    [100, 30],
    [120, 40],
  ] as const) {
    const t = new xterm.Terminal({ cols, rows, allowProposedApi: true });
    const d = new ScreenDiffer({ sync: true, depth: '256' as never });
    await write(t, `${ESC}[20l`);
    let prev = frame(cols, rows);
    await write(t, d.update(prev, cols, rows));
    for (let i = 0; i < 400; i++) {
      // change a random subset of rows' tails, like a dashboard
      const lines = prev.split('\n');
      const n = rand(rows) + 1;
      for (let k = 0; k < n; k++) {
        const y = rand(rows);
        lines[y] = frame(cols, 1);
      }
      const next = lines.join('\n');
      await write(t, d.update(next, cols, rows));
      const fresh = new xterm.Terminal({ cols, rows, allowProposedApi: true });
      const d2 = new ScreenDiffer({ sync: true, depth: '256' as never });
      await write(fresh, `${ESC}[20l`);
      await write(fresh, d2.update(next, cols, rows));
      expect(text(t), `${cols}x${rows} frame ${i}`).toEqual(text(fresh));
      prev = next;
    }
  }
});
