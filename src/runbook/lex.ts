/** marked's lexer, flattened into the nodes the extractors read, each with its 1-based line. */
import { Lexer, type Token, type Tokens } from 'marked';
import { parseHtmlTables, type TableModel } from './html-table.js';
import { lineCounter, newlines, plain } from './inline.js';

/** A heading on the path from the document root to a node. */
export interface HeadingRef {
  readonly depth: number;
  readonly text: string;
  readonly line: number;
}

/** One list item: its own text (nested lists are children), task state and line. */
export interface ListItemNode {
  readonly line: number;
  readonly md: string;
  readonly text: string;
  readonly task: boolean;
  readonly checked: boolean;
  readonly children: readonly ListItemNode[];
}

interface Base {
  readonly line: number;
  /** Enclosing headings, outermost first; for a heading node, itself last. */
  readonly path: readonly HeadingRef[];
  /** The paragraph right before this node in the same section, if any ("Frequency by severity:"). */
  readonly lead?: string;
}

/** A block of the runbook. */
export type RunbookNode =
  | (Base & { readonly kind: 'heading'; readonly depth: number; readonly text: string })
  | (Base & { readonly kind: 'paragraph'; readonly md: string; readonly text: string })
  | (Base & { readonly kind: 'list'; readonly ordered: boolean; readonly items: readonly ListItemNode[] })
  | (Base & { readonly kind: 'table'; readonly table: TableModel })
  | (Base & { readonly kind: 'code'; readonly lang: string; readonly text: string });

function locate(raw: string, child: string, from: number): number {
  const probe = child.trimStart().split('\n')[0]?.trim() ?? '';
  const at = probe ? raw.indexOf(probe, from) : -1;
  return at < 0 ? from : at;
}

function listItems(list: Tokens.List, line: number): ListItemNode[] {
  let cursor = 0;
  const lineAt = lineCounter(list.raw, line);
  return list.items.map((item) => {
    const at = locate(list.raw, item.raw, cursor);
    cursor = at + 1;
    const itemLine = lineAt(at);
    const own = item.tokens.filter((t) => t.type !== 'list' && t.type !== 'checkbox');
    const md = own
      .map((t) => t.raw)
      .join('')
      .replace(/^\[[ xX]\]\s+/, '')
      .trim();
    const children: ListItemNode[] = [];
    for (const t of item.tokens) {
      if (t.type !== 'list') continue;
      const off = locate(item.raw, t.raw, 0);
      children.push(...listItems(t as Tokens.List, itemLine + newlines(item.raw.slice(0, off))));
    }
    return { line: itemLine, md, text: plain(md), task: item.task, checked: item.checked === true, children };
  });
}

function tableModel(t: Tokens.Table, line: number): TableModel {
  const headers = t.header.map((c) => plain(c.text));
  const rows = t.rows.map((r) => r.map((c) => plain(c.text)));
  const lines = t.raw.split('\n');
  const rowLines: number[] = [];
  for (let i = 2; i < lines.length && rowLines.length < rows.length; i++) {
    if ((lines[i] ?? '').trim() !== '') rowLines.push(line + i);
  }
  return { headers, rows, rowLines };
}

/** Lexes repaired Markdown into nodes with lines and heading paths. */
export function lexRunbook(text: string): RunbookNode[] {
  const nodes: RunbookNode[] = [];
  const path: HeadingRef[] = [];
  // One frozen copy of the heading path, shared by every node until the next heading changes it.
  let shared: readonly HeadingRef[] = [];
  let lead: string | undefined;
  const visit = (tokens: readonly Token[], raw: string, startLine: number, sequential: boolean) => {
    let offset = 0;
    const lineAt = lineCounter(raw, startLine);
    for (const token of tokens) {
      const at = sequential ? offset : locate(raw, token.raw, offset);
      const line = lineAt(at);
      offset = at + token.raw.length;
      const base = { line, path: shared, ...(lead === undefined ? {} : { lead }) };
      const next = emit(token, base, line);
      if (next === 'keep') continue;
      lead = next;
    }
  };
  const emit = (token: Token, base: Base, line: number): string | undefined | 'keep' => {
    switch (token.type) {
      case 'space':
        return 'keep';
      case 'heading': {
        const h = token as Tokens.Heading;
        const ref = { depth: h.depth, text: plain(h.text), line };
        while (path.length > 0 && (path[path.length - 1]?.depth ?? 0) >= h.depth) path.pop();
        path.push(ref);
        shared = Object.freeze([...path]);
        nodes.push({ ...base, path: shared, kind: 'heading', depth: h.depth, text: ref.text });
        return undefined;
      }
      case 'paragraph': {
        const md = (token as Tokens.Paragraph).text;
        nodes.push({ ...base, kind: 'paragraph', md, text: plain(md) });
        return plain(md);
      }
      case 'list': {
        const l = token as Tokens.List;
        nodes.push({ ...base, kind: 'list', ordered: l.ordered, items: listItems(l, line) });
        return undefined;
      }
      case 'table':
        nodes.push({ ...base, kind: 'table', table: tableModel(token as Tokens.Table, line) });
        return undefined;
      case 'code': {
        const c = token as Tokens.Code;
        nodes.push({ ...base, kind: 'code', lang: (c.lang ?? '').trim().toLowerCase(), text: c.text });
        return undefined;
      }
      case 'html':
        for (const t of parseHtmlTables(token.raw, line)) {
          nodes.push({ ...base, line: t.line, kind: 'table', table: t });
        }
        return undefined;
      case 'blockquote':
        visit((token as Tokens.Blockquote).tokens, token.raw, line, false);
        return undefined;
      default:
        return undefined;
    }
  };
  // Block tokens only: the extractors read each block's own text, so marked's inline pass (a third
  // of the time and most of the garbage on a large runbook) is skipped.
  const lexer = new Lexer();
  visit(lexer.blockTokens(text, lexer.tokens), text, 1, true);
  return nodes;
}
