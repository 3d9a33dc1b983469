/** One line of every running clock, most urgent first; in short when the full names do not fit. */
import { Text } from 'ink';
import { memo } from 'react';
import type { Clock } from '../../incident/clock.js';
import { T } from '../theme-context.js';
import { stripClocks } from '../view/clock-strip.js';
import { cellWidth } from '../view/format.js';

/** Props for the strip. */
export type ClockStripProps = {
  readonly clocks: readonly Clock[];
  readonly width: number;
  readonly extra?: string;
};

/** Clocks first (the leading space and the "+N more" are counted); a suggestion after, if room. */
export const ClockStrip = memo(function ClockStrip({ clocks, width, extra }: ClockStripProps) {
  const { items, more } = stripClocks(clocks, width - 1);
  const used = 1 + items.reduce((n, it, i) => n + cellWidth(it.text) + (i > 0 ? 3 : 0), 0);
  const moreText = more > 0 ? `${items.length > 0 ? ' · ' : ''}+${more} more` : '';
  const room = width - used - cellWidth(moreText);
  return (
    <Text wrap="truncate">
      {' '}
      {items.length === 0 && more === 0 ? <T t="text.muted">no clocks running</T> : null}
      {items.map((it, i) => (
        <Text key={it.id}>
          {i > 0 ? <T t="text.muted">{' · '}</T> : null}
          <T t={it.token}>{it.text}</T>
        </Text>
      ))}
      {moreText ? <T t="text.strong">{moreText}</T> : null}
      {extra && room > 6 ? <T t="sla.near">{`  ${extra}`}</T> : null}
    </Text>
  );
});
