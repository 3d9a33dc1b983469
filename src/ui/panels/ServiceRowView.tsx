/** One service as one line of text; memoised by value so unchanged rows cost nothing at repaint. */
import { Text } from 'ink';
import { memo } from 'react';
import type { Style } from '../../theme/tokens.js';
import { T, useStyles } from '../theme-context.js';
import type { Columns } from '../view/layout.js';
import { mergeSegments, rowSegments, type ServiceRow, sameRow } from '../view/service-rows.js';

/** Props for a row. */
export type ServiceRowProps = {
  readonly row: ServiceRow;
  readonly cols: Columns;
  readonly selected: boolean;
  readonly wide: boolean;
};

const looksPlainWhenBlank = (s: Style | undefined): boolean =>
  !s?.backgroundColor && !s?.inverse && !s?.underline;

/** Whether two column layouts are the same widths (they are rebuilt at every repaint). */
export function sameColumns(a: Columns, b: Columns): boolean {
  if (a === b) return true;
  for (const k of Object.keys(a) as (keyof Columns)[]) if (a[k] !== b[k]) return false;
  return true;
}

// Rows and column widths are rebuilt at every repaint, so identity would re-render every row.
function sameProps(a: ServiceRowProps, b: ServiceRowProps): boolean {
  return (
    a.selected === b.selected && a.wide === b.wide && sameColumns(a.cols, b.cols) && sameRow(a.row, b.row)
  );
}

/** Volatile numbers come last so the terminal line diff starts as late as possible. */
export const ServiceRowView = memo(function ServiceRowView({ row, cols, selected, wide }: ServiceRowProps) {
  const styles = useStyles();
  const segments = mergeSegments(rowSegments(row, cols, selected, wide), (t) =>
    looksPlainWhenBlank(styles[t]),
  );
  return (
    <Text wrap="truncate">
      {segments.map((s, i) =>
        s.token === undefined ? (
          s.text
        ) : (
          // A memoised run: when a row changes, the runs whose text did not skip their render.
          // biome-ignore lint/suspicious/noArrayIndexKey: a row's runs have no identity but their place
          <T key={i} t={s.token}>
            {s.text}
          </T>
        ),
      )}
    </Text>
  );
}, sameProps);
