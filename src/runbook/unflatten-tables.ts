/** Finds pipe tables in flattened text and gives each row its own line again. */

const DELIM = /\|(?:\s*:?-{3,}:?\s*\|)+/g;

function nthPipeForward(s: string, from: number, n: number): number {
  let count = 0;
  for (let i = from; i < s.length; i++) {
    if (s[i] === '|' && s[i - 1] !== '\\') {
      count += 1;
      if (count === n) return i;
    }
  }
  return -1;
}

function nthPipeBackward(s: string, from: number, n: number): number {
  let count = 0;
  for (let i = from; i >= 0; i--) {
    if (s[i] === '|' && s[i - 1] !== '\\') {
      count += 1;
      if (count === n) return i;
    }
  }
  return -1;
}

/** Splits text around flattened tables; `prose` handles the text between them. */
export function splitFlatTables(text: string, prose: (s: string) => string): string {
  let out = '';
  let pos = 0;
  for (const m of text.matchAll(DELIM)) {
    const at = m.index ?? 0;
    if (at < pos) continue;
    const pipes = (m[0].match(/\|/g) ?? []).length;
    const headerStart = nthPipeBackward(text, at - 1, pipes);
    if (headerStart < pos || headerStart < 0) continue;
    const rows: string[] = [];
    let cursor = at + m[0].length;
    for (;;) {
      const next = text.slice(cursor).search(/\S/);
      if (next < 0 || text[cursor + next] !== '|') break;
      const start = cursor + next;
      const end = nthPipeForward(text, start + 1, pipes - 1);
      if (end < 0) break;
      rows.push(text.slice(start, end + 1));
      cursor = end + 1;
    }
    const header = text.slice(headerStart, at).trim();
    out += `${prose(text.slice(pos, headerStart))}\n\n${header}\n${m[0]}\n${rows.join('\n')}\n\n`;
    pos = cursor;
  }
  return out + prose(text.slice(pos));
}
