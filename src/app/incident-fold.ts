/**
 * The incident as this seat holds it: its events in the order every seat agrees on, and their
 * fold. An event placed before others already folded refolds only from its place (a snapshot of
 * the state before each event is kept); an event that loses a race changes nothing and is noted.
 */
import { type Conflict, conflictOf } from '../incident/conflicts.js';
import type { IncidentEvent } from '../incident/events.js';
import { reduce } from '../incident/reducer.js';
import { EMPTY_INCIDENT, type IncidentState } from '../incident/state.js';
import { OrderedEvents } from '../seats/ordered.js';
import type { Placed } from '../seats/seat.js';

/** What the fold tells its owner as it goes. */
export type FoldHooks = {
  /** An event changed nothing because another came first. */
  lost(event: IncidentEvent, conflict: Conflict): void;
  /** The declaration is folded (again, on a refold). */
  declared(event: Extract<IncidentEvent, { type: 'incident/declared' }>): void;
};

/** Ordered, de-duplicated events and the state they fold to. */
export class IncidentFold {
  events: IncidentEvent[] = [];
  state: IncidentState = EMPTY_INCIDENT;
  /** Events that changed nothing because another seat got there first. */
  readonly lost = new Map<string, Conflict>();
  private ordered = new OrderedEvents();
  /** snapshots[i] is the fold of the first i events. */
  private snapshots: IncidentState[] = [EMPTY_INCIDENT];

  constructor(private readonly hooks: FoldHooks) {}

  /** Starts again from these events. */
  reset(events: readonly Placed[]): void {
    this.ordered = new OrderedEvents();
    this.snapshots = [EMPTY_INCIDENT];
    this.lost.clear();
    for (const p of events) this.ordered.add(p);
    this.refold(0);
  }

  /** Adds an event or gives a known one its place; true when the incident changed. */
  add(placed: Placed): boolean {
    const result = this.ordered.add(placed);
    if (result.kind === 'known') return false;
    if (result.kind === 'reordered') this.refold(result.from);
    else {
      this.events.push(placed.event);
      this.step(placed.event);
    }
    return true;
  }

  private refold(from: number): void {
    this.events = this.ordered.events();
    this.snapshots.length = Math.min(this.snapshots.length, from + 1);
    this.state = this.snapshots[from] ?? EMPTY_INCIDENT;
    for (const e of this.events.slice(from)) {
      this.lost.delete(e.id);
      this.step(e);
    }
  }

  private step(event: IncidentEvent): void {
    const conflict =
      this.state.declared || event.type === 'incident/declared' ? conflictOf(this.state, event) : null;
    if (conflict) {
      this.lost.set(event.id, conflict);
      this.hooks.lost(event, conflict);
    }
    if (!this.state.declared && event.type === 'incident/declared') this.hooks.declared(event);
    this.state = reduce(this.state, event);
    this.snapshots.push(this.state);
  }
}
