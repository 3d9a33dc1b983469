/** The runbook viewer's model: styled lines and a table of contents, free of Ink and React. */

/** How a piece of text is drawn; the UI maps each to a theme token. */
export type SegmentStyle =
  | 'h1'
  | 'h2'
  | 'h3'
  | 'text'
  | 'bold'
  | 'code'
  | 'codeblock'
  | 'quote'
  | 'link'
  | 'listmark'
  | 'task-done'
  | 'task-open'
  | 'table'
  | 'rule'
  | 'muted';

/** A run of text in one style. */
export interface Segment {
  readonly text: string;
  readonly style: SegmentStyle;
}

/** One line of the document; `headingIndex` points into the toc; `cells` marks a table row. */
export interface DocLine {
  readonly segments: readonly Segment[];
  readonly headingIndex?: number;
  /** Table rows keep their cells so layout can align columns to the width. */
  readonly table?: { readonly id: number; readonly cells: readonly string[]; readonly header: boolean };
  /** Indent for wrapped continuation lines (list items). */
  readonly hang?: number;
}

/** A heading and the line it is on. */
export interface TocEntry {
  readonly level: number;
  readonly title: string;
  readonly line: number;
}

/** A runbook ready to draw. */
export interface RunbookDoc {
  readonly lines: readonly DocLine[];
  readonly toc: readonly TocEntry[];
}
