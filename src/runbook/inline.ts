/** Inline Markdown to plain text, for matching and for values shown to people. */

const PLAIN_WORK = /[<[*_`&\t]| {2}/;

/** Strips emphasis, code ticks, links and simple HTML from one line of Markdown. */
export function plain(md: string): string {
  // Most lines of a runbook hold none of the characters below: every replacement would find nothing.
  if (!PLAIN_WORK.test(md)) return md.trim();
  return md
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\s][^*_]*?)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** lower_snake_case of a phrase. */
export function snake(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** Number of newlines in a string. */
export function newlines(s: string): number {
  let n = 0;
  for (let at = s.indexOf('\n'); at >= 0; at = s.indexOf('\n', at + 1)) n += 1;
  return n;
}

/**
 * Line numbers of increasing offsets into one text, counting only the characters since the last
 * offset asked: recounting from the start for each token made import time grow with the square of
 * the file (a 400 KB runbook took 14 s).
 */
export function lineCounter(text: string, firstLine: number): (offset: number) => number {
  let at = 0;
  let line = firstLine;
  return (offset) => {
    if (offset < at) {
      at = 0;
      line = firstLine;
    }
    const end = Math.min(offset, text.length);
    for (; at < end; at++) if (text.charCodeAt(at) === 10) line += 1;
    return line;
  };
}

/** lower-dash-case id of a phrase ("Verify the Fix" gives "verify-the-fix"). */
export function slug(text: string): string {
  return snake(text).replace(/_/g, '-');
}
