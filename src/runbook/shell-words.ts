/** A tiny shell-words splitter: quotes and backslashes, and a check for syntax that needs a real shell. */

/** Splits a command line into argv the way a POSIX shell would for simple words; throws on an open quote. */
export function shellWords(line: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] ?? '';
    if (quote === "'") {
      if (ch === "'") quote = undefined;
      else word += ch;
    } else if (quote === '"') {
      if (ch === '"') quote = undefined;
      else if (ch === '\\' && /["\\$`]/.test(line[i + 1] ?? '')) word += line[++i] ?? '';
      else word += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      inWord = true;
    } else if (ch === '\\') {
      word += line[++i] ?? '';
      inWord = true;
    } else if (/\s/.test(ch)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      word += ch;
      inWord = true;
    }
  }
  if (quote) throw new Error(`unclosed ${quote} quote in: ${line}`);
  if (inWord) words.push(word);
  return words;
}

/** True when the line uses pipes, redirects, $(...), &&, ;, or backticks outside single quotes. */
export function needsShell(line: string): boolean {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] ?? '';
    if (quote) {
      if (ch === quote) quote = undefined;
      else if (quote === '"' && (ch === '`' || (ch === '$' && line[i + 1] === '('))) return true;
      continue;
    }
    if (ch === "'" || ch === '"') quote = ch;
    else if (ch === '\\') i++;
    else if ('|&;<>`'.includes(ch)) return true;
    else if (ch === '$' && line[i + 1] === '(') return true;
  }
  return false;
}
