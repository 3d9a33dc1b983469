/** Wide layout only: recent deploys and health changes, newest at the bottom, in feed time. */
import { Text } from 'ink';
import { memo } from 'react';
import type { FeedEvent } from '../../feeds/store.js';
import { T } from '../theme-context.js';
import { Frame } from './Frame.js';
import { fit, formatClock } from '../view/format.js';

/** Props for the events panel. */
export type EventsPanelProps = {
  readonly events: readonly FeedEvent[];
  readonly width: number;
  readonly height: number;
};

/** A bordered list; deploys stand out because spikes are read against them. */
export const EventsPanel = memo(function EventsPanel({ events, width, height }: EventsPanelProps) {
  const inner = width - 4;
  const shown = events.slice(-Math.max(0, height - 3));
  return (
    <Frame title={'Feed events (feed time, UTC)'} width={width} height={height} focused={false}>
      {shown.length === 0 ? <T t="text.muted">no deploys or health changes yet</T> : null}
      {shown.map((e) => (
        <Text key={`${e.ts}-${e.service}-${e.kind}-${e.text}`} wrap="truncate">
          <T t="text.muted">{`${formatClock(e.ts)} `}</T>
          <T t={e.kind === 'deploy' ? 'deploy' : 'text.normal'}>
            {fit(`${e.kind === 'deploy' ? '↑' : '•'} ${e.service} ${e.text}`, inner - 9)}
          </T>
        </Text>
      ))}
    </Frame>
  );
});
