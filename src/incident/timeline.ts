/** The timeline: one human line per event, derived from the log. */
import { DEFAULT_MAX_ATTEMPTS, type EventOf, type IncidentEvent } from './events.js';
import { withoutInnerTries } from '../text/inner-tries.js';
import type { Profile } from './profile-schema.js';

/** One row of the timeline. */
export type TimelineEntry = {
  readonly id: string;
  readonly at: number;
  readonly by: string;
  readonly type: IncidentEvent['type'];
  readonly summary: string;
  /** Something did not happen as asked (a delivery failed): never drawn as a success. */
  readonly failed?: true;
};

function roleName(profile: Profile | undefined, id: string): string {
  return profile?.roles.find((r) => r.id === id)?.name ?? id;
}

function itemText(profile: Profile | undefined, checklist: string, item: string): string {
  const text = profile?.checklists.find((c) => c.id === checklist)?.items.find((i) => i.id === item)?.text;
  return text ? `"${text}"` : `${checklist}/${item}`;
}

function firstLine(text: string, max = 80): string {
  const line = text.split('\n', 1)[0] ?? '';
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

const CLOCK_NAMES: Readonly<Record<string, string>> = {
  ack: 'acknowledge',
  commander: 'commander assigned',
  mitigation: 'mitigate',
  update: 'next status update',
  watch: 'resolution watch',
  postmortem: 'post-mortem review',
  'postmortem-document': 'post-mortem document',
};

/** A clock id as people say it: "next status update", "escalation: on-call lead". */
function clockName(id: string): string {
  if (id.startsWith('escalation:'))
    return `escalation (${id.slice('escalation:'.length).replaceAll('-', ' ')})`;
  return CLOCK_NAMES[id] ?? id;
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Who a timeline line names: the clock for a missed deadline (whichever seat wrote it down), else the author. */
export function actorOf(e: IncidentEvent): string {
  return e.type === 'clock/breached' ? 'clock' : e.by;
}

/**
 * A one-line description of an event; the profile, when given, turns ids into names, and
 * `earlierTries` (update/delivered only) counts the tries before this one to that target.
 */
export function summarize(e: IncidentEvent, profile?: Profile, earlierTries = 0): string {
  switch (e.type) {
    case 'incident/declared':
      return `${e.drill ? 'Drill declared' : 'Declared'} ${e.severity}: ${e.title}`;
    case 'incident/acknowledged':
      return `Acknowledged by ${e.by}`;
    case 'severity/changed':
      return `Severity ${e.from} → ${e.to}: ${e.reason}`;
    case 'status/changed':
      return `Status: ${e.to}`;
    case 'role/assigned':
      return `${roleName(profile, e.role)}: ${e.who}`;
    case 'role/cleared':
      return `${roleName(profile, e.role)} cleared`;
    case 'checklist/ticked':
      return `Ticked ${itemText(profile, e.checklist, e.item)}`;
    case 'checklist/unticked':
      return `Unticked ${itemText(profile, e.checklist, e.item)}`;
    case 'note/added':
      return `Note: ${firstLine(e.text)}`;
    case 'update/posted': {
      const failed = e.deliveries.filter((d) => !d.ok).map((d) => d.target);
      if (e.targets.length === 1 && e.targets[0] === 'drill-outbox')
        return 'Drill update written to the drill outbox file (nothing sent)';
      const where =
        e.targets.length > 0 ? ` to ${e.targets.join(', ')}` : ' (timeline only; no delivery targets)';
      return `Update posted${where}${failed.length > 0 ? `; not delivered to ${failed.join(', ')}` : ''}`;
    }
    case 'update/delivered':
      return deliveryLine(e, earlierTries);
    case 'command/ran': {
      const outcome = e.dryRun ? 'dry run' : e.exitCode === null ? 'killed' : `exit ${e.exitCode}`;
      return `Ran ${e.argv.join(' ')} (${outcome}, ${Math.round(e.durationMs / 100) / 10} s)`;
    }
    case 'webhook/fired':
      return `Webhook ${e.webhook}${e.dryRun ? ' (dry run)' : e.ok ? ' sent' : ' failed'}${e.httpStatus ? ` [${e.httpStatus}]` : ''}`;
    case 'clock/breached':
      return `${capitalized(clockName(e.clock))} deadline missed`;
    case 'incident/resolved':
      return `Resolved${e.override ? ` early (override: ${e.override})` : ''}${e.summary ? `: ${firstLine(e.summary)}` : ''}`;
    case 'incident/reopened':
      return `Reopened: ${e.reason}`;
    case 'incident/closed':
      return 'Closed';
    case 'postmortem/done':
      return `Post-mortem done${e.link ? `: ${e.link}` : ''}`;
    default: {
      const _never: never = e;
      return _never;
    }
  }
}

/**
 * Whether a failed send is an outcome (parked for a person, or refused) rather than one try of
 * several; journals from before the `parked` field are read by counting tries.
 */
export function isParked(e: EventOf<'update/delivered'>, earlierTries: number): boolean {
  const d = e.delivery;
  if (d.ok || d.outcome === 'dropped') return false;
  return d.parked ?? (d.outcome === 'rejected' || earlierTries + 1 >= DEFAULT_MAX_ATTEMPTS);
}

function deliveryLine(e: EventOf<'update/delivered'>, earlierTries: number): string {
  const d = e.delivery;
  const attempts = d.attempt ?? earlierTries + 1;
  const after = attempts > 1 ? ` after ${attempts} attempts` : '';
  if (d.ok) return `Update delivered to ${d.target}${after}`;
  if (d.outcome === 'dropped') return `Delivery to ${d.target} dropped by ${e.by}`;
  // The line counts whole sends; the HTTP layer's own "(3 attempts)" within one would read as another count.
  const reason = firstLine(withoutInnerTries(d.detail ?? 'no detail'), 60);
  // Records skip such a try (see outcomes); summarize() alone still words it. An old journal's has no number.
  if (!isParked(e, earlierTries))
    return `Delivery to ${d.target} failed${d.attempt ? ` (attempt ${d.attempt}, retrying)` : ''}: ${reason}`;
  const verb = d.outcome === 'rejected' ? 'refused' : d.outcome === 'unknown' ? 'outcome unknown' : 'failed';
  return `Delivery to ${d.target} ${verb}${after}: ${reason}; waiting in the outbox (m)`;
}

/** One event a record lists, with how many failed tries of the same delivery came before it. */
export type Outcome<E extends IncidentEvent> = { readonly event: E; readonly earlierTries: number };

/**
 * The events a record lists (the timeline, exports, the drill report), oldest first: every event,
 * except a delivery try that will be retried, which is one try of several and not an outcome.
 * Journals from before `parked` are read by counting tries, so each event carries that count.
 */
export function outcomes<E extends IncidentEvent>(events: readonly E[]): Outcome<E>[] {
  const tries = new Map<string, number>();
  const out: Outcome<E>[] = [];
  for (const e of events) {
    let earlier = 0;
    const ev: IncidentEvent = e;
    if (ev.type === 'update/delivered') {
      const d = ev.delivery;
      const key = `${ev.update}\u0000${d.target}`;
      earlier = tries.get(key) ?? 0;
      tries.set(key, d.ok ? 0 : earlier + 1);
      if (!d.ok && d.outcome !== 'dropped' && !isParked(ev, earlier)) continue;
    }
    out.push({ event: e, earlierTries: earlier });
  }
  return out;
}

/**
 * The timeline of a log, oldest first: one line per event, except that a delivery gets one line
 * per outcome (delivered, parked as failed, dropped), not one per try.
 */
export function timeline(events: readonly IncidentEvent[], profile?: Profile): TimelineEntry[] {
  return outcomes(events).map(({ event: e, earlierTries }) => ({
    id: e.id,
    at: e.at,
    by: actorOf(e),
    type: e.type,
    summary: summarize(e, profile, earlierTries),
    ...(e.type === 'update/delivered' && !e.delivery.ok ? { failed: true as const } : {}),
  }));
}
