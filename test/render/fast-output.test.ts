// The fast output against Ink's own Output: the same write operations must draw the same cells.
import { describe, expect, it } from 'vitest';
import InkOutput from '../../node_modules/ink/build/output.js';
import sanitizeAnsi from '../../node_modules/ink/build/sanitize-ansi.js';
import widestLine from '../../node_modules/widest-line/index.js';
import { FastOutput, type InkOutputClass, keepsAsIs, measureSimple, setFastOutput } from '../../src/render/fast-output.js';
import { frameDifference } from '../../src/render/output-check.js';

type Transformer = (line: string, index: number) => string;
type Op =
  | [x: number, y: number, text: string, transformers?: Transformer[]]
  | { clip: { x1?: number; x2?: number; y1?: number; y2?: number } }
  | 'unclip';

const ESC = '\u001b';
// Chalk's way of styling a line: open, re-open after every inner close, close.
const style =
  (open: string, close: string): Transformer =>
  (line) =>
    `${ESC}[${open}m${line.replaceAll(`${ESC}[${close}m`, `${ESC}[${close}m${ESC}[${open}m`)}${ESC}[${close}m`;
const red = style('31', '39');
const green = style('32', '39');
const bold = style('1', '22');
const dim = style('2', '22');
const onBlue = style('44', '49');
const truecolor = style('38;2;10;200;30', '39');
const numbered: Transformer = (line, index) => `${index}:${line}`;

function frames(width: number, height: number, ...sequence: Op[][]): Array<[fast: string, ink: string]> {
  return sequence.map((ops) => {
    const fast = new FastOutput({ width, height }, InkOutput as unknown as InkOutputClass);
    const ink = new InkOutput({ width, height });
    for (const op of ops) {
      for (const out of [fast, ink]) {
        if (op === 'unclip') out.unclip();
        else if ('clip' in op) out.clip(op.clip as never);
        else out.write(op[0], op[1], op[2], { transformers: op[3] ?? [] });
      }
    }
    return [fast.get().output, ink.get().output];
  });
}

function expectSame(width: number, height: number, ...sequence: Op[][]): void {
  for (const [i, [fast, ink]] of frames(width, height, ...sequence).entries()) {
    expect(frameDifference(fast, ink, width, height), `frame ${i}`).toBeUndefined();
  }
}

describe('fast output', () => {
  it('draws plain text, overwrites and trailing blanks as Ink does', () => {
    expectSame(20, 4, [
      [0, 0, 'hello world'],
      [6, 0, 'there'],
      [2, 1, 'a  \u00a0'],
      [0, 2, 'x', [onBlue]],
      [3, 2, '   ', [onBlue]],
      [18, 3, 'overflowing the edge'],
    ]);
  });

  it('keeps nested styles, transformers and styles that run across line breaks', () => {
    expectSame(24, 5, [
      [0, 0, `a${ESC}[31mb${ESC}[1mc${ESC}[22md${ESC}[39me`, [green]],
      [0, 1, `${ESC}[31mab\ncd${ESC}[39m\nplain`, [bold, numbered]],
      [10, 1, `${ESC}[2m${ESC}[1mbd${ESC}[22m`, [dim]],
      [0, 4, `${ESC}[38;5;196mX${ESC}[39m ${ESC}[1;31mY${ESC}[0mZ`, [truecolor]],
    ]);
  });

  it('places wide glyphs, emoji, joined sequences and marks by Ink’s rules', () => {
    expectSame(16, 6, [
      [0, 0, '漢字 wide'],
      [1, 0, 'x'],
      [0, 1, '漢字漢字'],
      [3, 1, 'y'],
      [0, 2, '✅ ok ❤️ 🇫🇷'],
      [0, 3, '👩‍💻 e\u0301 soft\u00adhy\u200bphen'],
      [0, 4, `${ESC}]8;;https://example.test${ESC}\\link${ESC}]8;;${ESC}\\ after`, [red]],
      [-1, 5, '漢ab'],
    ]);
  });

  it('clips horizontally and vertically, nested clips intersecting, wide glyphs cut to spaces', () => {
    expectSame(20, 6, [
      { clip: { x1: 2, x2: 8, y1: 1, y2: 4 } },
      [0, 0, 'line0\nline1 is long\nline2\nline3\nline4'],
      [0, 3, `${ESC}[31mred text here${ESC}[39m`, [bold]],
      { clip: { x1: 5, x2: 12, y1: 0, y2: 10 } },
      [3, 2, '漢字漢字'],
      'unclip',
      'unclip',
      { clip: { x1: 4, x2: 4 } },
      [0, 5, 'nothing shows'],
      'unclip',
      { clip: { x1: 1, x2: 6 } },
      [0, 5, '漢字漢字', [green]],
      'unclip',
    ]);
  });

  it('reuses unchanged rows across frames and redraws the changed ones', () => {
    const a: Op[] = [
      [0, 0, 'header'],
      [0, 1, 'row 1', [red]],
      [0, 2, 'row 2'],
    ];
    const b: Op[] = [
      [0, 0, 'header'],
      [0, 1, 'row 1', [green]],
      [0, 2, 'row 2 changed'],
    ];
    expectSame(16, 3, a, b, a, b);
    const [first, second] = frames(16, 3, a, b).map(([fast]) => fast);
    expect(first!.split('\n')[0]).toBe('header');
    expect(second).toContain('row 2 changed');
  });

  it('matches Ink on random writes of mixed text, styles and clips', () => {
    let seed = 16;
    const rand = (n: number): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % n;
    };
    const pieces = ['ab', ' ', 'xyz ', '漢', '✅', '❤️', 'e\u0301', '\n', `${ESC}[31m`, `${ESC}[39m`, `${ESC}[1m`, `${ESC}[22m`, '│─', '▂▃'];
    const transformers = [red, green, bold, dim, onBlue, numbered];
    for (let round = 0; round < 300; round += 1) {
      const ops: Op[] = [];
      let clips = 0;
      for (let k = 0; k < 8; k += 1) {
        const r = rand(10);
        if (r === 0) {
          ops.push({ clip: { x1: rand(12) - 2, x2: rand(14), y1: rand(6) - 1, y2: rand(8) } });
          clips += 1;
        } else if (r === 1 && clips > 0) {
          ops.push('unclip');
          clips -= 1;
        } else {
          let text = '';
          for (let n = rand(6) + 1; n > 0; n -= 1) text += pieces[rand(pieces.length)];
          const ts = rand(3) === 0 ? [] : [transformers[rand(transformers.length)]!];
          ops.push([rand(16) - 3, rand(7) - 1, text, ts]);
        }
      }
      const [fast, ink] = frames(12, 5, ops)[0]!;
      expect(frameDifference(fast, ink, 12, 5), `round ${round}: ${JSON.stringify(ops)}`).toBeUndefined();
    }
  });

  it('skips Ink’s sanitising only for text it would give back unchanged', () => {
    setFastOutput(true);
    try {
      const kept = ['plain', `a${ESC}[31mb${ESC}[39m`, `${ESC}[1;38;5;9mx\ny${ESC}[m`, '│ ▂▃ ✔ ↑ 0.1%', ''];
      for (const text of kept) {
        expect(keepsAsIs(text), JSON.stringify(text)).toBe(true);
        expect(sanitizeAnsi(text)).toBe(text);
      }
      const changed = [`${ESC}[38:5:9mx`, 'a\u0007b', `${ESC}[31me\u0301`, `${ESC}[2Kx`, 'tab\there', 'cr\r\n'];
      for (const text of changed) expect(keepsAsIs(text), JSON.stringify(text)).toBe(false);
      expect(changed.filter((t) => sanitizeAnsi(t) !== t).length).toBeGreaterThan(3);
    } finally {
      setFastOutput(false);
    }
    expect(keepsAsIs('plain')).toBe(false);
  });

  it('measures simple text as widest-line does, and leaves the rest to Ink', () => {
    setFastOutput(true);
    try {
      for (const text of ['plain', `a${ESC}[31mbé${ESC}[39m\nlonger line`, '│ ▂▃ ✔ ↑\n\n0.1%', '⌚ wide']) {
        expect(measureSimple(text), JSON.stringify(text)).toEqual({
          width: widestLine(text),
          height: text.split('\n').length,
        });
      }
      for (const text of ['漢字', 'e\u0301', `${ESC}]8;;x${ESC}\\y`, '']) expect(measureSimple(text)).toBeUndefined();
    } finally {
      setFastOutput(false);
    }
    expect(measureSimple('plain')).toBeUndefined();
  });
});
