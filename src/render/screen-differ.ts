/**
 * Frame in, escapes out: keeps the previous screen as a grid and turns each new frame into the
 * changed cells only, in one synchronized-output block (DECSET 2026, where the terminal takes it) so
 * the terminal never shows half a frame. A new size, or the first frame, repaints everything.
 */
import type { Pen } from './cursor.js';
import { diffGrids } from './diff.js';
import { blankGrid, type Grid, type ParsedGrid, parseFrame } from './grid.js';
import { StyleTable } from './style.js';
import type { ColorDepth } from './terminal-caps.js';

/** How the differ writes: synchronized output on or off, and the terminal's colour depth. */
export type DifferOptions = { readonly sync?: boolean; readonly depth?: ColorDepth };

/** Begin and end synchronized update. */
export const BSU = '\u001b[?2026h';
export const ESU = '\u001b[?2026l';
const CLEAR = '\u001b[H\u001b[2J';
// A feed that could mint endless styles must not grow the table for ever.
const MAX_STYLES = 4096;

/** Turns whole frames into minimal terminal updates. */
export class ScreenDiffer {
  readonly #sync: boolean;
  readonly #depth: ColorDepth;
  #styles: StyleTable;
  #sgrCache = new Map<string, number>();
  #prev: ParsedGrid | undefined;
  readonly #pen: Pen = { x: -1, y: 0, style: 0 };

  /** Defaults: synchronized output on, colours as given. */
  constructor(options: DifferOptions = {}) {
    this.#sync = options.sync !== false;
    this.#depth = options.depth ?? 'truecolor';
    this.#styles = new StyleTable(this.#depth);
  }

  /** Escapes that make the terminal show `frame` at columns x rows; '' when nothing changes. */
  update(frame: string, columns: number, rows: number): string {
    if (this.#styles.size > MAX_STYLES) this.invalidate();
    // Rows the same as the last frame's are copied, not parsed, and the diff skips them.
    const next = parseFrame(frame, columns, rows, this.#styles, this.#sgrCache, this.#prev);
    let prefix = '';
    let prev: Grid | undefined = this.#prev;
    let same: Uint8Array | undefined = next.sources.reused;
    if (prev === undefined || prev.columns !== columns || prev.rows !== rows) {
      // The pen's style is left as the last frame wrote it, and whatever wrote to the terminal
      // before may have left one too: the erase must be in the default colours.
      prefix = `\u001b[m${CLEAR}`;
      Object.assign(this.#pen, { x: 0, y: 0, style: 0 });
      prev = blankGrid(columns, rows);
      same = undefined;
    }
    const body = diffGrids(prev, next, this.#pen, this.#styles, same);
    this.#prev = next;
    if (prefix === '' && body === '') return '';
    // Every frame is wrapped, even one short run (the clock's tick), where the pair is most of the
    // bytes and protects little: a write that small reaches the terminal in one read and is next to
    // never drawn half done. Such frames come at most once a second, and the end marker is where
    // anything reading the stream (the pty tests, the bench, a recorder) knows a frame is whole.
    return this.#sync ? BSU + prefix + body + ESU : prefix + body;
  }

  /** Forgets the screen, so the next frame is painted in full (after a resize or a foreign write). */
  invalidate(): void {
    this.#prev = undefined;
    this.#styles = new StyleTable(this.#depth);
    this.#sgrCache = new Map();
    this.#pen.x = -1;
  }
}
