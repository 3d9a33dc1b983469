/**
 * The incident record: what the runbooks' incident template asks for (id, severity, title, the
 * key times, impact, roles, timeline, action items, durations), derived from the event log.
 */
import { checklistsFor } from '../incident/checklists.js';
import type { IncidentEvent } from '../incident/events.js';
import type { Profile } from '../incident/profile-schema.js';
import { fold } from '../incident/reducer.js';
import { tickKey } from '../incident/state.js';
import { actorOf, outcomes, summarize } from '../incident/timeline.js';
import { formatSpan } from '../drill/score-values.js';

/** One timeline line of the record. */
export type RecordEntry = { readonly time: string; readonly actor: string; readonly what: string };

/** Spans between the key moments, in ms; null where a moment is missing. */
export type RecordDurations = {
  readonly time_to_detect: number | null;
  readonly time_to_acknowledge: number | null;
  readonly time_to_mitigate: number | null;
  readonly time_to_resolve: number | null;
};

/** The incident record. */
export type IncidentRecord = {
  readonly id: string;
  readonly drill: boolean;
  readonly title: string;
  readonly severity: { readonly id: string; readonly label: string };
  readonly status: string;
  readonly started: string | null;
  readonly detected: string;
  readonly acknowledged: string | null;
  readonly mitigated: string | null;
  readonly resolved: string | null;
  readonly impact: string[];
  readonly roles: { readonly role: string; readonly who: string }[];
  readonly timeline: RecordEntry[];
  readonly action_items: string[];
  readonly durations: RecordDurations;
};

const ACTION = /^\s*(?:todo|action)\s*[:-]?\s+/i;
const IMPACT = /^\s*impact\s*:\s*/i;

/** An epoch ms as UTC ISO-8601, or null. */
export const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

/** "13m 00s", or "unknown" for a missing span. */
export const spanText = (ms: number | null): string => (ms === null ? 'unknown' : formatSpan(ms));

const notes = (events: readonly IncidentEvent[]): string[] =>
  events.flatMap((e) => (e.type === 'note/added' ? [e.text] : []));

/** Notes that begin "TODO" or "action:", then unticked items of the after-incident checklists. */
export function actionItems(events: readonly IncidentEvent[], profile: Profile): string[] {
  const s = fold(events);
  const fromNotes = notes(events).flatMap((t) => (ACTION.test(t) ? [t.replace(ACTION, '').trim()] : []));
  const open = checklistsFor(profile, 'after').flatMap((l) =>
    l.items.filter((i) => !s.ticks[tickKey(l.id, i.id)]).map((i) => i.text),
  );
  return [...fromNotes, ...open];
}

/** Builds the record; `startedAt` is when the impact began, when known (else time to detect is unknown). */
export function buildRecord(
  events: readonly IncidentEvent[],
  profile: Profile,
  startedAt?: number,
): IncidentRecord {
  const s = fold(events);
  const sev = profile.severities.find((x) => x.id === s.severity);
  const firstMitigated =
    events.find(
      (e) => (e.type === 'status/changed' && e.to === 'monitoring') || e.type === 'incident/resolved',
    )?.at ?? null;
  const since = (a: number | null, b: number | null): number | null =>
    a === null || b === null ? null : a - b;
  const start = startedAt ?? null;
  return {
    id: s.id,
    drill: s.drill,
    title: s.title,
    severity: { id: s.severity, label: sev?.label ?? s.severity },
    status: s.status,
    started: iso(start),
    detected: iso(s.declaredAt) ?? '',
    acknowledged: iso(s.acknowledgedAt),
    mitigated: iso(firstMitigated),
    resolved: iso(s.resolvedAt),
    impact: notes(events).flatMap((t) => (IMPACT.test(t) ? [t.replace(IMPACT, '').trim()] : [])),
    roles: Object.entries(s.roles).map(([id, h]) => ({
      role: profile.roles.find((r) => r.id === id)?.name ?? id,
      who: h.who,
    })),
    // The timeline's rule: one line per delivery outcome, not one per try that will be retried.
    timeline: outcomes(events).map(({ event: e, earlierTries }) => ({
      time: iso(e.at) ?? '',
      // A missed deadline is the clock's, not the seat's that happened to write it down.
      actor: actorOf(e),
      // The export keeps a note whole; the panel's summary cuts it to one line.
      what: e.type === 'note/added' ? `Note: ${e.text}` : summarize(e, profile, earlierTries),
    })),
    action_items: actionItems(events, profile),
    durations: {
      time_to_detect: since(s.declaredAt, start),
      time_to_acknowledge: since(s.acknowledgedAt, s.declaredAt),
      time_to_mitigate: since(firstMitigated, s.declaredAt),
      time_to_resolve: since(s.resolvedAt, start ?? s.declaredAt),
    },
  };
}
