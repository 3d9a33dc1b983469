/** The band across the top: product, incident state, source, clock. */
import { Text } from 'ink';
import { memo } from 'react';
import { useStyle } from '../theme-context.js';
import { fit, formatClock } from '../view/format.js';

/** Props for the header band. */
export type HeaderProps = {
  readonly width: number;
  readonly source: string;
  readonly now: number;
  readonly incident?: string;
};

// The clock shows minutes, so a repaint within the same minute leaves the band as it is.
const sameHeader = (a: HeaderProps, b: HeaderProps): boolean =>
  a.width === b.width &&
  a.source === b.source &&
  a.incident === b.incident &&
  Math.floor(a.now / 60_000) === Math.floor(b.now / 60_000);

/** One line; the clock sits at the end so the line diff rewrites only its last cells. */
export const Header = memo(function Header({ width, source, now, incident }: HeaderProps) {
  const band = useStyle('header.text');
  const muted = useStyle('text.muted');
  const left = ` WARROOM  ${incident ?? 'no active incident'}`;
  const right = `${source}  ${formatClock(now, false)} UTC `;
  const gap = Math.max(1, width - [...left].length - [...right].length);
  return (
    <Text {...band} wrap="truncate">
      {fit(left + ' '.repeat(gap), width - [...right].length)}
      <Text {...band} {...(incident ? {} : { color: muted.color })}>
        {right}
      </Text>
    </Text>
  );
}, sameHeader);
