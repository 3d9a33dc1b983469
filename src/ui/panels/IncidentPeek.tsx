/**
 * A few spare rows under the services table on a small screen: the checklist items still to do,
 * or the latest timeline lines once the stage's checklist is done. Tab opens the panel itself.
 */
import { Box, Text } from 'ink';
import { memo } from 'react';
import type { TimelineEntry } from '../../incident/timeline.js';
import { T } from '../theme-context.js';
import { fit, formatClock } from '../view/format.js';
import type { ChecklistRow } from '../view/incident-view.js';
import { timelineToken } from '../view/incident-view.js';

/** Props for the peek. */
export type IncidentPeekProps = {
  readonly stage: string;
  readonly rows: readonly ChecklistRow[];
  readonly entries: readonly TimelineEntry[];
  readonly width: number;
  readonly height: number;
};

/** A heading line, then as many lines as fit; no border, every row is content. */
export const IncidentPeek = memo(function IncidentPeek(p: IncidentPeekProps) {
  const items = p.rows.filter((r): r is Extract<ChecklistRow, { kind: 'item' }> => r.kind === 'item');
  const open = items.filter((r) => r.tick === null);
  const room = Math.max(0, p.height - 1);
  if (open.length > 0) {
    const done = items.length - open.length;
    return (
      <Box flexDirection="column" width={p.width} height={p.height}>
        <T t="text.strong">
          {fit(` Checklist · ${p.stage} ${done}/${items.length} done · Tab to tick`, p.width)}
        </T>
        {open.slice(0, room).map((r, i) => (
          <T key={`${r.checklist}/${r.item}`} t="text.normal">
            {fit(
              i === room - 1 && open.length > room ? ` [ ] … and ${open.length - i} more` : ` [ ] ${r.text}`,
              p.width,
            )}
          </T>
        ))}
      </Box>
    );
  }
  const shown = p.entries.slice(-room);
  return (
    <Box flexDirection="column" width={p.width} height={p.height}>
      <T t="text.strong">{fit(` Timeline · latest · Tab to scroll`, p.width)}</T>
      {shown.map((e) => (
        <Text key={e.id} wrap="truncate">
          <T t="text.muted">{` ${formatClock(e.at)} ${fit(e.by, 10)} `}</T>
          <T t={timelineToken(e.type)}>{fit(e.summary, Math.max(1, p.width - 21))}</T>
        </Text>
      ))}
    </Box>
  );
});
