/**
 * The live incident, outside React: events are journalled (append + fsync) before they are
 * applied, so anything the screen shows as done is already on disk. Other seats' events arrive
 * through the seat and are folded in the order every seat agrees on. Listeners hear of changes.
 */
import { newBreaches } from '../incident/clocks.js';
import type { Conflict } from '../incident/conflicts.js';
import type { IncidentEvent } from '../incident/events.js';
import { newEventId } from '../incident/events.js';
import { profileHash } from '../incident/profile-hash.js';
import { type Profile, profileSchema } from '../incident/profile-schema.js';
import type { IncidentState } from '../incident/state.js';
import { makeSeat } from '../seats/make-seat.js';
import type { Placed, Seat } from '../seats/seat.js';
import { formatAge } from '../ui/view/format.js';
import { IncidentFold } from './incident-fold.js';
import { escapeControlsDeep } from '../text/controls.js';

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
  /** How events travel between seats; a seat on `dir` when not given. */
  readonly seat?: Seat;
  /** Shows everything and acts on nothing. */
  readonly readOnly?: boolean;
  /** In a drill, the wall clock: each event also records the wall time it was written (`wall`). */
  readonly wallClock?: () => number;
};

/** A message for the screen from something another seat did. */
export type SessionNotice = { readonly text: string; readonly error: boolean };

/** Thrown when a read-only seat is asked to act. */
export class ReadOnlyError extends Error {
  constructor() {
    super('read-only seat');
  }
}

/** One incident being worked on (or none yet). */
export class IncidentSession {
  /** Problems found when the journal was read back (a torn last line, say). */
  warnings: string[] = [];
  readonly seat: Seat;
  /** The profile the incident was declared with, when it is not this seat's own. */
  declaredProfile: Profile | undefined;
  private readonly ownHash: string;
  private profileSeen: string | undefined;
  private readonly fold = new IncidentFold({
    lost: (event, conflict) => this.lostRace(event, conflict),
    declared: (event) => this.adoptProfile(event),
  });
  /** Lost races this seat has already been told about. */
  private readonly told = new Set<string>();
  private looked = 0;
  private readonly mine = new Set<string>();
  private version = 0;
  private readonly listeners = new Set<() => void>();
  private readonly noticeListeners = new Set<(n: SessionNotice) => void>();

  constructor(readonly options: SessionOptions) {
    this.ownHash = profileHash(options.profile);
    this.seat =
      options.seat ??
      makeSeat({ dir: options.dir, hub: null, name: options.user(), readOnly: this.readOnly, drill: false });
    this.seat.listen({
      event: (placed) => this.receive(placed),
      incident: (id, by) => this.offered(id, by),
      changed: () => this.changed(),
    });
  }

  /** The incident's events, in the order every seat agrees on. */
  get events(): IncidentEvent[] {
    return this.fold.events;
  }

  /** The incident as it stands. */
  get state(): IncidentState {
    return this.fold.state;
  }

  /** Events of this incident that changed nothing because another seat got there first. */
  get lost(): ReadonlyMap<string, Conflict> {
    return this.fold.lost;
  }

  /** The profile the incident runs: the one it was declared with, else this seat's. */
  get profile(): Profile {
    return this.declaredProfile ?? this.options.profile;
  }

  /** True on a seat that only watches. */
  get readOnly(): boolean {
    return this.options.readOnly === true;
  }

  /** Declares a new incident, or joins the one another seat has open; returns the id of the one joined. */
  declare(title: string, severity: string): { joined: string | null } {
    if (this.readOnly) throw new ReadOnlyError();
    if (this.state.declared && this.state.status !== 'resolved') {
      // Another seat's declaration can arrive while this one is choosing a severity: join it.
      if (this.state.declaredBy !== this.options.user()) return { joined: this.state.id };
      throw new Error('an incident is already open');
    }
    const at = this.options.clock();
    const result = this.seat.declare(at, (incident) => this.stamp(
      {
        type: 'incident/declared',
        incident,
        title,
        severity,
        ...(this.options.drill ? { drill: true } : {}),
        profile: { name: this.options.profile.name, hash: this.ownHash, content: this.options.profile },
      },
      at,
    ));
    if (result.kind === 'joined') {
      this.adopt(result.events);
      return { joined: result.id };
    }
    this.adopt([]);
    this.mine.add(result.placed.event.id);
    this.receive(result.placed);
    return { joined: null };
  }

