/** Telling a runbook from a file that is not text, and keeping control bytes off the terminal. */

/** The bytes as text, or why they are not a text runbook (NUL bytes, many control bytes, invalid UTF-8). */
export function decodeRunbook(bytes: Uint8Array): { text: string } | { reason: string } {
  const head = bytes.subarray(0, 64 * 1024);
  if (head.includes(0)) return { reason: 'it holds NUL bytes: a binary file' };
  let controls = 0;
  for (const b of head) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) controls += 1;
  if (controls > 0 && controls * 20 > head.length) return { reason: `${controls} control bytes in the first ${head.length}: a binary file` };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { reason: 'it is not UTF-8 text' };
  }
}

/** Text with C0/C1 control characters (and DEL) shown as U+FFFD, newlines and tabs kept. */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '\ufffd');
}
