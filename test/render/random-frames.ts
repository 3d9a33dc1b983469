/** Seeded random frames shaped like Ink's: styled runs of mixed glyphs, lines trimmed at the end. */
import { mulberry32 } from '../../src/scenarios/prng.js';
import { codePointWidth } from '../../src/render/width.js';

const GLYPHS = [
  ...'abcdefghijklmnopqrstuvwxyz0123456789 %.-:',
  ...'✔▲✖●◌…▁▂▃▄▅▆▇█↑↓×│─┌┐',
  ...'漢字カ한',
  'é',
  'e\u0301',
];
const STYLES = [
  '\u001b[0m',
  '\u001b[1m',
  '\u001b[2m',
  '\u001b[22m',
  '\u001b[3m',
  '\u001b[4m',
  '\u001b[24m',
  '\u001b[7m',
  '\u001b[27m',
  '\u001b[31m',
  '\u001b[92m',
  '\u001b[39m',
  '\u001b[44m',
  '\u001b[49m',
  '\u001b[38;5;208m',
  '\u001b[48;5;236m',
  '\u001b[38;2;10;200;30m',
  '\u001b[48;2;40;40;40m',
];

/** A generator of frames of at most columns x rows, each a small mutation of the one before. */
export function frameSource(seed: number, columns: number, rows: number): () => string {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const line = (): string => {
    let out = '';
    let used = 0;
    const target = Math.floor(random() * (columns + 1));
    while (used < target) {
      if (random() < 0.15) out += pick(STYLES);
      const g = pick(GLYPHS);
      const w = codePointWidth(g.codePointAt(0)!);
      if (used + w > columns) break;
      out += g;
      used += w;
    }
    return `${out}\u001b[0m`.replace(/ +(\u001b\[0m)$/, '$1');
  };
  let lines = Array.from({ length: rows }, line);
  return () => {
    const changes = random() < 0.1 ? rows : 1 + Math.floor(random() * 3);
    lines = lines.map((l) => (random() < changes / rows ? line() : l));
    if (random() < 0.05) lines = lines.slice(0, Math.max(1, Math.floor(random() * rows)));
    while (lines.length < rows && random() < 0.5) lines.push(line());
    return lines.join('\n');
  };
}
