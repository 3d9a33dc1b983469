/**
 * The stream Ink writes to when the cell renderer is on: Ink (in debug mode) hands it each whole
 * frame, and it writes only the changed cells to the real terminal, once per turn of the event
 * loop. It owns the alternate screen and the cursor, and gives both back when Ink unmounts.
 */
import { EventEmitter } from 'node:events';
import { toAscii } from './ascii.js';
import { type DifferOptions, ScreenDiffer } from './screen-differ.js';

// Newline mode off (ESC [ 20 l): the differ moves down a row with a vertical tab, which must keep the column.
const ENTER = '\u001b[?1049h\u001b[?25l\u001b[20l';
const LEAVE = '\u001b[m\u001b[?1049l\u001b[?25h';
// Ink's App shows the cursor when it unmounts; that is our signal to give the terminal back.
const SHOW_CURSOR = '\u001b[?25h';
const MODE_SWITCH = /^\u001b\[\?[\d;]*[hl]$/;
// How long a frame drawn for the old size waits for the re-render that a resize causes.
const HOLD_MS = 250;

/** What the cell renderer needs of the real terminal. */
export type TerminalStream = Pick<NodeJS.WriteStream, 'write' | 'columns' | 'rows' | 'on' | 'off'>;

/** A stand-in stdout for Ink that diffs frames into the real terminal. */
export class CellStdout extends EventEmitter {
  readonly isTTY = true;
  /** Frames written to the terminal so far (for the heap probe and the bench). */
  frames = 0;
  readonly #real: TerminalStream;
  readonly #differ: ScreenDiffer;
  #pending: string | undefined;
  #scheduled = false;
  #active = false;
  /** Inside the 'resize' emit: Ink is re-laying out the tree React has not re-rendered yet. */
  #resizing = false;
  #held: string | undefined;
  #holdTimer: NodeJS.Timeout | undefined;

  readonly #ascii: boolean;

  /** `ascii`: draw every glyph as ASCII of the same width (a terminal that is not UTF-8); `sync`, `depth`: see DifferOptions. */
  constructor(real: TerminalStream, options: { readonly ascii?: boolean } & DifferOptions = {}) {
    super();
    this.#real = real;
    this.#differ = new ScreenDiffer({ sync: options.sync, depth: options.depth });
    this.#ascii = options.ascii === true;
  }

  get columns(): number {
    return this.#real.columns;
  }

  get rows(): number {
    return this.#real.rows;
  }

  /** Enters the alternate screen and starts following the terminal's size. */
  start(): void {
    if (this.#active) return;
    this.#active = true;
    this.#real.write(ENTER);
    this.#real.on('resize', this.#onResize);
    process.once('exit', this.stop);
  }

  /** Leaves the alternate screen and shows the cursor; later frames are dropped. */
  readonly stop = (): void => {
    if (!this.#active) return;
    this.#active = false;
    this.#pending = undefined;
    this.#release(false);
    this.#real.off('resize', this.#onResize);
    process.off('exit', this.stop);
    this.#real.write(LEAVE);
  };

  /** Ink's write: a whole frame, a terminal mode switch, or an empty flush barrier. */
  write(data: string | Uint8Array, encoding?: BufferEncoding | (() => void), callback?: () => void): boolean {
    const done = typeof encoding === 'function' ? encoding : callback;
    const text = typeof data === 'string' ? data : Buffer.from(data).toString('utf8');
    if (text === SHOW_CURSOR) this.stop();
    else if (MODE_SWITCH.test(text)) {
      if (this.#active) this.#real.write(text);
    } else if (text !== '' && this.#active) {
      const frame = this.#ascii ? toAscii(text) : text;
      if (this.#resizing) this.#held = frame;
      else {
        this.#release(false);
        this.#schedule(frame);
      }
    }
    if (done) queueMicrotask(done);
    return true;
  }

  #schedule(frame: string): void {
    this.#pending = frame;
    if (!this.#scheduled) {
      this.#scheduled = true;
      setImmediate(this.#flush);
    }
  }

  /** Drops the held frame, or paints it when no newer frame came. */
  #release(paint: boolean): void {
    if (this.#holdTimer) clearTimeout(this.#holdTimer);
    this.#holdTimer = undefined;
    const held = this.#held;
    this.#held = undefined;
    if (paint && held !== undefined && this.#active) this.#schedule(held);
  }

  readonly #flush = (): void => {
    this.#scheduled = false;
    const frame = this.#pending;
    this.#pending = undefined;
    if (frame === undefined || !this.#active) return;
    const out = this.#differ.update(frame, this.columns, this.rows);
    if (out !== '') {
      this.frames += 1;
      this.#real.write(out);
    }
  };

  // Ink's own resize handler redraws the tree before React has seen the new size, so that frame
  // (and any frame still pending) has the old layout: painting it shows a screen cut off at the
  // bottom, or short of it. It is held until the re-render brings the new layout, and is painted
  // only if none comes.
  readonly #onResize = (): void => {
    this.#differ.invalidate();
    this.#held = this.#pending ?? this.#held;
    this.#pending = undefined;
    this.#resizing = true;
    try {
      this.emit('resize');
    } finally {
      this.#resizing = false;
    }
    if (this.#held === undefined) return;
    if (this.#holdTimer) clearTimeout(this.#holdTimer);
    this.#holdTimer = setTimeout(() => this.#release(true), HOLD_MS);
    this.#holdTimer.unref();
  };
}
