/** buildRunbookDoc: Markdown to styled lines and a table of contents (not yet wrapped to a width). */
import { marked, type Token, type Tokens } from 'marked';
import { inlineSegments } from './doc-inline.js';
import type { DocLine, RunbookDoc, Segment, SegmentStyle, TocEntry } from './doc-types.js';
import { prepareRunbook } from './extract.js';
import { parseHtmlTables } from './html-table.js';
import { plain } from './inline.js';

const HEADING: readonly SegmentStyle[] = ['h1', 'h1', 'h2', 'h3'];

/** Builds the viewer model from a runbook, after the same repairs the importer makes. */
export function buildRunbookDoc(text: string): RunbookDoc {
  const lines: DocLine[] = [];
  const toc: TocEntry[] = [];
  let tables = 0;
  const blank = () => {
    if (lines.length > 0 && lines[lines.length - 1]?.segments.length !== 0) lines.push({ segments: [] });
  };
  const table = (headers: readonly string[], rows: ReadonlyArray<readonly string[]>) => {
    const id = tables++;
    const row = (cells: readonly string[], header: boolean): DocLine => ({
      segments: [{ text: cells.join(' │ '), style: header ? 'bold' : 'table' }],
      table: { id, cells, header },
    });
    if (headers.length > 0) lines.push(row(headers, true));
    for (const r of rows) lines.push(row(r, false));
  };
  const list = (l: Tokens.List, depth: number) => {
    l.items.forEach((item, i) => {
      const indent = '  '.repeat(depth);
      const mark: Segment = item.task
        ? { text: item.checked ? '[x] ' : '[ ] ', style: item.checked ? 'task-done' : 'task-open' }
        : { text: l.ordered ? `${Number(l.start || 1) + i}. ` : '• ', style: 'listmark' };
      const own = item.tokens.filter((t) => t.type !== 'list' && t.type !== 'checkbox');
      const segs = own.flatMap((t) => ('tokens' in t && t.tokens ? inlineSegments(t.tokens) : inlineSegments([t])));
      const body = item.task ? segs.map((s) => (s.style === 'text' ? { ...s, style: mark.style } : s)) : segs;
      lines.push({ segments: [...(indent ? [{ text: indent, style: 'text' as const }] : []), mark, ...body], hang: indent.length + mark.text.length });
      for (const t of item.tokens) if (t.type === 'list') list(t as Tokens.List, depth + 1);
    });
  };
  const block = (t: Token, quote: boolean) => {
    const prefix: Segment[] = quote ? [{ text: '│ ', style: 'quote' }] : [];
    switch (t.type) {
      case 'heading': {
        const h = t as Tokens.Heading;
        blank();
        toc.push({ level: h.depth, title: plain(h.text), line: lines.length });
        lines.push({ segments: [{ text: plain(h.text), style: HEADING[h.depth] ?? 'h3' }], headingIndex: toc.length - 1 });
        break;
      }
      case 'paragraph':
        lines.push({ segments: [...prefix, ...inlineSegments((t as Tokens.Paragraph).tokens, quote ? 'quote' : 'text')], hang: prefix.length * 2 });
        break;
      case 'list':
        list(t as Tokens.List, 0);
        break;
      case 'code':
        for (const l of (t as Tokens.Code).text.split('\n')) lines.push({ segments: [{ text: `    ${l}`, style: 'codeblock' }] });
        break;
      case 'table': {
        const tt = t as Tokens.Table;
        table(tt.header.map((c) => plain(c.text)), tt.rows.map((r) => r.map((c) => plain(c.text))));
        break;
      }
      case 'hr':
        lines.push({ segments: [{ text: '─', style: 'rule' }] });
        break;
      case 'blockquote':
        for (const inner of (t as Tokens.Blockquote).tokens) block(inner, true);
        break;
      case 'html': {
        const found = parseHtmlTables(t.raw, 0);
        for (const ht of found) table(ht.headers, ht.rows);
        const rest = plain(t.raw.replace(/<table\b[\s\S]*?<\/table>/gi, ''));
        if (rest) lines.push({ segments: [{ text: rest, style: 'muted' }] });
        break;
      }
      case 'space':
        blank();
        break;
      default:
        if (t.raw.trim()) lines.push({ segments: [{ text: t.raw.trim(), style: 'text' }] });
    }
  };
  for (const t of marked.lexer(prepareRunbook(text).text)) block(t, false);
  while (lines.length > 0 && lines[lines.length - 1]?.segments.length === 0) lines.pop();
  return { lines, toc };
}
