/** One line of the clocks that matter most, for layouts without room for the clocks panel. */
import { Text } from 'ink';
import { memo } from 'react';
import type { Clock } from '../../incident/clock.js';
import { T } from '../theme-context.js';
import { clockText } from '../view/incident-view.js';

/** The shortest cut label worth showing. */
const MIN_LABEL = 12;

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
  // A long label (a notify rule naming a whole contact list) is cut to a third of the line, so the
  // clocks after it still fit and the most urgent one never vanishes behind "no clocks running".
  const longest = Math.max(MIN_LABEL, Math.floor(width / 3));
  for (const clock of clocks) {
    if (clock.state === 'done') continue;
    const { mark, text: status } = clockText(clock);
    const label = clock.label.length > longest ? `${clock.label.slice(0, longest - 1).trimEnd()}…` : clock.label;
    const text = `${mark} ${label} ${status}`;
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
