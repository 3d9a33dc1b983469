/** Markdown examples that contain fenced blocks of their own, which CommonMark would close too early. */

const OPEN = /^(\s{0,3})(`{3,})\s*(markdown|md)\s*$/i;
const INNER_OPEN = /^\s{0,3}`{3,}\s*\S+/;
const BARE = /^\s{0,3}`{3,}\s*$/;

/**
 * Lengthens the outer fence of a ```markdown block that contains its own ```lang blocks, so the
 * example stays one block and the rest of the runbook is not swallowed by a stray fence.
 */
export function fixNestedFences(text: string): string {
  if (!/^\s{0,3}`{3,}\s*(markdown|md)\s*$/im.test(text)) return text;
  const lines = text.split('\n');
  let i = 0;
  while (i < lines.length) {
    const open = OPEN.exec(lines[i] ?? '');
    if (!open) {
      if (/^\s{0,3}`{3,}/.test(lines[i] ?? '')) i = skipFence(lines, i);
      i += 1;
      continue;
    }
    let depth = 0;
    let nested = false;
    let close = -1;
    for (let j = i + 1; j < lines.length; j++) {
      const line = lines[j] ?? '';
      if (INNER_OPEN.test(line)) {
        depth += 1;
        nested = true;
      } else if (BARE.test(line)) {
        if (depth === 0) {
          close = j;
          break;
        }
        depth -= 1;
      }
    }
    if (nested && close > 0) {
      const fence = '`'.repeat((open[2] ?? '```').length + 1);
      lines[i] = `${open[1] ?? ''}${fence}${open[3] ?? ''}`;
      lines[close] = `${open[1] ?? ''}${fence}`;
    }
    i = close > 0 ? close + 1 : skipFence(lines, i) + 1;
  }
  return lines.join('\n');
}

function skipFence(lines: readonly string[], start: number): number {
  for (let j = start + 1; j < lines.length; j++) if (BARE.test(lines[j] ?? '')) return j;
  return lines.length;
}
