/** Child output as lines for a pane: split on newlines, terminal control sequences removed. */

const ESCAPES =
  /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[PX^_][^\x1b]*\x1b\\|\x1b[@-Z\\-_]/g;
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

/** Removes escape sequences and control characters (a child must not move our cursor or set our clipboard). */
export function cleanLine(line: string): string {
  return line.replace(ESCAPES, '').replace(CONTROLS, '');
}

/** Splits a byte stream into whole lines; `flush` hands over a last line without a newline. */
export function lineSplitter(onLine: (line: string) => void): {
  push(chunk: Buffer | string): void;
  flush(): void;
} {
  let rest = '';
  const decoder = new TextDecoder();
  return {
    push(chunk) {
      rest += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
      let nl = rest.indexOf('\n');
      while (nl >= 0) {
        onLine(cleanLine(rest.slice(0, nl).replace(/\r$/, '')));
        rest = rest.slice(nl + 1);
        nl = rest.indexOf('\n');
      }
    },
    flush() {
      rest += decoder.decode();
      if (rest) onLine(cleanLine(rest));
      rest = '';
    },
  };
}
