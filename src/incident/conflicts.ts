/**
 * When two seats act on the same thing at once, the event that comes first in the incident's
 * order wins and the other changes nothing. Every seat folds the same order, so every seat picks
 * the same winner; the loser is told who got there first.
 */
import type { IncidentEvent } from './events.js';
import { breachKey, type IncidentState, tickKey } from './state.js';

/** Event types that can lose to another seat's event; the others always apply. */
export const CONFLICTING_TYPES: ReadonlySet<IncidentEvent['type']> = new Set([
  'incident/declared',
  'incident/acknowledged',
  'checklist/ticked',
  'severity/changed',
  'incident/resolved',
  'clock/breached',
]);

/** Who got there first, and when. */
export type Conflict = { readonly by: string; readonly at: number; readonly what: string };

/** The conflict that makes `event` change nothing in `state`, or null when it applies. */
export function conflictOf(state: IncidentState, event: IncidentEvent): Conflict | null {
  switch (event.type) {
    case 'incident/declared':
      return state.declared && state.id === event.incident
        ? { by: state.declaredBy, at: state.declaredAt, what: 'declared it' }
        : null;
    case 'incident/acknowledged':
      return state.acknowledgedAt !== null
        ? { by: state.acknowledgedBy ?? '?', at: state.acknowledgedAt, what: 'acknowledged it' }
        : null;
    case 'checklist/ticked': {
      const tick = state.ticks[tickKey(event.checklist, event.item)];
      return tick ? { by: tick.by, at: tick.at, what: 'ticked it' } : null;
    }
    case 'severity/changed': {
      if (event.from === state.severity) return null;
      const last = state.severityHistory.at(-1);
      return {
        by: last?.by ?? state.declaredBy,
        at: last?.at ?? state.declaredAt,
        what: `changed severity to ${state.severity}`,
      };
    }
    case 'incident/resolved':
      return state.status === 'resolved' && state.resolvedAt !== null
        ? { by: state.resolvedBy ?? '?', at: state.resolvedAt, what: 'resolved it' }
        : null;
    case 'clock/breached': {
      // Every seat watches the clocks; the first to write a breach records it for all.
      const at = state.breaches[breachKey(event.clock, event.dueAt)];
      return at === undefined ? null : { by: 'another seat', at, what: 'recorded it' };
    }
    default:
      return null;
  }
}
