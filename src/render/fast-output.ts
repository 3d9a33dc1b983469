/**
 * A stand-in for Ink's Output, the step after layout that turns Ink's write operations into the
 * frame's text; the build puts it in Ink's renderer (scripts/ink-patch.mjs) and the cell renderer
 * switches it on. Ink's own Output splits every line of every text into one object per character
 * with its list of ANSI codes, measures each with string-width and joins them back into a string,
 * on every frame: at 160x48 that was half of a frame's CPU and most of its garbage. This one keeps
 * the screen as cells (a glyph and a style id), parses each distinct line once while it stays on
 * screen (src/render/line-cells.ts) and rebuilds the text of the rows that changed only. Cells are
 * placed by Ink's rules (clips, wide glyphs, overwrites); text that is not simple goes through
 * Ink's own code, so the screen is the one Ink draws (test/render/fast-output.test.ts compares).
 */
import { outputChecker } from './output-check.js';
import {
  type InkCaches,
  LineParser,
  type LineCells,
  plainWidth,
  simpleWidestLine,
  type TextLines,
} from './line-cells.js';

type Transformer = (line: string, index: number) => string;
type Clip = { x1?: number; x2?: number; y1?: number; y2?: number };
type Op =
  | { type: 'write'; x: number; y: number; text: string; transformers: readonly Transformer[] }
  | { type: 'clip'; clip: Clip }
  | { type: 'unclip' };

/** What is used of an instance of Ink's Output: its caches and its column slicing. */
export type InkOutputLike = {
  caches: InkCaches;
  sliceLineToColumns(line: string, from: number, to: number): string;
  write(x: number, y: number, text: string, options: { transformers: readonly Transformer[] }): void;
  clip(clip: Clip): void;
  unclip(): void;
  get(): { output: string; height: number };
};
/** Ink's Output class, as the build's patch hands it over. */
export type InkOutputClass = new (options: { width: number; height: number }) => InkOutputLike;

/** One screen's cells: the row stride is one more than the width, for Ink's wide-glyph checks. */
class Cells {
  readonly stride: number;
  readonly ch: string[];
  readonly sw: Uint8Array;
  readonly pen: Uint32Array;
  readonly rows: string[];
  generation = -1;
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.stride = width + 1;
    const n = this.stride * height;
    this.ch = new Array<string>(n).fill(' ');
    this.sw = new Uint8Array(n).fill(1);
    this.pen = new Uint32Array(n);
    this.rows = new Array<string>(height).fill('');
  }
  clear(): void {
    this.ch.fill(' ');
    this.sw.fill(1);
    this.pen.fill(0);
  }
}

const parser = new LineParser();
let fastOn = false;
const check = outputChecker();
let screens: [Cells, Cells] | undefined;

/** Turns the fast output on (the cell renderer does) or off (Ink's own output, the default). */
export function setFastOutput(on: boolean): void {
  fastOn = on;
}

/** widest-line, counted here for text of simple glyphs while the fast output is on. */
export function widestLineOf(text: string, widestLine: (text: string) => number): number {
  if (fastOn) {
    const w = simpleWidestLine(text);
    if (w >= 0) return w;
  }
  return widestLine(text);
}

/**
 * Whether Ink's sanitising would give the text back unchanged: only simple glyphs, line breaks and
 * SGR escapes of digits and semicolons (checked only while the fast output is on).
 */
export function keepsAsIs(text: string): boolean {
  return fastOn && simpleWidestLine(text) >= 0;
}

/** Ink's DOM node as far as squashing goes: its kind, its parent, and the text kept for it. */
type TextNode = { nodeName: string; parentNode?: TextNode; squashed?: string };
const inText = (n: TextNode): boolean =>
  n.nodeName === '#text' || n.nodeName === 'ink-text' || n.nodeName === 'ink-virtual-text';

/**
 * The text Ink squashed for a text node the last time, while nothing under it has changed since
 * (Ink squashes every text node on every frame, colouring each nested run again). Kept only while
 * the fast output is on; under the check it is recomputed and compared instead.
 */
export function squashedBefore(node: TextNode): string | undefined {
  return fastOn && check === undefined ? node.squashed : undefined;
}

/** Keeps a text node's squashed text (the check compares it with what was kept). */
export function keepSquashed(node: TextNode, text: string): void {
  if (!fastOn) return;
  if (check && node.squashed !== undefined) check.squash(node.squashed, text);
  node.squashed = text;
}

/** Forgets the squashed text of a node and the text nodes around it: Ink marks it dirty on every change. */
export function forgetSquashed(node: TextNode): void {
  for (let n: TextNode | undefined = node; n !== undefined && inText(n); n = n.parentNode) n.squashed = undefined;
}

