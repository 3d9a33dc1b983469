/**
 * Cell styles as SGR state, interned to small ids so a grid compares numbers, with the shortest
 * escape that turns one style into another (incremental codes or a reset, whichever is shorter).
 */

import { fitColor } from './color-fallback.js';
import type { ColorDepth } from './terminal-caps.js';

/** The SGR state of one cell: attribute bits and colour parameters ('' is the default colour). */
export type Style = { readonly flags: number; readonly fg: string; readonly bg: string };

/** The terminal's default style; its id is always 0. */
export const PLAIN: Style = { flags: 0, fg: '', bg: '' };

// Attribute bit → [on code, off code]; bold and dim share their off code (22).
const ATTRS: ReadonlyArray<readonly [number, string, string]> = [
  [1, '1', '22'],
  [2, '2', '22'],
  [4, '3', '23'],
  [8, '4', '24'],
  [16, '5', '25'],
  [32, '7', '27'],
  [64, '8', '28'],
  [128, '9', '29'],
  [256, '53', '55'],
];
const BOLD_DIM = 3;

/** Applies one SGR parameter list (the part between `ESC [` and `m`) to a style. */
export function applySgr(style: Style, params: string): Style {
  let { flags, fg, bg } = style;
  const p = params === '' ? ['0'] : params.split(/[;:]/);
  for (let i = 0; i < p.length; i += 1) {
    const n = p[i] === '' ? 0 : Number(p[i]);
    if (n === 0) {
      flags = 0;
      fg = '';
      bg = '';
    } else if (n === 38 || n === 48) {
      const mode = p[i + 1];
      const take = mode === '5' ? 2 : mode === '2' ? 4 : 0;
      if (take === 0) break;
      const colour = [String(n), ...p.slice(i + 1, i + 1 + take)].join(';');
      if (n === 38) fg = colour;
      else bg = colour;
      i += take;
    } else if ((n >= 30 && n <= 37) || (n >= 90 && n <= 97)) fg = String(n);
    else if (n === 39) fg = '';
    else if ((n >= 40 && n <= 47) || (n >= 100 && n <= 107)) bg = String(n);
    else if (n === 49) bg = '';
    else if (n === 22) flags &= ~BOLD_DIM;
    else {
      for (const [bit, on, off] of ATTRS) {
        if (String(n) === on) flags |= bit;
        else if (String(n) === off) flags &= ~bit;
      }
    }
  }
  return { flags, fg, bg };
}

function fullParams(s: Style): string[] {
  const out: string[] = [];
  for (const [bit, on] of ATTRS) if (s.flags & bit) out.push(on);
  if (s.fg) out.push(s.fg);
  if (s.bg) out.push(s.bg);
  return out;
}

function incrementalParams(a: Style, b: Style): string[] {
  const out: string[] = [];
  const removed = a.flags & ~b.flags;
  let added = b.flags & ~a.flags;
  // 22 turns off bold and dim together, so whichever of them stays must be turned on again.
  if (removed & BOLD_DIM) {
    out.push('22');
    added |= b.flags & BOLD_DIM;
  }
  for (const [bit, , off] of ATTRS) if (removed & bit & ~BOLD_DIM) out.push(off);
  for (const [bit, on] of ATTRS) if (added & bit) out.push(on);
  if (a.fg !== b.fg) out.push(b.fg || '39');
  if (a.bg !== b.bg) out.push(b.bg || '49');
  return out;
}

/** Interned styles and cached transitions between them. */
export class StyleTable {
  readonly #ids = new Map<string, number>();
  readonly #styles: Style[] = [];
  readonly #transitions = new Map<number, string>();
  readonly #depth: ColorDepth;

  /** `depth`: colours are brought down to what the terminal shows (truecolor keeps them). */
  constructor(depth: ColorDepth = 'truecolor') {
    this.#depth = depth;
    this.intern(PLAIN);
  }

  /** How many distinct styles have been seen. */
  get size(): number {
    return this.#styles.length;
  }

  /** The id of a style (0 for the default). */
  intern(input: Style): number {
    const style =
      this.#depth === 'truecolor'
        ? input
        : { flags: input.flags, fg: fitColor(input.fg, this.#depth), bg: fitColor(input.bg, this.#depth) };
    const key = `${style.flags}|${style.fg}|${style.bg}`;
    let id = this.#ids.get(key);
    if (id === undefined) {
      id = this.#styles.length;
      this.#styles.push(style);
      this.#ids.set(key, id);
    }
    return id;
  }

  /** The style behind an id. */
  get(id: number): Style {
    return this.#styles[id] ?? PLAIN;
  }

  /** The shortest escape that changes the pen from style `from` to style `to` ('' when equal). */
  transition(from: number, to: number): string {
    if (from === to) return '';
    const key = from * 65_536 + to;
    let seq = this.#transitions.get(key);
    if (seq === undefined) {
      const a = this.get(from);
      const b = this.get(to);
      const inc = `\u001b[${incrementalParams(a, b).join(';')}m`;
      const reset = to === 0 ? '\u001b[m' : `\u001b[0;${fullParams(b).join(';')}m`;
      seq = reset.length < inc.length ? reset : inc;
      this.#transitions.set(key, seq);
    }
    return seq;
  }
}
