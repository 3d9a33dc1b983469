/**
 * The catch-up digest: what happened since a seat joined or last looked, grouped the way someone
 * arriving at 3 a.m. asks — where it stands, who is on it, what was done, what was said.
 */
import type { IncidentEvent } from './events.js';
import type { Profile } from './profile-schema.js';
import { actorOf, summarize } from './timeline.js';

/** One group of the digest. */
export type CatchUpGroup = { readonly title: string; readonly lines: readonly string[] };

const GROUPS: ReadonlyArray<{ title: string; types: ReadonlyArray<IncidentEvent['type']> }> = [
  {
    title: 'Severity and status',
    types: [
      'incident/declared',
      'severity/changed',
      'status/changed',
      'incident/resolved',
      'incident/reopened',
      'incident/closed',
    ],
  },
  { title: 'People', types: ['incident/acknowledged', 'role/assigned', 'role/cleared'] },
  { title: 'Checklist', types: ['checklist/ticked', 'checklist/unticked'] },
  {
    title: 'Updates and notes',
    types: ['update/posted', 'update/delivered', 'note/added', 'postmortem/done'],
  },
  { title: 'Commands, webhooks, deadlines', types: ['command/ran', 'webhook/fired', 'clock/breached'] },
];

const hhmm = (at: number) => new Date(at).toISOString().slice(11, 16);

/** The digest of `events` (those since the last look); events in `lost` changed nothing and say so. */
export function catchUp(
  events: readonly IncidentEvent[],
  profile: Profile,
  lost: ReadonlySet<string> = new Set(),
): CatchUpGroup[] {
  return GROUPS.map((g) => ({
    title: g.title,
    lines: events
      // A delivery try that will be retried is not an outcome: the digest, like the timeline, skips it.
      .filter((e) => g.types.includes(e.type) && !(e.type === 'update/delivered' && e.delivery.parked === false))
      .map(
        (e) =>
          `${hhmm(e.at)} ${actorOf(e)}: ${summarize(e, profile)}${lost.has(e.id) ? ' (not applied: another seat was first)' : ''}`,
      ),
  })).filter((g) => g.lines.length > 0);
}