/** Ink's measure of a text of simple glyphs (width and lines), counted without its cache; undefined otherwise. */
export function measureSimple(text: string): { width: number; height: number } | undefined {
  if (!fastOn || text.length === 0) return undefined;
  const width = simpleWidestLine(text);
  if (width < 0) return undefined;
  let height = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) height += 1;
  return { width, height };
}

/** A new Output for one frame: this one when it is on, Ink's otherwise. */
export function makeOutput(options: { width: number; height: number }, Ink: InkOutputClass): InkOutputLike {
  return fastOn ? (new FastOutput(options, Ink) as unknown as InkOutputLike) : new Ink(options);
}

const intersect = (a: number | undefined, b: number | undefined, pick: (x: number, y: number) => number) =>
  a === undefined ? b : b === undefined ? a : pick(a, b);
const blank = (s: string): boolean => s === '' || s === ' ' || /^\s+$/u.test(s);

/** Ink's Output, with the same operations and the same result. */
export class FastOutput {
  readonly width: number;
  readonly height: number;
  readonly #ops: Op[] = [];
  readonly #Ink: InkOutputClass;
  #ink: InkOutputLike | undefined;

  constructor(options: { width: number; height: number }, Ink: InkOutputClass) {
    this.width = options.width;
    this.height = options.height;
    this.#Ink = Ink;
  }

  write(x: number, y: number, text: string, options: { transformers: readonly Transformer[] }): void {
    if (text !== '') this.#ops.push({ type: 'write', x, y, text, transformers: options.transformers });
  }

  clip(clip: Clip): void {
    this.#ops.push({ type: 'clip', clip });
  }

  unclip(): void {
    this.#ops.push({ type: 'unclip' });
  }

  // Ink's own Output for this frame, made only when a line is not simple: its caches live a frame.
  readonly #inkOutput = (): InkOutputLike => {
    this.#ink ??= new this.#Ink({ width: this.width, height: this.height });
    return this.#ink;
  };
  readonly #inkCaches = (): InkCaches => this.#inkOutput().caches;

  get(): { output: string; height: number } {
    parser.nextFrame();
    const [screen, last] = this.#screens();
    screen.clear();
    const clips: Clip[] = [];
    for (const op of this.#ops) {
      if (op.type === 'clip') {
        const outer = clips.at(-1);
        const c = op.clip;
        clips.push(
          outer === undefined
            ? c
            : {
                x1: intersect(outer.x1, c.x1, Math.max),
                x2: intersect(outer.x2, c.x2, Math.min),
                y1: intersect(outer.y1, c.y1, Math.max),
                y2: intersect(outer.y2, c.y2, Math.min),
              },
        );
      } else if (op.type === 'unclip') clips.pop();
      else this.#apply(screen, op, clips.at(-1));
    }
    const fresh = last.generation !== parser.generation;
    for (let y = 0; y < this.height; y += 1) {
      screen.rows[y] = !fresh && sameRow(screen, last, y) ? last.rows[y]! : rowText(screen, y, parser);
    }
    screen.generation = parser.generation;
    const output = screen.rows.join('\n');
    if (check) check.frame(output, this.#inkFrame(), this.width, this.height);
    return { output, height: this.height };
  }

  /** The frame Ink's own Output makes of the same operations (for the check). */
  #inkFrame(): string {
    const ink = new this.#Ink({ width: this.width, height: this.height });
    for (const op of this.#ops) {
      if (op.type === 'write') ink.write(op.x, op.y, op.text, { transformers: op.transformers });
      else if (op.type === 'clip') ink.clip(op.clip);
      else ink.unclip();
    }
    return ink.get().output;
  }

  #screens(): [Cells, Cells] {
    if (screens === undefined || screens[0].width !== this.width || screens[0].height !== this.height) {
      screens = [new Cells(this.width, this.height), new Cells(this.width, this.height)];
    }
    // The screen drawn last becomes the one to compare with; the other is drawn on.
    screens = [screens[1], screens[0]];
    return screens;
  }

  #apply(screen: Cells, op: Extract<Op, { type: 'write' }>, clip: Clip | undefined): void {
    let { x, y } = op;
    const found = parser.lines(op.text, this.#inkCaches);
    let lines = found.lines;
    if (clip) {
      const { x1, x2, y1, y2 } = clip;
      if ((x1 !== undefined && x2 !== undefined && x1 >= x2) || (y1 !== undefined && y2 !== undefined && y1 >= y2))
        return;
      const horizontal = x1 !== undefined && x2 !== undefined;
      const vertical = y1 !== undefined && y2 !== undefined;
      if (horizontal && (x + found.widest < x1 || x > x2)) return;
      if (vertical && (y + lines.length < y1 || y > y2)) return;
      if (horizontal) {
        const from = x < x1 ? x1 - x : 0;
        let cut = false;
        const sliced = lines.map((line, i) => {
          const width = found.widths[i]! >= 0 ? found.widths[i]! : this.#inkCaches().getStringWidth(line);
          const to = x + width > x2 ? x2 - x : width;
          if (from === 0 && to === width) return line;
          cut = true;
          // Lines without escapes are cut here; styled ones by Ink, which keeps their codes right.
          return found.widths[i]! >= 0 && !line.includes('\u001b')
            ? slicePlain(line, from, to)
            : this.#inkOutput().sliceLineToColumns(line, from, to);
        });
        if (cut) lines = sliced;
        if (x < x1) x = x1;
      }
      if (vertical) {
        const first = y < y1 ? y1 - y : 0;
        const to = y + lines.length > y2 ? y2 - y : lines.length;
        if (first > 0 || to < lines.length) lines = lines.slice(first, to);
        if (y < y1) y = y1;
      }
    }
    // A text drawn whole with the same transformers as last time has the same cells.
    const drawn = lines === found.lines ? this.#drawn(found, op.transformers) : undefined;
    for (let index = 0; index < lines.length; index += 1) {
      const row = y + index;
      if (row < 0 || row >= this.height) continue;
      let cells = drawn?.[index];
      if (cells === undefined) {
        let line = lines[index]!;
        for (const t of op.transformers) line = t(line, index + y - op.y);
        cells = parser.parse(line, this.#inkCaches);
      }
      if (cells.n > 0) place(screen, row, x, cells);
    }
  }

  /** The cells of a whole text after transformers that ignore the line index (Ink's own do). */
  #drawn(found: TextLines, fns: readonly Transformer[]): readonly LineCells[] | undefined {
    if (fns.some((t) => t.length > 1)) return undefined;
    const last = found.drawn;
    if (
      last !== undefined &&
      last.generation === parser.generation &&
      last.fns.length === fns.length &&
      last.fns.every((t, i) => t === fns[i])
    )
      return last.cells;
    const cells = found.lines.map((text) => {
      let line = text;
      for (const t of fns) line = t(line, 0);
      return parser.parse(line, this.#inkCaches);
    });
    found.drawn = { fns, cells, generation: parser.generation };
    return cells;
  }
}

