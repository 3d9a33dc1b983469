/** The simple HTML tables runbooks embed: <table><tr><th>/<td>, no spans. */
import { lineCounter, plain } from './inline.js';

/** A table as header cells and rows of cells, with the line of each row. */
export interface TableModel {
  readonly headers: readonly string[];
  readonly rows: ReadonlyArray<readonly string[]>;
  readonly rowLines: readonly number[];
}

/** Every <table> in an HTML block, with lines counted from `line`. */
export function parseHtmlTables(html: string, line: number): Array<TableModel & { line: number }> {
  const tables: Array<TableModel & { line: number }> = [];
  const lineAt = lineCounter(html, line);
  for (const t of html.matchAll(/<table\b[\s\S]*?<\/table>/gi)) {
    const tableStart = t.index ?? 0;
    const tableLine = lineAt(tableStart);
    let headers: string[] = [];
    const rows: string[][] = [];
    const rowLines: number[] = [];
    for (const tr of t[0].matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/gi)) {
      const cells = [...(tr[1] ?? '').matchAll(/<(th|td)\b[^>]*>([\s\S]*?)<\/\1>/gi)];
      const texts = cells.map((c) => plain((c[2] ?? '').replace(/\s+/g, ' ')));
      if (headers.length === 0 && cells.every((c) => c[1]?.toLowerCase() === 'th')) headers = texts;
      else {
        rows.push(texts);
        rowLines.push(lineAt(tableStart + (tr.index ?? 0)));
      }
    }
    if (headers.length > 0 || rows.length > 0) {
      tables.push({ headers, rows, rowLines, line: tableLine });
    }
  }
  return tables;
}
