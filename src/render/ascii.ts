/**
 * A terminal whose locale is not UTF-8 (LANG=C, POSIX, Latin-1) shows our glyphs as mojibake, so
 * the screen falls back to ASCII there: every glyph becomes ASCII of the same cell width, and the
 * layout Ink computed still holds.
 */
import { codePointWidth } from './width.js';

/** Whether the environment's locale cannot show UTF-8 (unset counts as UTF-8, as terminals default). */
export function wantsAscii(env: NodeJS.ProcessEnv = process.env): boolean {
  const locale = env.LC_ALL || env.LC_CTYPE || env.LANG;
  if (!locale) return false;
  return !/utf-?8/i.test(locale);
}

const GLYPHS: Readonly<Record<string, string>> = {
  '·': '.',
  '—': '-',
  '–': '-',
  '▲': '^',
  '▼': 'v',
  '✖': 'x',
  '✔': '+',
  '…': '~',
  '×': 'x',
  '→': '>',
  '←': '<',
  '↑': '^',
  '↓': 'v',
  '⟨': '<',
  '⟩': '>',
  '◌': 'o',
  '●': '*',
  '◆': '*',
  '▶': '>',
  '✉': '@',
  '▏': '|',
  '›': '>',
  '•': '*',
  '⚙': '%',
  '◷': 'o',
  '⏸': '=',
  '±': '~',
  '▁': '_',
  '▂': '_',
  '▃': '.',
  '▄': '-',
  '▅': '=',
  '▆': '=',
  '▇': '#',
  '█': '#',
  '─': '-',
  '━': '-',
  '═': '=',
  '│': '|',
  '┃': '|',
  '║': '|',
  '␛': '^',
  '␡': '^',
};
const CORNERS = /[┌┐└┘╭╮╰╯├┤┬┴┼┏┓┗┛╔╗╚╝]/u;

/** `text` (a whole frame, escapes and all) in ASCII, each glyph keeping its cell width. */
export function toAscii(text: string): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x80) out += ch;
    else if (GLYPHS[ch] !== undefined) out += GLYPHS[ch];
    else if (CORNERS.test(ch)) out += '+';
    else out += '?'.repeat(codePointWidth(cp));
  }
  return out;
}
