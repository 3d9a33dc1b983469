/** The pure incident reducer: state in, event in, state out. Time comes from the event, never the clock. */
import { conflictOf } from './conflicts.js';
import type { IncidentEvent } from './events.js';
import { breachKey, EMPTY_INCIDENT, type IncidentState, tickKey } from './state.js';

function without<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  const copy = { ...record };
  delete copy[key];
  return copy;
}

function apply(s: IncidentState, e: IncidentEvent): IncidentState {
  switch (e.type) {
    case 'incident/declared':
      return {
        ...EMPTY_INCIDENT,
        declared: true,
        id: e.incident,
        title: e.title,
        drill: e.drill ?? false,
        severity: e.severity,
        severitySince: e.at,
        statusSince: e.at,
        declaredAt: e.at,
        declaredBy: e.by,
      };
    case 'incident/acknowledged':
      return s.acknowledgedAt === null ? { ...s, acknowledgedAt: e.at, acknowledgedBy: e.by } : s;
    case 'severity/changed':
      return {
        ...s,
        severity: e.to,
        severitySince: e.at,
        severityHistory: [...s.severityHistory, { from: e.from, to: e.to, at: e.at, by: e.by, reason: e.reason }],
      };
    case 'status/changed': {
      const monitoring = e.to === 'monitoring';
      return {
        ...s,
        status: e.to,
        statusSince: e.at,
        monitoringSince: monitoring ? (s.status === 'monitoring' ? s.monitoringSince : e.at) : null,
        mitigatedAt: monitoring ? (s.mitigatedAt ?? e.at) : s.mitigatedAt,
        // Moving a resolved incident back to work is a reopen in all but name.
        resolvedAt: null,
        resolvedBy: null,
        resolveOverride: null,
        closedAt: null,
      };
    }
    case 'role/assigned':
      return { ...s, roles: { ...s.roles, [e.role]: { who: e.who, at: e.at, by: e.by } } };
    case 'role/cleared':
      return { ...s, roles: without(s.roles, e.role) };
    case 'checklist/ticked':
      return { ...s, ticks: { ...s.ticks, [tickKey(e.checklist, e.item)]: { at: e.at, by: e.by } } };
    case 'checklist/unticked':
      return { ...s, ticks: without(s.ticks, tickKey(e.checklist, e.item)) };
    case 'note/added':
      return s;
    case 'update/posted': {
      const pending = e.targets.filter((t) => !e.deliveries.some((d) => d.target === t && d.ok));
      const update = { id: e.id, at: e.at, text: e.text, pending, ...(e.template ? { template: e.template } : {}) };
      return { ...s, lastUpdateAt: e.at, nextUpdateAt: e.nextUpdateAt ?? null, updates: [...s.updates, update] };
    }
    case 'update/delivered':
      if (!e.delivery.ok && e.delivery.outcome !== 'dropped') return s;
      return {
        ...s,
        updates: s.updates.map((u) =>
          u.id === e.update ? { ...u, pending: u.pending.filter((t) => t !== e.delivery.target) } : u,
        ),
      };
    case 'command/ran':
    case 'webhook/fired':
      return s;
    case 'clock/breached': {
      const key = breachKey(e.clock, e.dueAt);
      return key in s.breaches ? s : { ...s, breaches: { ...s.breaches, [key]: e.at } };
    }
    case 'incident/resolved':
      return {
        ...s,
        status: 'resolved',
        statusSince: e.at,
        mitigatedAt: s.mitigatedAt ?? e.at,
        monitoringSince: null,
        resolvedAt: e.at,
        resolvedBy: e.by,
        resolveOverride: e.override ?? null,
      };
    case 'incident/reopened':
      return {
        ...s,
        status: 'investigating',
        statusSince: e.at,
        mitigatedAt: null,
        monitoringSince: null,
        resolvedAt: null,
        resolvedBy: null,
        resolveOverride: null,
        closedAt: null,
        postmortemDoneAt: null,
        reopenCount: s.reopenCount + 1,
      };
    case 'incident/closed':
      return { ...s, closedAt: e.at };
    case 'postmortem/done':
      return { ...s, postmortemDoneAt: e.at };
    default: {
      const _never: never = e;
      return _never;
    }
  }
}

/** Applies one event; events before a declaration are ignored because there is no incident yet. */
export function reduce(state: IncidentState, event: IncidentEvent): IncidentState {
  if (!state.declared && event.type !== 'incident/declared') return state;
  // Two seats acting on one thing at once: the first in order wins, the other changes nothing.
  const next = conflictOf(state, event) ? state : apply(state, event);
  return { ...next, lastEventAt: Math.max(state.lastEventAt, event.at), eventCount: state.eventCount + 1 };
}

/** The incident state after all of `events`, in order. */
export function fold(events: readonly IncidentEvent[]): IncidentState {
  // An event journalled twice (a retried share, two seats on one data dir) counts once.
  const seen = new Set<string>();
  let state = EMPTY_INCIDENT;
  for (const e of events) {
    if (seen.has(e.id)) continue;
    seen.add(e.id);
    state = reduce(state, e);
  }
  return state;
}

/** True while the incident is declared and not closed. */
export function isOpen(state: IncidentState): boolean {
  return state.declared && state.closedAt === null;
}
