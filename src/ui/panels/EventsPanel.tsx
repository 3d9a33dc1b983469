/** Recent deploys and health changes, newest at the bottom, in feed time: beside or under the services. */
import { Text } from 'ink';
import { memo } from 'react';
import type { FeedEvent } from '../../feeds/store.js';
import { T } from '../theme-context.js';
import { Frame } from './Frame.js';
import { fit, formatAge, formatClock } from '../view/format.js';

/** Props for the events panel. */
export type EventsPanelProps = {
  readonly events: readonly FeedEvent[];
  readonly width: number;
  readonly height: number;
  /** The feed's clock, which the event times are in. */
  readonly feedNow?: number;
  /** The header's clock, to say how far the feed's is from it. */
  readonly now?: number;
  /** What the panel lists, for its title and its empty line; all feed events unless told. */
  readonly only?: 'deploys';
};

/** The panel title: which clock its times are in, and how far that is from the header's. */
export function eventsTitle(feedNow: number | undefined, now: number | undefined, what = 'Feed events'): string {
  if (!feedNow || now === undefined) return `${what} (feed clock, UTC)`;
  const gap = feedNow - now;
  if (Math.abs(gap) < 60_000) return `${what} (UTC, feed clock = header)`;
  return `${what} · feed clock ${formatAge(Math.abs(gap))} ${gap < 0 ? 'behind' : 'ahead'}`;
}

/** Whether two lists hold the same events (the caller slices the store's list at every repaint). */
export function sameEvents(a: readonly FeedEvent[], b: readonly FeedEvent[]): boolean {
  return a === b || (a.length === b.length && a.every((e, i) => e === b[i]));
}

// The clocks reach the screen only through the title, so a tick that leaves it as it was and a
// list sliced anew with the same events in it draw nothing new.
const samePanel = (a: EventsPanelProps, b: EventsPanelProps): boolean =>
  a.width === b.width &&
  a.height === b.height &&
  a.only === b.only &&
  eventsTitle(a.feedNow, a.now) === eventsTitle(b.feedNow, b.now) &&
  sameEvents(a.events, b.events);

/** A bordered list; deploys stand out because spikes are read against them. */
export const EventsPanel = memo(function EventsPanel({ events, width, height, feedNow, now, only }: EventsPanelProps) {
  const inner = width - 4;
  const listed = only === 'deploys' ? events.filter((e) => e.kind === 'deploy') : events;
  const shown = listed.slice(-Math.max(0, height - 3));
  const title = eventsTitle(feedNow, now, only === 'deploys' ? 'Deploys' : 'Feed events');
  return (
    <Frame title={title} width={width} height={height} focused={false}>
      {shown.length === 0 ? (
        <T t="text.muted">{only === 'deploys' ? 'no deploys yet' : 'no deploys or health changes yet'}</T>
      ) : null}
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
}, samePanel);
