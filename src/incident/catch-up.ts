/**
 * The catch-up digest: what happened since a seat joined or last looked, grouped the way someone
 * arriving at 3 a.m. asks — where it stands, who is on it, what was done, what was said.
 */
import type { IncidentEvent } from './events.js';
import type { Profile } from './profile-schema.js';
import { actorOf, outcomes, summarize } from './timeline.js';

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

/**
 * The digest of `events` from index `from` on (those since the last look); events in `lost`
 * changed nothing and say so. The whole log is read so a delivery is judged as the timeline
 * judges it (outcomes): a try that will be retried is skipped, an old journal's counted.
 */
export function catchUp(
  events: readonly IncidentEvent[],
  profile: Profile,
  lost: ReadonlySet<string> = new Set(),
  from = 0,
): CatchUpGroup[] {
  const since = new Set(events.slice(from));
  const listed = outcomes(events).filter((o) => since.has(o.event));
  return GROUPS.map((g) => ({
    title: g.title,
    lines: listed
      .filter(({ event }) => g.types.includes(event.type))
      .map(
        ({ event: e, earlierTries }) =>
          `${hhmm(e.at)} ${actorOf(e)}: ${summarize(e, profile, earlierTries)}${lost.has(e.id) ? ' (not applied: another seat was first)' : ''}`,
      ),
  })).filter((g) => g.lines.length > 0);
}
