/** One line of the clocks that matter most, for layouts without room for the clocks panel. */
import { Text } from 'ink';
import { memo } from 'react';
import type { Clock } from '../../incident/clock.js';
import { T } from '../theme-context.js';
import { clockText } from '../view/incident-view.js';

/** Props for the strip. */
export type ClockStripProps = {
  readonly clocks: readonly Clock[];
  readonly width: number;
  readonly extra?: string;
};

/** Fits as many clocks as the width allows, most urgent first. */
export const ClockStrip = memo(function ClockStrip({ clocks, width, extra }: ClockStripProps) {
  let used = 1;
  const shown: Array<{ clock: Clock; text: string }> = [];
  for (const clock of clocks) {
    if (clock.state === 'done') continue;
    const text = `${clockText(clock).mark} ${clock.label} ${clockText(clock).text}`;
    if (used + text.length + 3 > width) break;
    shown.push({ clock, text });
    used += text.length + 3;
  }
  return (
    <Text wrap="truncate">
      {' '}
      {shown.length === 0 ? <T t="text.muted">no clocks running</T> : null}
      {shown.map(({ clock, text }, i) => (
        <Text key={clock.id}>
          {i > 0 ? <T t="text.muted">{' · '}</T> : null}
          <T t={clockText(clock).token}>{text}</T>
        </Text>
      ))}
      {extra ? <T t="sla.near">{`  ${extra}`}</T> : null}
    </Text>
  );
});
