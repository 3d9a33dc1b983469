/** The services table: a heading line and one memoised line per visible service. */
import { Box, Text } from 'ink';
import { memo } from 'react';
import { useStyle } from '../theme-context.js';
import { fit } from '../view/format.js';
import type { Columns } from '../view/layout.js';
import type { Order, ServiceRow } from '../view/service-rows.js';
import { ServiceRowView } from './ServiceRowView.js';

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

/** Shows `height` rows starting at `offset`; says so when nothing matches. */
export const ServicesTable = memo(function ServicesTable(props: ServicesTableProps) {
  const muted = useStyle('text.muted');
  const { rows, cols, width, height, offset, selected, wide } = props;
  const visible = rows.slice(offset, offset + Math.max(0, height - 1));
  const empty = rows.length === 0;
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text {...muted} wrap="truncate">
        {heading(cols, props.order)}
      </Text>
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
});
