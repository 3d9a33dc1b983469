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
import { fast } from './ink-hooks.js';
import { type InkCaches, LineParser, type LineCells, type TextLines } from './line-cells.js';
import { Cells, place, rowText, sameRow, slicePlain } from './output-cells.js';

// What the build's patch imports from here besides makeOutput: the switch and Ink's text hooks.
export {
  forgetSquashed,
  keepSquashed,
  keepsAsIs,
  measureSimple,
  setFastOutput,
  squashedBefore,
} from './ink-hooks.js';

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

const parser = new LineParser();
let screens: [Cells, Cells] | undefined;

/** A new Output for one frame: this one when it is on, Ink's otherwise. */
export function makeOutput(options: { width: number; height: number }, Ink: InkOutputClass): InkOutputLike {
  return fast.on ? (new FastOutput(options, Ink) as unknown as InkOutputLike) : new Ink(options);
}

const intersect = (a: number | undefined, b: number | undefined, pick: (x: number, y: number) => number) =>
  a === undefined ? b : b === undefined ? a : pick(a, b);

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
    if (fast.check) fast.check.frame(output, this.#inkFrame(), this.width, this.height);
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
      if (
        (x1 !== undefined && x2 !== undefined && x1 >= x2) ||
        (y1 !== undefined && y2 !== undefined && y1 >= y2)
      )
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
