/**
 * A five-row block font for the wall screen, read from across the room: digits, A–Z, `: + -`
 * and space. Glyphs are drawn with one fill character (a full block by default); on a terminal
 * that cannot show UTF-8 the frame's ASCII fallback turns the block into `#` cell for cell.
 */

/** Rows of every glyph. */
export const BLOCK_ROWS = 5;
/** The fill for a UTF-8 terminal; src/render/ascii.ts maps it to `#`. */
export const BLOCK_FILL = '█';

// `#` marks a filled cell; each glyph's rows have one width.
const GLYPHS: Readonly<Record<string, readonly string[]>> = {
  '0': ['####', '#  #', '#  #', '#  #', '####'],
  '1': ['  # ', ' ## ', '  # ', '  # ', ' ###'],
  '2': ['####', '   #', '####', '#   ', '####'],
  '3': ['####', '   #', ' ###', '   #', '####'],
  '4': ['#  #', '#  #', '####', '   #', '   #'],
  '5': ['####', '#   ', '####', '   #', '####'],
  '6': ['####', '#   ', '####', '#  #', '####'],
  '7': ['####', '   #', '  # ', '  # ', '  # '],
  '8': ['####', '#  #', '####', '#  #', '####'],
  '9': ['####', '#  #', '####', '   #', '####'],
  A: [' ## ', '#  #', '####', '#  #', '#  #'],
  B: ['### ', '#  #', '### ', '#  #', '### '],
  C: [' ###', '#   ', '#   ', '#   ', ' ###'],
  D: ['### ', '#  #', '#  #', '#  #', '### '],
  E: ['####', '#   ', '### ', '#   ', '####'],
  F: ['####', '#   ', '### ', '#   ', '#   '],
  G: [' ###', '#   ', '# ##', '#  #', ' ###'],
  H: ['#  #', '#  #', '####', '#  #', '#  #'],
  I: ['###', ' # ', ' # ', ' # ', '###'],
  J: ['   #', '   #', '   #', '#  #', ' ## '],
  K: ['#  #', '# # ', '##  ', '# # ', '#  #'],
  L: ['#   ', '#   ', '#   ', '#   ', '####'],
  M: ['#   #', '## ##', '# # #', '#   #', '#   #'],
  N: ['#   #', '##  #', '# # #', '#  ##', '#   #'],
  O: [' ## ', '#  #', '#  #', '#  #', ' ## '],
  P: ['### ', '#  #', '### ', '#   ', '#   '],
  Q: [' ## ', '#  #', '#  #', '# ##', ' ###'],
  R: ['### ', '#  #', '### ', '# # ', '#  #'],
  S: [' ###', '#   ', ' ## ', '   #', '### '],
  T: ['#####', '  #  ', '  #  ', '  #  ', '  #  '],
  U: ['#  #', '#  #', '#  #', '#  #', ' ## '],
  V: ['#   #', '#   #', '#   #', ' # # ', '  #  '],
  W: ['#   #', '#   #', '# # #', '## ##', '#   #'],
  X: ['#   #', ' # # ', '  #  ', ' # # ', '#   #'],
  Y: ['#   #', ' # # ', '  #  ', '  #  ', '  #  '],
  Z: ['####', '   #', '  # ', ' #  ', '####'],
  ':': [' ', '#', ' ', '#', ' '],
  '+': ['   ', ' # ', '###', ' # ', '   '],
  '-': ['   ', '   ', '###', '   ', '   '],
  ' ': ['  ', '  ', '  ', '  ', '  '],
};

/** Whether every character of `text` (case ignored) has a block glyph. */
export function blockable(text: string): boolean {
  return [...text.toUpperCase()].every((ch) => GLYPHS[ch] !== undefined);
}

/** Cells `text` takes in block type (one blank column between glyphs); 0 for unknown text. */
export function blockWidth(text: string): number {
  if (!blockable(text) || text.length === 0) return 0;
  const chars = [...text.toUpperCase()];
  return chars.reduce((sum, ch) => sum + (GLYPHS[ch]?.[0]?.length ?? 0), 0) + chars.length - 1;
}

/**
 * `text` as BLOCK_ROWS lines of equal width, filled with `fill`; undefined when a character has
 * no glyph (the caller then shows the text in normal type).
 */
export function blockLines(text: string, fill: string = BLOCK_FILL): string[] | undefined {
  if (!blockable(text) || text.length === 0) return undefined;
  const glyphs = [...text.toUpperCase()].map((ch) => GLYPHS[ch] ?? []);
  const lines: string[] = [];
  for (let row = 0; row < BLOCK_ROWS; row++) {
    lines.push(glyphs.map((g) => (g[row] ?? '').replaceAll('#', fill)).join(' '));
  }
  return lines;
}
