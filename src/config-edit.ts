/**
 * Sets one top-level key of a JSON settings file by editing its text, so the rest of the file
 * (key order, indentation, blank lines, arrays kept on one line) stays exactly as the user wrote it.
 */

type Member = { readonly key: string; readonly keyStart: number; readonly valueStart: number; readonly valueEnd: number };

function stringEnd(text: string, at: number): number {
  let i = at + 1;
  while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
  return i + 1;
}

function skipSpace(text: string, at: number): number {
  let i = at;
  while (i < text.length && /\s/.test(text[i]!)) i += 1;
  return i;
}

function valueEnd(text: string, at: number): number {
  if (text[at] === '"') return stringEnd(text, at);
  let depth = 0;
  let i = at;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"') {
      i = stringEnd(text, i);
      continue;
    }
    if (ch === '{' || ch === '[') depth += 1;
    else if (ch === '}' || ch === ']') {
      if (depth === 0) return i;
      depth -= 1;
      if (depth === 0) return i + 1;
    } else if (depth === 0 && (ch === ',' || /\s/.test(ch))) return i;
    i += 1;
  }
  return i;
}

/** The members of the top-level object of `text` (already known to parse as an object). */
function members(text: string): { open: number; close: number; list: Member[] } {
  const open = text.indexOf('{');
  const list: Member[] = [];
  let i = skipSpace(text, open + 1);
  while (text[i] === '"') {
    const keyStart = i;
    i = stringEnd(text, i);
    const key = JSON.parse(text.slice(keyStart, i)) as string;
    i = skipSpace(text, skipSpace(text, i) + 1);
    const end = valueEnd(text, i);
    list.push({ key, keyStart, valueStart: i, valueEnd: end });
    i = skipSpace(text, end);
    if (text[i] === ',') i = skipSpace(text, i + 1);
  }
  return { open, close: i, list };
}

/** `text` with top-level `key` set to `value`; a missing key is added last, indented like the others. */
export function setTopLevelKey(text: string, key: string, value: unknown): string {
  const json = JSON.stringify(value);
  if (text.trim() === '') return `{\n  ${JSON.stringify(key)}: ${json}\n}\n`;
  const { open, close, list } = members(text);
  const found = list.find((m) => m.key === key);
  if (found) return text.slice(0, found.valueStart) + json + text.slice(found.valueEnd);
  const last = list.at(-1);
  if (!last) return `${text.slice(0, open + 1)}\n  ${JSON.stringify(key)}: ${json}\n${text.slice(close)}`;
  const first = list[0]!;
  const lineStart = text.lastIndexOf('\n', first.keyStart) + 1;
  const lead = text.slice(lineStart, first.keyStart);
  const separator = lineStart > open && lead.trim() === '' ? `\n${lead}` : ' ';
  return `${text.slice(0, last.valueEnd)},${separator}${JSON.stringify(key)}: ${json}${text.slice(last.valueEnd)}`;
}
