/**
 * One line of Ink's output as cells: each glyph, its width as Ink measures it (string-width) and
 * its style as an interned id. Lines made only of simple glyphs (each code point a grapheme of
 * its own, one or two cells wide) and SGR escapes are parsed here; anything else (other escapes,
 * combining marks, joined emoji, scripts whose letters join) is parsed by Ink's own code, so the
 * cells are the ones Ink would place. Parsed lines are kept while they stay on screen.
 */
import { type StyledChar, styledCharsToString } from '@alcalzone/ansi-tokenize';
import { type CodeList, CodeLists } from './code-lists.js';
import stringWidth from 'string-width';
import { applySgr, PLAIN, StyleTable } from './style.js';

/** What this module needs of Ink's per-frame caches (Ink's Output has them). */
export type InkCaches = {
  getStyledChars(line: string): StyledChar[];
  getStringWidth(text: string): number;
  getWidestLine(text: string): number;
};

/** A text's lines as Ink hands them to transformers, their widths (-1: not simple) and the widest. */
export type TextLines = {
  readonly lines: readonly string[];
  readonly widths: readonly number[];
  readonly widest: number;
  used: number;
  /** Its lines' cells after the transformers `fns` (which ignore the line index), while styles last. */
  drawn?: { readonly fns: readonly unknown[]; readonly cells: readonly LineCells[]; readonly generation: number };
};

/** A parsed line: `n` cells, each a glyph, its string-width and its style id. */
export type LineCells = {
  readonly n: number;
  readonly ch: readonly string[];
  readonly sw: Uint8Array;
  readonly pen: Uint32Array;
  /** The frame that last used this line (for eviction). */
  used: number;
};

// Below this code point, simple glyphs are looked up in a table; above it none is simple.
const LIMIT = 0x2c00;
const table = new Int8Array(LIMIT).fill(-1);
// Marks, controls, format and ignorable characters, and the pieces emoji sequences are made of.
const NOT_SIMPLE =
  /[\p{M}\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}\p{Regional_Indicator}\p{Emoji_Modifier}]/u;

/**
 * The cells a simple code point takes (1 or 2), or 0 when it is not simple: outside Latin, Greek,
 * Cyrillic, Armenian, Hebrew and the punctuation, symbol, arrow, box and shape blocks, or a
 * character that joins its neighbours into one grapheme, or one string-width gives no cell.
 */
export function simpleWidth(cp: number): number {
  if (cp >= 0x20 && cp < 0x7f) return 1;
  if (cp >= LIMIT) return 0;
  let w = table[cp]!;
  if (w < 0) {
    const ch = String.fromCharCode(cp);
    const inRange = (cp >= 0xa0 && cp < 0x600) || cp >= 0x1e00;
    const sw = inRange && !NOT_SIMPLE.test(ch) ? stringWidth(ch) : 0;
    w = sw === 1 || sw === 2 ? sw : 0;
    table[cp] = w;
  }
  return w;
}

/**
 * Where the SGR escape at i ends (its `m`), or -1 when the escape there is anything else: only
 * digits and semicolons, as Ink's tokenizer reads SGR; other escapes are left to Ink's code.
 */
function sgrEnd(text: string, i: number): number {
  if (text.charCodeAt(i + 1) !== 0x5b) return -1;
  let j = i + 2;
  while (j < text.length) {
    const d = text.charCodeAt(j);
    if (d !== 0x3b && (d < 0x30 || d > 0x39)) break;
    j += 1;
  }
  return text.charCodeAt(j) === 0x6d ? j : -1;
}


/** Ink's own split of a text into lines, for text this module does not read itself. */
function splitViaInk(text: string, caches: InkCaches): TextLines {
  const rows: StyledChar[][] = [[]];
  for (const c of caches.getStyledChars(text)) {
    if (c.value === '\n') rows.push([]);
    else rows.at(-1)!.push(c);
  }
  const lines = rows.map((r) => styledCharsToString(r));
  return { lines, widths: lines.map(() => -1), widest: caches.getWidestLine(text), used: 0 };
}

/**
 * The widest line of a text of simple glyphs and SGR escapes (what widest-line and string-width
 * give for it), or -1 for any other text.
 */
export function simpleWidestLine(text: string): number {
  let widest = 0;
  let w = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0x1b) {
      const j = sgrEnd(text, i);
      if (j < 0) return -1;
      i = j;
    } else if (c === 0x0a) {
      if (w > widest) widest = w;
      w = 0;
    } else {
      const cw = simpleWidth(c);
      if (cw === 0) return -1;
      w += cw;
    }
  }
  return w > widest ? w : widest;
}

// A style table that could grow without end (a feed minting colours) is started again.
const MAX_STYLES = 4096;

/** Parsed lines and the styles they use; `generation` changes when both are thrown away. */
export class LineParser {
  styles = new StyleTable('truecolor');
  generation = 0;
  #lines = new Map<string, LineCells>();
  #texts = new Map<string, TextLines>();
  readonly #codeLists = new CodeLists();
  #sgr = new Map<string, number>();
  #codes = new Map<string, number>();
  #frame = 0;

