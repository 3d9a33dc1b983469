/**
 * Ink's style lists (the ANSI codes in force at a character, reduced as @alcalzone/ansi-tokenize
 * reduces them) interned, so that following an SGR escape, comparing two lists and writing the
 * codes from one to the next are each a map lookup after the first time, with the library's own
 * results. A feed cannot make these grow without end: past a limit they are started again.
 */
import {
  type AnsiCode,
  ansiCodesToString,
  diffAnsiCodes,
  reduceAnsiCodesIncremental,
  tokenize,
} from '@alcalzone/ansi-tokenize';

/** An interned list of codes; two lists with the same codes are the same object. */
export type CodeList = readonly AnsiCode[];

const LIMIT = 4096;

export class CodeLists {
  /** The list with no codes (the default style). */
  readonly none: CodeList;
  #byKey = new Map<string, CodeList>();
  #after = new Map<CodeList, Map<string, CodeList>>();
  #between = new Map<CodeList, Map<CodeList, string>>();
  #sgr = new Map<string, AnsiCode[]>();

  constructor() {
    this.none = this.#intern([]);
  }

  /** The list in force after the SGR escape `seq` (read by Ink's tokenizer) follows `from`. */
  after(from: CodeList, seq: string): CodeList {
    let next = this.#after.get(from);
    if (next === undefined) {
      next = new Map();
      this.#after.set(from, next);
    }
    let to = next.get(seq);
    if (to === undefined) {
      let codes = this.#sgr.get(seq);
      if (codes === undefined) {
        codes = tokenize(seq).filter((t): t is AnsiCode => t.type === 'ansi');
        this.#sgr.set(seq, codes);
      }
      to = this.#intern(reduceAnsiCodesIncremental([...from], codes));
      next.set(seq, to);
      this.#bound();
    }
    return to;
  }

  /** The codes Ink writes to go from one list to the next (the whole list when `from` is undefined). */
  between(from: CodeList | undefined, to: CodeList): string {
    if (from === to) return '';
    // From no list (a line's start) Ink writes the whole list: the same as its diff from none.
    const key = from ?? this.none;
    let row = this.#between.get(key);
    if (row === undefined) {
      row = new Map();
      this.#between.set(key, row);
    }
    let codes = row.get(to);
    if (codes === undefined) {
      codes = ansiCodesToString(diffAnsiCodes([...key], [...to]));
      row.set(to, codes);
      this.#bound();
    }
    return codes;
  }

  #intern(codes: AnsiCode[]): CodeList {
    let key = '';
    for (const c of codes) key += `${c.code}\u0000${c.endCode}\u0000`;
    let found = this.#byKey.get(key);
    if (found === undefined) {
      found = codes;
      this.#byKey.set(key, found);
    }
    return found;
  }

  #bound(): void {
    if (this.#byKey.size + this.#sgr.size < LIMIT) return;
    this.#byKey.clear();
    this.#after.clear();
    this.#between.clear();
    this.#sgr.clear();
    this.#byKey.set('', this.none);
  }
}
