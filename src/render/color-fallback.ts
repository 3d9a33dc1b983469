/** Maps SGR colour parameters down to what the terminal shows: 24-bit → 256 → 16 colours. */
import type { ColorDepth } from './terminal-caps.js';

const LEVELS = [0, 95, 135, 175, 215, 255];
// xterm's 16 basic colours as RGB, in SGR order (30–37, then 90–97).
const BASIC: ReadonlyArray<readonly [number, number, number]> = [
  [0, 0, 0],
  [205, 0, 0],
  [0, 205, 0],
  [205, 205, 0],
  [0, 0, 238],
  [205, 0, 205],
  [0, 205, 205],
  [229, 229, 229],
  [127, 127, 127],
  [255, 0, 0],
  [0, 255, 0],
  [255, 255, 0],
  [92, 92, 255],
  [255, 0, 255],
  [0, 255, 255],
  [255, 255, 255],
];

const dist = (a: readonly number[], b: readonly number[]): number =>
  (a[0]! - b[0]!) ** 2 + (a[1]! - b[1]!) ** 2 + (a[2]! - b[2]!) ** 2;

const nearestLevel = (v: number): number => {
  let best = 0;
  for (let i = 1; i < LEVELS.length; i += 1)
    if (Math.abs(LEVELS[i]! - v) < Math.abs(LEVELS[best]! - v)) best = i;
  return best;
};

/** The nearest xterm 256-colour index to an RGB colour (the 6x6x6 cube or the grey ramp). */
export function rgbTo256(r: number, g: number, b: number): number {
  const [ri, gi, bi] = [nearestLevel(r), nearestLevel(g), nearestLevel(b)];
  const cube = 16 + 36 * ri + 6 * gi + bi;
  const cubeRgb = [LEVELS[ri]!, LEVELS[gi]!, LEVELS[bi]!];
  const grey = Math.min(23, Math.max(0, Math.round(((r + g + b) / 3 - 8) / 10)));
  const greyV = 8 + 10 * grey;
  return dist([r, g, b], [greyV, greyV, greyV]) < dist([r, g, b], cubeRgb) ? 232 + grey : cube;
}

/** The RGB of a 256-colour index. */
export function rgbOf256(n: number): readonly [number, number, number] {
  if (n < 16) return BASIC[n]!;
  if (n >= 232) {
    const v = 8 + 10 * (n - 232);
    return [v, v, v];
  }
  const i = n - 16;
  return [LEVELS[Math.floor(i / 36)]!, LEVELS[Math.floor(i / 6) % 6]!, LEVELS[i % 6]!];
}

/** The nearest of the 16 basic colours, as its index 0–15. */
export function rgbTo16(r: number, g: number, b: number): number {
  let best = 0;
  for (let i = 1; i < BASIC.length; i += 1)
    if (dist([r, g, b], BASIC[i]!) < dist([r, g, b], BASIC[best]!)) best = i;
  return best;
}

/**
 * One colour parameter string as the style keeps it ("38;2;r;g;b", "48;5;n", "31"…) brought down
 * to `depth`; colours the terminal can already show come back unchanged.
 */
export function fitColor(colour: string, depth: ColorDepth): string {
  if (depth === 'truecolor' || colour === '') return colour;
  const p = colour.split(';').map(Number);
  const ground = p[0];
  if (ground !== 38 && ground !== 48) return colour;
  let rgb: readonly [number, number, number];
  if (p[1] === 2) {
    rgb = [p[2] ?? 0, p[3] ?? 0, p[4] ?? 0];
    if (depth === '256') return `${ground};5;${rgbTo256(...rgb)}`;
  } else if (p[1] === 5) {
    if (depth === '256') return colour;
    rgb = rgbOf256(p[2] ?? 0);
  } else return colour;
  const n = rgbTo16(...rgb);
  const base = ground === 38 ? 30 : 40;
  return String(n < 8 ? base + n : base + 60 + n - 8);
}
