/**
 * The live incident, outside React: events are journalled (append + fsync) before they are
 * applied, so anything the screen shows as done is already on disk. Listeners hear of changes.
 */
import { newBreaches } from '../incident/clocks.js';
import type { IncidentEvent } from '../incident/events.js';
import { newEventId } from '../incident/events.js';
import { createJournal, type Journal, openJournal } from '../incident/journal.js';
import { readJournal } from '../incident/journal-read.js';
import type { Profile } from '../incident/profile-schema.js';
import { fold, reduce } from '../incident/reducer.js';
import { EMPTY_INCIDENT, type IncidentState } from '../incident/state.js';

type Body<E> = E extends IncidentEvent ? Omit<E, 'id' | 'at' | 'by'> : never;
/** An event as the UI asks for it: id, time and actor are filled in here. */
export type EventBody = Body<IncidentEvent>;

/** Options for a session. */
export type SessionOptions = {
  readonly dir: string;
  readonly profile: Profile;
  readonly user: () => string;
  readonly clock: () => number;
  readonly drill?: boolean;
  /** In a drill, the wall clock: each event also records the wall time it was written (`wall`). */
  readonly wallClock?: () => number;
};

/** One incident being worked on (or none yet). */
export class IncidentSession {
  events: IncidentEvent[] = [];
  state: IncidentState = EMPTY_INCIDENT;
  /** Problems found when the journal was read back (a torn last line, say). */
  warnings: string[] = [];
  private journal: Journal | undefined;
  private version = 0;
  private readonly listeners = new Set<() => void>();

  constructor(readonly options: SessionOptions) {}

  /** Declares a new incident and opens its journal. */
  declare(title: string, severity: string): void {
    if (this.state.declared && this.state.status !== 'resolved')
      throw new Error('an incident is already open');
    this.journal?.close();
    const at = this.options.clock();
    this.journal = createJournal(this.options.dir, at);
    this.events = [];
    this.state = EMPTY_INCIDENT;
    this.record(
      {
        type: 'incident/declared',
        incident: this.journal.id,
        title,
        severity,
        ...(this.options.drill ? { drill: true } : {}),
      },
      at,
    );
  }

  /** Takes up an incident from its journal on disk. */
  resume(id: string, path: string): void {
    const read = readJournal(path);
    this.journal?.close();
    this.journal = openJournal(this.options.dir, id);
    this.events = [...read.events];
    this.state = fold(this.events);
    this.warnings = [...read.warnings, ...(this.journal.repaired ? [this.journal.repaired] : [])];
    this.changed();
  }

  /** Journals one event (fsynced), then applies it. Returns the event written. */
  record(body: EventBody, at = this.options.clock()): IncidentEvent {
    if (!this.journal) throw new Error('no incident is open');
    const wall = this.options.wallClock?.();
    const event = {
      ...body,
      id: newEventId(),
      at,
      by: this.options.user(),
      ...(wall !== undefined ? { wall } : {}),
    } as IncidentEvent;
    this.journal.append(event);
    this.events.push(event);
    this.state = reduce(this.state, event);
    this.changed();
    return event;
  }

  /** Writes each clock that has breached since the last look, once. */
  recordBreaches(now = this.options.clock()): number {
    if (!this.state.declared || !this.journal) return 0;
    const breached = newBreaches(this.state, this.options.profile, now);
    for (const clock of breached) {
      if (clock.dueAt !== null)
        this.record({ type: 'clock/breached', clock: clock.id, dueAt: clock.dueAt }, now);
    }
    return breached.length;
  }

  /** True when there is an incident to act on. */
  get active(): boolean {
    return this.state.declared && this.state.closedAt === null;
  }

  getVersion(): number {
    return this.version;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Closes the journal file. */
  close(): void {
    this.journal?.close();
    this.journal = undefined;
  }

  private changed(): void {
    this.version += 1;
    for (const l of this.listeners) l();
  }
}