/** Columns from..to-1 of a line of simple glyphs; a wide glyph cut by an edge becomes a space. */
function slicePlain(line: string, from: number, to: number): string {
  if (from >= to) return '';
  let out = '';
  let column = 0;
  for (const ch of line) {
    const w = plainWidth(ch);
    const start = column;
    column += w;
    if (column <= from) continue;
    if (start >= to) break;
    out += w > 1 && (start < from || column > to) ? ' ' : ch;
  }
  return out;
}

/** Writes a line's cells at (x, row) as Ink does, cleaning up the wide glyphs it cuts in half. */
function place(s: Cells, row: number, x: number, cells: LineCells): void {
  const base = row * s.stride;
  const inside = (at: number): boolean => at >= 0 && at < s.stride;
  // Writing over the second half of a wide glyph blanks its first half, keeping the style.
  if (inside(x) && x > 0 && s.ch[base + x] === '' && s.sw[base + x - 1]! > 1) {
    s.ch[base + x - 1] = ' ';
    s.sw[base + x - 1] = 1;
  }
  let at = x;
  for (let i = 0; i < cells.n; i += 1) {
    const sw = cells.sw[i]!;
    const pen = cells.pen[i]!;
    if (inside(at)) {
      s.ch[base + at] = cells.ch[i]!;
      s.sw[base + at] = sw;
      s.pen[base + at] = pen;
    }
    const w = Math.max(1, sw);
    for (let k = 1; k < w; k += 1) {
      if (!inside(at + k)) continue;
      // A glyph starting left of the screen leaves its visible half as a space.
      s.ch[base + at + k] = at < 0 ? ' ' : '';
      s.sw[base + at + k] = at < 0 ? 1 : 0;
      s.pen[base + at + k] = pen;
    }
    at += w;
  }
  if (inside(at) && s.ch[base + at] === '') {
    s.ch[base + at] = ' ';
    s.sw[base + at] = 1;
  }
}

function sameRow(a: Cells, b: Cells, y: number): boolean {
  const start = y * a.stride;
  const end = start + a.width;
  for (let i = start; i < end; i += 1) if (a.ch[i] !== b.ch[i] || a.pen[i] !== b.pen[i]) return false;
  return true;
}

/** A row as text with SGR, trailing blanks in the default style left out (as Ink trims them). */
function rowText(s: Cells, y: number, p: LineParser): string {
  const base = y * s.stride;
  let end = s.width;
  while (end > 0 && s.pen[base + end - 1] === 0 && blank(s.ch[base + end - 1]!)) end -= 1;
  let out = '';
  let pen = 0;
  for (let i = base; i < base + end; i += 1) {
    if (s.pen[i] !== pen) {
      out += p.styles.transition(pen, s.pen[i]!);
      pen = s.pen[i]!;
    }
    out += s.ch[i];
  }
  return pen === 0 ? out : out + p.styles.transition(pen, 0);
}
