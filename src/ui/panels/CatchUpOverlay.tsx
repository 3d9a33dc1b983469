/** The catch-up overlay: what happened since this seat joined or last looked, grouped. */
import { Box } from 'ink';
import type { CatchUpGroup } from '../../incident/catch-up.js';
import { T } from '../theme-context.js';
import { fit } from '../view/format.js';

/** Props for the catch-up overlay. */
export type CatchUpProps = {
  readonly width: number;
  readonly height: number;
  readonly groups: readonly CatchUpGroup[];
  readonly count: number;
};

/** Fills the main area; the newest lines of each group are kept when it does not all fit. */
export function CatchUpOverlay({ width, height, groups, count }: CatchUpProps) {
  const title =
    count === 0
      ? 'Catch-up — nothing new since you last looked (Esc or C closes)'
      : `Catch-up — ${count} event${count === 1 ? '' : 's'} since you joined or last looked (Esc or C closes)`;
  const rows: Array<{ key: string; text: string; heading: boolean }> = [];
  for (const g of groups) {
    rows.push({ key: `h${g.title}`, text: g.title, heading: true });
    g.lines.forEach((line, i) => {
      rows.push({ key: `${g.title}${i}`, text: `  ${line}`, heading: false });
    });
  }
  const room = Math.max(1, height - 3);
  const shown =
    rows.length > room
      ? [
          ...rows.slice(0, room - 1),
          { key: 'more', text: `  … ${rows.length - room + 1} more lines`, heading: false },
        ]
      : rows;
  return (
    <Box flexDirection="column" width={width} height={height} borderStyle="round" paddingX={1}>
      <T t="text.strong">{fit(title, width - 4)}</T>
      {shown.map((r) => (
        <T key={r.key} t={r.heading ? 'text.accent' : 'text.normal'}>
          {fit(r.text, width - 4)}
        </T>
      ))}
    </Box>
  );
}
