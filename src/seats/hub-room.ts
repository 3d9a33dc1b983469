/** What a hub seat has read from the room's stream: each incident's events in stream order, and which are open. */
import type { IncidentEvent } from '../incident/events.js';
import { reduce } from '../incident/reducer.js';
import { EMPTY_INCIDENT, type IncidentState } from '../incident/state.js';
import type { Placed } from './seat.js';

type Known = { placed: Placed[]; ids: Set<string>; state: IncidentState; lastSeq: number };

/** The room's incidents as the stream holds them. */
export class RoomLog {
  /** The last stream sequence read, to resume reading after a reconnect. */
  lastSeq = 0;
  private readonly incidents = new Map<string, Known>();

  /** Records an event at stream sequence `seq`; false when its id was already there. */
  add(incident: string, event: IncidentEvent, seq: number): boolean {
    const known = this.incidents.get(incident) ?? {
      placed: [],
      ids: new Set(),
      state: EMPTY_INCIDENT,
      lastSeq: 0,
    };
    this.incidents.set(incident, known);
    known.lastSeq = Math.max(known.lastSeq, seq);
    if (known.ids.has(event.id)) return false;
    known.ids.add(event.id);
    let i = known.placed.length;
    while (i > 0 && (known.placed[i - 1]?.seq ?? 0) > seq) i -= 1;
    known.placed.splice(i, 0, { event, seq });
    known.state =
      i === known.placed.length - 1
        ? reduce(known.state, event)
        : known.placed.reduce((s, p) => reduce(s, p.event), EMPTY_INCIDENT);
    return true;
  }

  /** True when the stream holds this event. */
  has(incident: string, eventId: string): boolean {
    return this.incidents.get(incident)?.ids.has(eventId) ?? false;
  }

  /** True when the stream holds anything for this incident id. */
  known(incident: string): boolean {
    return this.incidents.has(incident);
  }

  /** The incident's events in stream order. */
  events(incident: string): readonly Placed[] {
    return this.incidents.get(incident)?.placed ?? [];
  }

  /** The last sequence on the incident's subject, for compare-and-set publishing. */
  subjectSeq(incident: string): number {
    return this.incidents.get(incident)?.lastSeq ?? 0;
  }

  /** The newest incident still being worked on (declared, not resolved, not closed), other than `except`. */
  openIncident(except?: string): { id: string; by: string } | undefined {
    let best: { id: string; by: string; at: number } | undefined;
    for (const [id, k] of this.incidents) {
      if (id === except) continue;
      const s = k.state;
      if (!s.declared || s.closedAt !== null || s.status === 'resolved') continue;
      if (!best || s.declaredAt > best.at) best = { id, by: s.declaredBy, at: s.declaredAt };
    }
    return best && { id: best.id, by: best.by };
  }
}
