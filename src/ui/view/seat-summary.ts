/** Footer segments for the seats: who is here, whether the hub is reachable, what is not yet shared. */
import type { Peer, SeatLink } from '../../seats/seat.js';
import type { Segment } from './feed-summary.js';

/** What the footer needs from a seat. */
export type SeatView = {
  readonly link: SeatLink;
  readonly peers: readonly Peer[];
  readonly readOnly: boolean;
};

function names(peers: readonly Peer[]): string {
  return peers.map((p) => `${p.name}${p.readOnly ? ' (ro)' : ''}`).join(', ');
}

/** Segments that need attention (first on the line) and who is here (after the feeds); nothing for a lone seat on a data dir. */
export function seatSegments({ link, peers, readOnly }: SeatView): {
  alerts: Segment[];
  presence: Segment[];
} {
  const alerts: Segment[] = [];
  const presence: Segment[] = [];
  if (readOnly) alerts.push({ text: '◉ read-only seat', token: 'text.accent' });
  if (link.mode === 'hub' && !link.connected) alerts.push({ text: `⚠ ${link.detail}`, token: 'feed.down' });
  else if (link.mode === 'hub' || peers.length > 1)
    presence.push({
      text: `⇄ ${peers.length} seat${peers.length === 1 ? '' : 's'}: ${names(peers)}`,
      token: 'feed.live',
    });
  if (link.unshared > 0) alerts.push({ text: `⇡ ${link.unshared} not yet shared`, token: 'sla.near' });
  return { alerts, presence };
}
