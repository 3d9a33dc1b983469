/**
 * A screen as a grid of cells, parsed from one of Ink's frames: lines of text separated by `\n`
 * with SGR escapes. Anything past the terminal's width or height is cut, never wrapped.
 */
import { applySgr, type StyleTable } from './style.js';
import { codePointWidth, isCertainWidth } from './width.js';

/** Cells in row-major order; a wide glyph's second cell has width 0 and empty text. */
export type Grid = {
  readonly columns: number;
  readonly rows: number;
  readonly text: string[];
  readonly width: Uint8Array;
  readonly style: Uint32Array;
  /** 1 where every terminal agrees on the glyph's width, so the cursor can be trusted after it. */
  readonly certain: Uint8Array;
};

/** An empty screen in the default style, as after an erase. */
export function blankGrid(columns: number, rows: number): Grid {
  const n = columns * rows;
  return {
    columns,
    rows,
    text: new Array<string>(n).fill(' '),
    width: new Uint8Array(n).fill(1),
    style: new Uint32Array(n),
    certain: new Uint8Array(n).fill(1),
  };
}

const ZWJ = 0x200d;
/** C1 controls, line/paragraph separators and bidi overrides: terminals obey them, so they never reach one. */
const isHiddenControl = (cp: number): boolean =>
  (cp >= 0x80 && cp <= 0x9f) ||
  cp === 0x2028 ||
  cp === 0x2029 ||
  (cp >= 0x202a && cp <= 0x202e) ||
  (cp >= 0x2066 && cp <= 0x2069);
const isRegional = (cp: number): boolean => cp >= 0x1f1e6 && cp <= 0x1f1ff;
const isSkinTone = (cp: number): boolean => cp >= 0x1f3fb && cp <= 0x1f3ff;

/** Parses a frame into a grid of `columns` x `rows`; `sgrCache` maps "styleId|params" to style ids. */
export function parseFrame(
  frame: string,
  columns: number,
  rows: number,
  styles: StyleTable,
  sgrCache: Map<string, number> = new Map(),
): Grid {
  const grid = blankGrid(columns, rows);
  const { text, width, style, certain } = grid;
  let x = 0;
  let y = 0;
  let pen = 0;
  // The cell a combining mark or joined code point attaches to, or -1.
  let last = -1;
  let joinNext = false;
  const len = frame.length;
  for (let i = 0; i < len && y < rows; i += 1) {
    const c = frame.charCodeAt(i);
    if (c === 0x1b) {
      const kind = frame.charCodeAt(i + 1);
      if (kind === 0x5b) {
        let j = i + 2;
        while (j < len && (frame.charCodeAt(j) < 0x40 || frame.charCodeAt(j) > 0x7e)) j += 1;
        if (frame.charCodeAt(j) === 0x6d) {
          const key = `${pen}|${frame.slice(i + 2, j)}`;
          let id = sgrCache.get(key);
          if (id === undefined) {
            id = styles.intern(applySgr(styles.get(pen), frame.slice(i + 2, j)));
            sgrCache.set(key, id);
          }
          pen = id;
        }
        i = j;
      } else if (kind === 0x5d) {
        // OSC (hyperlinks, titles): skip to BEL or ST.
        let j = i + 2;
        while (j < len && frame.charCodeAt(j) !== 0x07 && frame.charCodeAt(j) !== 0x1b) j += 1;
        i = frame.charCodeAt(j) === 0x1b ? j + 1 : j;
      } else i += 1;
      continue;
    }
    if (c === 0x0a) {
      y += 1;
      x = 0;
      last = -1;
      continue;
    }
    if (c < 0x20 && c !== 0x09) continue;
    let cp = c;
    let ch = frame[i]!;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < len) {
      cp = frame.codePointAt(i)!;
      ch = String.fromCodePoint(cp);
      i += 1;
    }
    if (isHiddenControl(cp)) continue;
    if (cp === 0x09) ch = ' ';
    const w = cp === 0x09 ? 1 : codePointWidth(cp);
    const joins =
      w === 0 ||
      joinNext ||
      (last >= 0 && isSkinTone(cp)) ||
      (last >= 0 && isRegional(cp) && text[last]!.length === 2 && isRegional(text[last]!.codePointAt(0)!));
    if (joins) {
      if (last >= 0) {
        text[last] += ch;
        certain[last] = 0;
        // An emoji presentation selector makes the glyph two cells wide, as string-width says.
        if (cp === 0xfe0f && width[last] === 1 && x < columns) {
          width[last] = 2;
          text[last + 1] = '';
          width[last + 1] = 0;
          style[last + 1] = style[last]!;
          x += 1;
        }
      }
      joinNext = cp === ZWJ;
      continue;
    }
    if (cp === 0x7f) continue;
    const at = y * columns + x;
    if (x + w > columns) {
      // A wide glyph that would straddle the edge leaves a blank, as terminals do.
      if (x < columns) {
        text[at] = ' ';
        style[at] = pen;
      }
      x += w;
      last = -1;
      continue;
    }
    text[at] = ch;
    width[at] = w;
    style[at] = pen;
    certain[at] = isCertainWidth(cp) ? 1 : 0;
    if (w === 2) {
      text[at + 1] = '';
      width[at + 1] = 0;
      style[at + 1] = pen;
    }
    last = at;
    x += w;
  }
  return grid;
}
