/** Input repair: newlines, mis-decoded UTF-8, and front matter. */

// Windows-1252 assigns these code points to bytes 0x80-0x9F; mojibake shows them in place of the bytes.
const CP1252: Readonly<Record<string, number>> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89,
  'Š': 0x8a, '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95,
  '–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
};
const CONT = '[\\u0080-\\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]';
const MOJIBAKE = new RegExp(`[\\u00C2-\\u00F4]${CONT}{1,3}`, 'g');
const decoder = new TextDecoder('utf-8', { fatal: true });

function byteOf(ch: string): number | undefined {
  const code = ch.codePointAt(0) ?? 0;
  return code <= 0xff ? code : CP1252[ch];
}

/** Repairs UTF-8 text that was read as Latin-1 / Windows-1252 ("â€”" back to "—"); counts the fixes. */
export function repairMojibake(text: string): { text: string; count: number } {
  let count = 0;
  const fixed = text.replace(MOJIBAKE, (seq) => {
    const bytes = [...seq].map(byteOf);
    if (bytes.some((b) => b === undefined)) return seq;
    try {
      const out = decoder.decode(Uint8Array.from(bytes as number[]));
      count += 1;
      return out;
    } catch {
      return seq;
    }
  });
  return { text: fixed, count };
}

/** CRLF and lone CR become LF; a BOM is dropped. */
export function normalizeNewlines(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** Front matter blanked out (line numbers keep their place), with its title and name keys if present. */
export function stripFrontMatter(text: string): {
  text: string;
  title?: { value: string; line: number };
  name?: { value: string; line: number };
} {
  const m = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text);
  if (!m) return { text };
  const rest = m[0].replace(/[^\n]/g, '') + text.slice(m[0].length);
  const lines = (m[1] ?? '').split('\n');
  const key = (k: string) => {
    const i = lines.findIndex((l) => new RegExp(`^${k}:\\s*\\S`).test(l));
    if (i < 0) return undefined;
    const value = (lines[i] ?? '').replace(/^\w+:\s*/, '').replace(/^(['"])(.*)\1$/, '$2').trim();
    return { value, line: i + 2 };
  };
  const title = key('title');
  const name = key('name');
  return { text: rest, ...(title ? { title } : {}), ...(name ? { name } : {}) };
}

/** C0 and C1 control characters other than tab and newline removed. */
export function stripControls(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');
}