  /** Takes up an incident from its journal (the path is kept for callers; the seat knows where it is). */
  resume(id: string, _path?: string): void {
    const attached = this.seat.attach(id);
    // A journal written elsewhere (an older version, another seat) may hold raw control codes.
    this.adopt(attached.events.map((e) => escapeControlsDeep(e)));
    this.warnings = [...attached.warnings];
    this.changed();
  }

  /** Journals one event (fsynced), then applies it. Returns the event written. */
  record(body: EventBody, at = this.options.clock()): IncidentEvent {
    if (this.readOnly) throw new ReadOnlyError();
    if (!this.state.declared) throw new Error('no incident is open');
    const event = this.stamp(body, at);
    const placed = this.seat.append(event);
    this.mine.add(event.id);
    this.receive(placed);
    return event;
  }

  /** Writes each clock that has breached since the last look, once. */
  recordBreaches(now = this.options.clock()): number {
    if (!this.state.declared || this.readOnly) return 0;
    const breached = newBreaches(this.state, this.profile, now);
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

  /** Marks everything so far as seen; returns how many events had been seen before. */
  markLooked(): number {
    const before = this.looked;
    this.looked = this.events.length;
    return before;
  }

  /** Events this seat has not looked at in a catch-up yet. */
  get unseen(): number {
    return this.events.length - this.looked;
  }

  /** Hears messages about other seats' doings (a join, a lost race). */
  onNotice(listener: (n: SessionNotice) => void): () => void {
    this.noticeListeners.add(listener);
    return () => this.noticeListeners.delete(listener);
  }

  /** Leaves the room and closes the journal. */
  close(): Promise<void> {
    return this.seat.close();
  }

  private stamp(body: EventBody, at: number): IncidentEvent {
    const wall = this.options.wallClock?.();
    return escapeControlsDeep({
      ...body,
      id: newEventId(),
      at,
      by: this.options.user(),
      ...(wall !== undefined ? { wall } : {}),
    }) as IncidentEvent;
  }

  private adopt(events: readonly Placed[]): void {
    this.declaredProfile = undefined;
    this.profileSeen = undefined;
    this.looked = 0;
    this.fold.reset(events);
  }

  /** Folds one event in and tells the screen. */
  private receive(placed: Placed): void {
    if (this.fold.add(placed)) this.changed();
  }

  /** Takes up the profile a declaration carries, when it differs from this seat's. */
  private adoptProfile(event: Extract<IncidentEvent, { type: 'incident/declared' }>): void {
    const hash = event.profile?.hash ?? this.ownHash;
    // A refold meets the same declaration again: say it once.
    if (hash === this.profileSeen) return;
    this.profileSeen = hash;
    if (!event.profile || hash === this.ownHash) {
      this.declaredProfile = undefined;
      return;
    }
    const parsed = profileSchema.safeParse(event.profile.content);
    if (!parsed.success) {
      this.declaredProfile = undefined;
      this.notify({ text: `${event.incident} was declared with profile "${event.profile.name}", which this seat cannot read; using "${this.options.profile.name}"`, error: true });
      return;
    }
    this.declaredProfile = parsed.data;
    this.notify({ text: `${event.incident} runs the profile it was declared with ("${event.profile.name}"), not this seat's "${this.options.profile.name}"`, error: false });
  }

  /** Tells this seat's author that their event lost a race (once; a breach lost is no news). */
  private lostRace(event: IncidentEvent, conflict: Conflict): void {
    if (!this.mine.has(event.id) || this.told.has(event.id) || event.type === 'clock/breached') return;
    this.told.add(event.id);
    const ago = formatAge(Math.max(0, this.options.clock() - conflict.at));
    this.notify({ text: `not applied: ${conflict.by} ${conflict.what} ${ago} ago`, error: true });
  }

  /** Another seat declared an incident: an idle seat joins it. */
  private offered(id: string, by: string): void {
    if (this.active && this.state.status !== 'resolved') return;
    if (this.state.id === id) return;
    this.resume(id);
    this.notify({ text: `${by} declared ${id}; this seat joined it`, error: false });
  }

  private notify(notice: SessionNotice): void {
    for (const l of this.noticeListeners) l(notice);
  }

  private changed(): void {
    this.version += 1;
    for (const l of this.listeners) l();
  }
}
