/** Footer segments for the seats: who is here, whether the hub is reachable, what is not yet shared. */
import type { Peer, SeatLink } from '../../seats/seat.js';
import type { Segment } from './feed-summary.js';

/** What the footer needs from a seat. */
export type SeatView = { readonly link: SeatLink; readonly peers: readonly Peer[]; readonly readOnly: boolean };

function names(peers: readonly Peer[]): string {
  return peers.map((p) => `${p.name}${p.readOnly ? ' (ro)' : ''}`).join(', ');
}

/** The segments; nothing at all for a lone seat on a data dir. */
export function seatSegments({ link, peers, readOnly }: SeatView): Segment[] {
  const out: Segment[] = [];
  if (readOnly) out.push({ text: '◉ read-only seat', token: 'text.accent' });
  if (link.mode === 'hub' && !link.connected) out.push({ text: `⚠ ${link.detail}`, token: 'feed.down' });
  else if (link.mode === 'hub' || peers.length > 1)
    out.push({ text: `⇄ ${peers.length} seat${peers.length === 1 ? '' : 's'}: ${names(peers)}`, token: 'feed.live' });
  if (link.unshared > 0) out.push({ text: `⇡ ${link.unshared} not yet shared`, token: 'sla.near' });
  return out;
}
