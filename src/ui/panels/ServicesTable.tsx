/** The services table: a heading line and one memoised line per visible service. */
import { Box, Text } from 'ink';
import { memo } from 'react';
import type { Style } from '../../theme/tokens.js';
import { useStyle } from '../theme-context.js';
import { cellWidth, fit } from '../view/format.js';
import type { Columns } from '../view/layout.js';
import { type Order, type ServiceRow, sameRow } from '../view/service-rows.js';
import { sameColumns, ServiceRowView } from './ServiceRowView.js';

/** Props for the table. */
export type ServicesTableProps = {
  readonly rows: readonly ServiceRow[];
  readonly cols: Columns;
  readonly width: number;
  readonly height: number;
  readonly offset: number;
  readonly selected: string | undefined;
  readonly wide: boolean;
  readonly order: Order;
  readonly filter: string;
};

function heading(cols: Columns, order: Order): string {
  const parts = [
    fit(order === 'worst' ? ' SERVICE ↓worst' : ' SERVICE ↓a-z', cols.name),
    fit('HEALTH', cols.health),
    fit(`ERRORS ${cols.errSpark}m`, cols.errSpark),
    fit(`P95/BASE ${cols.p95Spark}m`, cols.p95Spark),
  ];
  if (cols.deploy > 0) parts.push(fit('DEPLOY', cols.deploy));
  parts.push(
    fit('ERR%', cols.err, 'right'),
    fit('P95', cols.p95, 'right'),
    fit('×BASE', cols.multiple, 'right'),
  );
  if (cols.extra > 0) parts.push(fit('  PERCENTILES', cols.extra));
  return parts.join(' ');
}

/** The active filter as the heading's right end says it: " filter: TEXT", cut to a third of the width. */
export function filterTag(filter: string, width: number): string {
  if (!filter) return '';
  const room = Math.max(12, Math.floor(width / 3));
  const tag = ` filter: ${filter} `;
  return cellWidth(tag) <= room ? tag : fit(tag, room);
}

/** The rows the table shows for these props. */
const visibleRows = (p: ServicesTableProps): readonly ServiceRow[] =>
  p.rows.slice(p.offset, p.offset + Math.max(0, p.height - 1));

// The App rebuilds rows and column widths at every repaint, so a clock tick or a key elsewhere
// would re-render the table by identity; it re-renders only when what it shows differs.
function sameTable(a: ServicesTableProps, b: ServicesTableProps): boolean {
  if (
    a.width !== b.width ||
    a.height !== b.height ||
    a.offset !== b.offset ||
    a.selected !== b.selected ||
    a.wide !== b.wide ||
    a.order !== b.order ||
    a.filter !== b.filter ||
    (a.rows.length === 0) !== (b.rows.length === 0) ||
    !sameColumns(a.cols, b.cols)
  )
    return false;
  const va = visibleRows(a);
  const vb = visibleRows(b);
  return va.length === vb.length && va.every((row, i) => sameRow(row, vb[i]!));
}

/** Props for the heading line. */
type HeadingProps = {
  readonly cols: Columns;
  readonly order: Order;
  readonly filter: string;
  readonly width: number;
  readonly muted: Style;
  readonly accent: Style;
};

/** The column names and the filter tag: built again only when the widths, order or filter change. */
const Heading = memo(function Heading({ cols, order, filter, width, muted, accent }: HeadingProps) {
  const tag = filterTag(filter, width);
  return tag ? (
    <Text wrap="truncate">
      <Text {...muted}>{fit(heading(cols, order), Math.max(0, width - cellWidth(tag)))}</Text>
      <Text {...accent}>{tag}</Text>
    </Text>
  ) : (
    <Text {...muted} wrap="truncate">
      {heading(cols, order)}
    </Text>
  );
});

/** Shows `height` rows starting at `offset`; says so when nothing matches. */
export const ServicesTable = memo(function ServicesTable(props: ServicesTableProps) {
  const muted = useStyle('text.muted');
  const accent = useStyle('text.accent');
  const { rows, cols, width, height, selected, wide } = props;
  const visible = visibleRows(props);
  const empty = rows.length === 0;
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Heading cols={cols} order={props.order} filter={props.filter} width={width} muted={muted} accent={accent} />
      {empty ? (
        <Text {...muted}>
          {props.filter ? `  no service matches "${props.filter}"` : '  waiting for the first feed message…'}
        </Text>
      ) : (
        visible.map((row) => (
          <ServiceRowView key={row.name} row={row} cols={cols} selected={row.name === selected} wide={wide} />
        ))
      )}
    </Box>
  );
}, sameTable);