  /** Marks the start of a frame; drops lines unused for a while, or everything if styles overflow. */
  nextFrame(): void {
    this.#frame += 1;
    if (this.styles.size > MAX_STYLES) {
      this.styles = new StyleTable('truecolor');
      this.#lines.clear();
      this.#texts.clear();
      this.#sgr.clear();
      this.#codes.clear();
      this.generation += 1;
      return;
    }
    if (this.#frame % 128 !== 0 && this.#lines.size + this.#texts.size < 8192) return;
    const stale = this.#frame - 64;
    for (const cache of [this.#lines, this.#texts])
      for (const [key, entry] of cache) if (entry.used < stale) cache.delete(key);
  }

  /** A written text split into lines as Ink splits it (a style runs on across a line break). */
  lines(text: string, ink: () => InkCaches): TextLines {
    let found = this.#texts.get(text);
    if (found === undefined) {
      found = this.#splitSimple(text) ?? splitViaInk(text, ink());
      this.#texts.set(text, found);
    }
    found.used = this.#frame;
    return found;
  }

  /**
   * Ink's lines for a text of simple glyphs and SGR escapes, built run by run instead of glyph by
   * glyph: each line opens with the codes in force, changes style only where Ink's code list does,
   * and closes what is open, with Ink's own code lists and diffs; undefined for any other text.
   */
  #splitSimple(text: string): TextLines | undefined {
    const lines: string[] = [];
    const widths: number[] = [];
    let codes = this.#codeLists.none;
    let last: CodeList | undefined;
    let line = '';
    let width = 0;
    const end = (): void => {
      if (last !== undefined) line += this.#codeLists.between(last, this.#codeLists.none);
      lines.push(line);
      widths.push(width);
      line = '';
      width = 0;
      last = undefined;
    };
    for (let i = 0; i < text.length; i += 1) {
      const c = text.charCodeAt(i);
      if (c === 0x1b) {
        const j = sgrEnd(text, i);
        if (j < 0) return undefined;
        codes = this.#codeLists.after(codes, text.slice(i, j + 1));
        i = j;
      } else if (c === 0x0a) end();
      else {
        const w = simpleWidth(c);
        if (w === 0) return undefined;
        if (last !== codes) line += this.#codeLists.between(last, codes);
        last = codes;
        line += text[i];
        width += w;
      }
    }
    end();
    return { lines, widths, widest: Math.max(...widths), used: 0 };
  }

  /** The cells of a line as Ink would place them; `ink` is asked only for lines that are not simple. */
  parse(line: string, ink: () => InkCaches): LineCells {
    let cells = this.#lines.get(line);
    if (cells === undefined) {
      cells = this.#fast(line) ?? this.#viaInk(line, ink());
      this.#lines.set(line, cells);
    }
    cells.used = this.#frame;
    return cells;
  }

  #fast(line: string): LineCells | undefined {
    const ch: string[] = [];
    const sw: number[] = [];
    const pens: number[] = [];
    let pen = 0;
    for (let i = 0; i < line.length; i += 1) {
      const c = line.charCodeAt(i);
      if (c === 0x1b) {
        const j = sgrEnd(line, i);
        if (j < 0) return undefined;
        pen = this.#applySgr(pen, line.slice(i + 2, j));
        i = j;
        continue;
      }
      const w = simpleWidth(c);
      if (w === 0) return undefined;
      ch.push(line[i]!);
      sw.push(w);
      pens.push(pen);
    }
    return { n: ch.length, ch, sw: Uint8Array.from(sw), pen: Uint32Array.from(pens), used: this.#frame };
  }

  #viaInk(line: string, ink: InkCaches): LineCells {
    const chars = ink.getStyledChars(line);
    const n = chars.length;
    const out: LineCells = { n, ch: [], sw: new Uint8Array(n), pen: new Uint32Array(n), used: this.#frame };
    for (let i = 0; i < n; i += 1) {
      const { value, styles } = chars[i]!;
      (out.ch as string[]).push(value);
      out.sw[i] = Math.min(255, ink.getStringWidth(value));
      out.pen[i] = this.#penOfCodes(styles);
    }
    return out;
  }

  #applySgr(pen: number, params: string): number {
    const key = `${pen}|${params}`;
    let id = this.#sgr.get(key);
    if (id === undefined) {
      id = this.styles.intern(applySgr(this.styles.get(pen), params));
      this.#sgr.set(key, id);
    }
    return id;
  }

  // Ink keeps a cell's style as the list of codes in force; the style is those codes applied in turn.
  #penOfCodes(codes: ReadonlyArray<{ code: string }>): number {
    if (codes.length === 0) return 0;
    let key = '';
    for (const c of codes) key += c.code;
    let id = this.#codes.get(key);
    if (id === undefined) {
      let style = PLAIN;
      for (const { code } of codes) {
        if (code.startsWith('\u001b[') && code.endsWith('m')) style = applySgr(style, code.slice(2, -1));
      }
      id = this.styles.intern(style);
      this.#codes.set(key, id);
    }
    return id;
  }
}
