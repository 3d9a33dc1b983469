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

/**
 * Where each row of a parsed frame came from: its text in the frame and the parser's state before
 * and after it. A row whose text and starting state are the same as the previous frame's is
 * copied from the previous grid instead of parsed again (most rows of most frames).
 */
export type RowSources = {
  readonly text: (string | undefined)[];
  /** The pen and pending zero-width joiner (1) at the row's start and end. */
  readonly startPen: Uint32Array;
  readonly startJoin: Uint8Array;
  readonly endPen: Uint32Array;
  readonly endJoin: Uint8Array;
  /** 1 where the row ran to the end of the frame rather than to a line feed. */
  readonly atEnd: Uint8Array;
  /** 1 where the row was copied from the previous grid: its cells are the same. */
  readonly reused: Uint8Array;
};

/** A parsed frame and where its rows came from. */
export type ParsedGrid = Grid & { readonly sources: RowSources };

function rowSources(rows: number): RowSources {
  return {
    text: new Array<string | undefined>(rows),
    startPen: new Uint32Array(rows),
    startJoin: new Uint8Array(rows),
    endPen: new Uint32Array(rows),
    endJoin: new Uint8Array(rows),
    atEnd: new Uint8Array(rows),
    reused: new Uint8Array(rows),
  };
}

/** Whether row y of the previous frame reads the same here: same text, same state at its start. */
function sameRow(
  prev: ParsedGrid,
  y: number,
  frame: string,
  at: number,
  pen: number,
  join: boolean,
): boolean {
  const p = prev.sources;
  const text = p.text[y];
  if (text === undefined || p.startPen[y] !== pen || p.startJoin[y] !== (join ? 1 : 0)) return false;
  if (!frame.startsWith(text, at)) return false;
  return p.atEnd[y] === 1 ? frame.length === at + text.length : frame.charCodeAt(at + text.length) === 0x0a;
}

function copyRow(from: Grid, to: Grid, y: number): void {
  const start = y * to.columns;
  const end = start + to.columns;
  for (let i = start; i < end; i += 1) to.text[i] = from.text[i]!;
  to.width.set(from.width.subarray(start, end), start);
  to.style.set(from.style.subarray(start, end), start);
  to.certain.set(from.certain.subarray(start, end), start);
}

/**
 * Parses a frame into a grid of `columns` x `rows`; `sgrCache` maps "styleId|params" to style ids.
 * `prev`, the grid this differ parsed last at the same size with the same styles, lends the rows
 * that have not changed.
 */
export function parseFrame(
  frame: string,
  columns: number,
  rows: number,
  styles: StyleTable,
  sgrCache: Map<string, number> = new Map(),
  prev?: ParsedGrid,
): ParsedGrid {
  const sources = rowSources(rows);
  const grid: ParsedGrid = { ...blankGrid(columns, rows), sources };
  const { text, width, style, certain } = grid;
  const reuse = prev !== undefined && prev.columns === columns && prev.rows === rows ? prev : undefined;
  let x = 0;
  let y = 0;
  let pen = 0;
  // The cell a combining mark or joined code point attaches to, or -1.
  let last = -1;
  let joinNext = false;
  const len = frame.length;
  let i = 0;
  while (y < rows && i < len) {
    const rowStart = i;
    sources.startPen[y] = pen;
    sources.startJoin[y] = joinNext ? 1 : 0;
    let broke: boolean;
    if (reuse !== undefined && sameRow(reuse, y, frame, i, pen, joinNext)) {
      copyRow(reuse, grid, y);
      pen = reuse.sources.endPen[y]!;
      joinNext = reuse.sources.endJoin[y] === 1;
      broke = reuse.sources.atEnd[y] === 0;
      i += reuse.sources.text[y]!.length + (broke ? 1 : 0);
      sources.reused[y] = 1;
    } else {
      broke = false;
      for (; i < len; i += 1) {
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
          broke = true;
          i += 1;
          break;
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
          (last >= 0 &&
            isRegional(cp) &&
            text[last]!.length === 2 &&
            isRegional(text[last]!.codePointAt(0)!));
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
    }
    sources.text[y] = frame.slice(rowStart, broke ? i - 1 : i);
    sources.endPen[y] = pen;
    sources.endJoin[y] = joinNext ? 1 : 0;
    sources.atEnd[y] = broke ? 0 : 1;
    y += 1;
    x = 0;
    last = -1;
  }
  return grid;
}
