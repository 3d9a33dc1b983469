/**
 * Bounds how deep a runbook nests. Markdown's lexer recurses once per level: 2,000 nested `>`
 * overflowed the stack and a list 3,000 deep took minutes. No runbook needs more than a few levels.
 */

/** Container markers (`>`, `-`, `1.`) kept at the start of one line; more are dropped. */
export const MAX_MARKERS = 12;
/** Columns of indentation kept outside code fences; deeper lines are pulled back to this. */
export const MAX_INDENT = 40;

const MARKER = /^[ \t]*(?:>[ \t]?|(?:[-*+]|\d{1,9}[.)])[ \t]+)/;
const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/;

function boundLine(line: string): { line: string; changed: boolean } {
  let rest = line;
  let kept = '';
  let count = 0;
  for (let m = MARKER.exec(rest); m && m[0].length > 0; m = MARKER.exec(rest)) {
    if (count < MAX_MARKERS) kept += m[0];
    count += 1;
    rest = rest.slice(m[0].length);
  }
  let out = count > MAX_MARKERS ? kept + rest : line;
  const indent = /^[ \t]*/.exec(out)?.[0].length ?? 0;
  if (indent > MAX_INDENT) out = ' '.repeat(MAX_INDENT) + out.slice(indent);
  return { line: out, changed: out !== line };
}

/** The text with nesting bounded outside code fences, and how many lines were changed. */
export function boundDepth(text: string): { text: string; lines: number } {
  const lines = text.split('\n');
  let fence: string | undefined;
  let changed = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const f = FENCE.exec(line)?.[1];
    if (fence) {
      if (f && f[0] === fence[0] && f.length >= fence.length) fence = undefined;
      continue;
    }
    if (f) {
      fence = f;
      continue;
    }
    if (line.length <= MAX_INDENT && !line.includes('>')) continue;
    const bounded = boundLine(line);
    if (bounded.changed) {
      lines[i] = bounded.line;
      changed += 1;
    }
  }
  return { text: changed > 0 ? lines.join('\n') : text, lines: changed };
}
