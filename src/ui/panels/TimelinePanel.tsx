/** The timeline: newest at the bottom, scrollable, filtered by kind. */
import { Text } from 'ink';
import { memo } from 'react';
import type { TimelineEntry } from '../../incident/timeline.js';
import type { TimelineFilter } from '../state.js';
import { T } from '../theme-context.js';
import { Frame } from './Frame.js';
import { fit, formatClock } from '../view/format.js';
import { timelineToken } from '../view/incident-view.js';

/** Props for the timeline panel. */
export type TimelinePanelProps = {
  readonly entries: readonly TimelineEntry[];
  readonly filter: TimelineFilter;
  readonly back: number;
  readonly focused: boolean;
  readonly width: number;
  readonly height: number;
};

/** Each line: time (UTC), who, what. */
export const TimelinePanel = memo(function TimelinePanel(p: TimelinePanelProps) {
  const inner = p.width - 4;
  const body = Math.max(1, p.height - 3);
  const end = Math.max(0, p.entries.length - p.back);
  const shown = p.entries.slice(Math.max(0, end - body), end);
  const position = p.back > 0 ? ` · ${p.back} newer below` : '';
  return (
    <Frame
      title={`Timeline · ${p.filter}${position}${p.focused ? '  (f kind, j/k scroll)' : ''}`}
      width={p.width}
      height={p.height}
      focused={p.focused}
    >
      {shown.length === 0 ? <T t="text.muted">{fit('nothing of this kind yet', inner)}</T> : null}
      {shown.map((e) => (
        <Text key={e.id} wrap="truncate">
          <T t="text.muted">{`${formatClock(e.at)} ${fit(e.by, 10)} `}</T>
          <T t={e.failed ? 'sla.near' : timelineToken(e.type)}>{fit(e.summary, Math.max(1, inner - 20))}</T>
        </Text>
      ))}
    </Frame>
  );
});
