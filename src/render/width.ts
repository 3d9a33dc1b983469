/**
 * Terminal cell widths of grapheme pieces, matching the layout Ink computes with string-width
 * (East Asian ambiguous glyphs such as ▲ ● ▁ count as one cell). A width is "certain" when every
 * common terminal agrees; after an uncertain glyph the writer repositions the cursor absolutely.
 */

/** How a code point sits in the grid: 0 joins the previous cell, 1 or 2 cells otherwise. */
export type Width = 0 | 1 | 2;

// Variation selectors are Mn and zero-width spaces Cf, so these three classes cover them.
const ZERO = /^[\p{Mn}\p{Me}\p{Cf}]$/u;
const EMOJI = /^\p{Emoji_Presentation}$/u;

// East Asian Wide and Fullwidth blocks (Unicode 15), outside the emoji the regex above covers.
const WIDE: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f],
  [0x2329, 0x232a],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xa960, 0xa97f],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe6f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f200, 0x1f2ff],
  [0x20000, 0x3fffd],
];

function isWide(cp: number): boolean {
  for (const [lo, hi] of WIDE) if (cp >= lo && cp <= hi) return true;
  return EMOJI.test(String.fromCodePoint(cp));
}

const cache = new Map<number, number>();

/** Width (bits 0-1) and certainty (bit 2) of one code point, cached: string-width is Ink's hot spot. */
function lookup(cp: number): number {
  let v = cache.get(cp);
  if (v !== undefined) return v;
  const ch = String.fromCodePoint(cp);
  const width: Width = ZERO.test(ch) ? 0 : isWide(cp) ? 2 : 1;
  // Latin/Greek/Cyrillic, punctuation, arrows, box drawing, blocks, shapes and dingbats are one
  // cell everywhere; the CJK blocks are two everywhere; emoji and the rest vary by terminal.
  const certain =
    width !== 0 &&
    ((width === 1 && (cp < 0x1100 || (cp >= 0x2000 && cp <= 0x2bff))) ||
      (width === 2 && cp >= 0x2e80 && cp <= 0xffe6));
  v = width | (certain ? 4 : 0);
  cache.set(cp, v);
  return v;
}

/** Cells a code point takes: 0 (combines with the previous one), 1 or 2. */
export function codePointWidth(cp: number): Width {
  if (cp >= 0x20 && cp < 0x7f) return 1;
  return (lookup(cp) & 3) as Width;
}

/** Whether every common terminal gives the code point the width {@link codePointWidth} says. */
export function isCertainWidth(cp: number): boolean {
  if (cp >= 0x20 && cp < 0x7f) return true;
  return (lookup(cp) & 4) !== 0;
}
