/** Layout breakpoints and column widths: pure math, tested without rendering. */

/** Below this the dashboard shows a "too small" message instead of a broken screen. */
export const MIN_COLUMNS = 60;
export const MIN_ROWS = 20;
/** At or above this width the wide layout adds columns and a side panel. */
export const WIDE_COLUMNS = 160;
/**
 * At or above this size the wide layout becomes the wall screen, read from across the room:
 * severity, T+ and the most urgent clock in block type, and the lower left put to use.
 */
export const WALL_COLUMNS = 200;
export const WALL_ROWS = 60;

/** Whether a terminal of this size gets the wall screen. */
export function isWallScreen(columns: number, rows: number): boolean {
  return columns >= WALL_COLUMNS && rows >= WALL_ROWS;
}

/** Widths of the services table's columns, in cells. */
export type Columns = {
  readonly name: number;
  readonly health: number;
  readonly errSpark: number;
  readonly p95Spark: number;
  readonly deploy: number;
  readonly err: number;
  readonly p95: number;
  readonly multiple: number;
  readonly extra: number;
};

/** Which layout fits the terminal, and its measures. */
export type Layout =
  | { readonly mode: 'too-small'; readonly columns: number; readonly rows: number }
  | {
      readonly mode: 'compact' | 'wide';
      readonly columns: number;
      readonly rows: number;
      readonly table: Columns;
      readonly tableWidth: number;
      readonly sideWidth: number;
    };

/**
 * Picks the layout for a terminal size. The wide layout's side column holds feed events, or the
 * incident (checklist and timeline) once one is open, which needs more room.
 */
export function computeLayout(columns: number, rows: number, side: 'events' | 'incident' = 'events'): Layout {
  if (columns < MIN_COLUMNS || rows < MIN_ROWS) return { mode: 'too-small', columns, rows };
  const wide = columns >= WIDE_COLUMNS;
  const sideShare =
    side === 'incident' ? Math.min(80, Math.floor(columns * 0.38)) : Math.min(56, Math.floor(columns * 0.3));
  const sideWidth = wide ? sideShare : 0;
  const tableWidth = columns - sideWidth - (wide ? 1 : 0);
  // Optional columns appear as the table gets room for them, whatever the layout.
  const fixed = {
    health: tableWidth >= 100 ? 14 : 10,
    err: 7,
    p95: 7,
    multiple: 6,
    deploy: tableWidth >= 110 ? 16 : 0,
    extra: tableWidth >= 140 ? 22 : 0,
  };
  const gaps = 6 + (fixed.deploy > 0 ? 1 : 0);
  const used = fixed.health + fixed.err + fixed.p95 + fixed.multiple + fixed.deploy + fixed.extra + gaps;
  const spare = tableWidth - used;
  const name = Math.max(12, Math.min(wide ? 28 : 20, Math.floor(spare * 0.4)));
  const spark = Math.max(4, Math.floor((spare - name) / 2));
  return {
    mode: wide ? 'wide' : 'compact',
    columns,
    rows,
    sideWidth,
    tableWidth,
    table: { ...fixed, name, errSpark: spark, p95Spark: spark },
  };
}

/** The first row to show so that `selected` stays visible in `height` rows. */
export function scrollOffset(selected: number, current: number, height: number, total: number): number {
  if (height <= 0 || total <= height) return 0;
  let offset = Math.min(current, total - height);
  if (selected < offset) offset = selected;
  if (selected >= offset + height) offset = selected - height + 1;
  return Math.max(0, offset);
}
