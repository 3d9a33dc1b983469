/** Recovers the structure of a runbook whose line breaks were lost (everything on one line). */
import { splitFlatShell } from './unflatten-shell.js';
import { splitFlatTables } from './unflatten-tables.js';

/** True when the text looks like Markdown squashed onto one or two lines. */
export function isFlattened(text: string): boolean {
  const lines = text.trim().split('\n');
  return lines.length <= 3 && text.length > 300 && /\s#{1,6}\s\S/.test(text);
}

const SHELL = new Set(['bash', 'sh', 'shell', 'zsh', 'console']);
// Words that start a sentence, so a flattened heading ends before them.
const STARTERS = new Set(
  'This The If Within Before When Use A An All Every Any Each In For Our We It These To After During Only Always Never Do Run Check Follow Make Ensure Please Start Open'.split(
    ' ',
  ),
);

/** Re-inserts line breaks before headings, bullets, numbered steps, table rows, quotes and fences. */
export function recoverLineBreaks(text: string): string {
  let rest = text.trim();
  let out = '';
  const fm = /^---\s+(\w[\s\S]*?)\s+---\s+/.exec(rest);
  if (fm && /^\w[\w-]*:\s/.test(fm[1] ?? '')) {
    out += `---\n${(fm[1] ?? '').split(/\s+(?=[A-Za-z_][\w-]*:\s)/).join('\n')}\n---\n\n`;
    rest = rest.slice(fm[0].length);
  }
  const parts = rest.split(/(```[\s\S]*?(?:```|$))/);
  for (const part of parts) {
    if (part.startsWith('```')) out += recoverFence(part);
    else out += splitFlatTables(part, recoverProse);
  }
  return `${out.replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

function recoverFence(part: string): string {
  const m = /^```(\S*)\s?([\s\S]*?)\s*(?:```)?$/.exec(part);
  const lang = m?.[1] ?? '';
  const body = m?.[2] ?? '';
  const lines = SHELL.has(lang.toLowerCase()) ? splitFlatShell(body) : [body];
  return `\n\n\`\`\`${lang}\n${lines.join('\n')}\n\`\`\`\n\n`;
}

function recoverProse(text: string): string {
  const broken = text
    .replace(/\s+(#{1,6}\s)/g, '\n\n$1')
    .replace(/\s+([-*+]\s+(?=\[[ xX]\]|\*\*|[A-Z`"']))/g, '\n$1')
    .replace(/\s+(\d{1,2}\.\s+(?=\*\*|\[|[A-Z`]))/g, '\n$1')
    .replace(/\s+(>\s+(?=\*\*|[A-Z]))/g, '\n\n$1');
  return broken
    .split('\n')
    .map((line) => (line.startsWith('#') ? endHeading(line) : line))
    .join('\n');
}

function endHeading(line: string): string {
  const bold = line.indexOf(' **');
  const words = line.split(' ');
  for (let i = 2; i < words.length; i++) {
    const word = words[i] ?? '';
    const prev = words[i - 1] ?? '';
    const sentence = STARTERS.has(word) || (/^[A-Z][a-z]+$/.test(word) && /^[a-z]/.test(prev));
    if (sentence) return `${words.slice(0, i).join(' ')}\n\n${words.slice(i).join(' ')}`;
  }
  if (bold > 0) return `${line.slice(0, bold)}\n\n${line.slice(bold + 1)}`;
  return line;
}
