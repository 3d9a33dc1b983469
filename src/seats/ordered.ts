/**
 * The incident's events in the one order every seat agrees on: by place in the shared log
 * (a byte offset in a shared journal, a stream sequence on the hub), then events not yet placed
 * in the order this seat learnt of them. Each event id is kept once.
 */
import type { IncidentEvent } from '../incident/events.js';
import type { Placed } from './seat.js';

type Entry = { event: IncidentEvent; seq: number | null; n: number };

/** How adding an event changed the order, and from which position the order changed. */
export type AddResult =
  | { readonly kind: 'appended' | 'reordered'; readonly from: number }
  | { readonly kind: 'known' };

function before(a: Entry, b: Entry): boolean {
  if (a.seq !== null && b.seq !== null) return a.seq < b.seq;
  if (a.seq !== null) return true;
  if (b.seq !== null) return false;
  return a.n < b.n;
}

/** An ordered, de-duplicated list of placed events. */
export class OrderedEvents {
  private entries: Entry[] = [];
  private readonly byId = new Map<string, Entry>();
  private counter = 0;

  /** Adds an event or gives a known one its place. */
  add(placed: Placed): AddResult {
    const known = this.byId.get(placed.event.id);
    if (known) {
      if (known.seq !== null || placed.seq === null) return { kind: 'known' };
      known.seq = placed.seq;
      const i = this.entries.lastIndexOf(known);
      this.entries.splice(i, 1);
      const j = this.insert(known);
      return j === i ? { kind: 'known' } : { kind: 'reordered', from: Math.min(i, j) };
    }
    const entry: Entry = { event: placed.event, seq: placed.seq, n: this.counter++ };
    this.byId.set(entry.event.id, entry);
    const at = this.insert(entry);
    return { kind: at === this.entries.length - 1 ? 'appended' : 'reordered', from: at };
  }

  /** True when an event with this id is held. */
  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** The events, in order. */
  events(): IncidentEvent[] {
    return this.entries.map((e) => e.event);
  }

  private insert(entry: Entry): number {
    let i = this.entries.length;
    while (i > 0 && before(entry, this.entries[i - 1] as Entry)) i -= 1;
    this.entries.splice(i, 0, entry);
    return i;
  }
}
