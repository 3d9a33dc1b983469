/**
 * A seat: one person's dashboard in the room. The incident is the fold of its events; a seat
 * journals its own events, hears the others', and says who else is here. One interface, two
 * transports: a data dir shared by every process on one machine, or a NATS JetStream hub.
 */
import type { IncidentEvent } from '../incident/events.js';

/** An event and its place in the incident's shared order (null until the others have it). */
export type Placed = { readonly event: IncidentEvent; readonly seq: number | null };

/** Someone with a dashboard open on this room. */
export type Peer = {
  readonly id: string;
  readonly name: string;
  readonly readOnly: boolean;
  readonly me: boolean;
};

/** How this seat's link to the others stands. */
export type SeatLink = {
  readonly mode: 'data-dir' | 'hub';
  /** False while the hub cannot be reached (actions are journalled here and shared later). */
  readonly connected: boolean;
  /** Events journalled here that the other seats do not have yet. */
  readonly unshared: number;
  /** One line for the footer: where the seats meet, and what is wrong if anything. */
  readonly detail: string;
};

/** What a seat reports to its session. */
export type SeatListener = {
  /** An event of the attached incident from another seat, or the place of one already known. */
  event(placed: Placed): void;
  /** Another seat declared an incident, or the hub knows of an open one. */
  incident(id: string, by: string): void;
  /** Who is here, or the link, changed. */
  changed(): void;
};

/** The outcome of a declaration: a new incident, or the one another seat already has open. */
export type DeclareResult =
  | { readonly kind: 'declared'; readonly placed: Placed }
  | { readonly kind: 'joined'; readonly id: string; readonly events: readonly Placed[] };

/** What attaching to an incident found. */
export type Attached = { readonly events: readonly Placed[]; readonly warnings: readonly string[] };

/** One seat's view of the room's incident log, whatever carries it. */
export interface Seat {
  /** Sets who hears of events, incidents and presence. */
  listen(listener: SeatListener): void;
  /** Declares a new incident (its declaration built for the id chosen), or joins the open one. */
  declare(at: number, build: (id: string) => IncidentEvent): DeclareResult;
  /** Starts working on incident `id`: its events so far, in order; later ones reach the listener. */
  attach(id: string): Attached;
  /** Journals one event of the attached incident (fsynced) and shares it; throws when not saved. */
  append(event: IncidentEvent): Placed;
  /** False while an event journalled here has not reached the other seats. */
  isShared(eventId: string): boolean;
  /** Seats with this room open, this one included. */
  peers(): readonly Peer[];
  link(): SeatLink;
  /** Resolves once the seat has caught up with what the room already holds (or gave up waiting). */
  ready(): Promise<void>;
  close(): Promise<void>;
}

/** Who this seat is, for presence. */
export type SeatIdentity = { readonly id: string; readonly name: string; readonly readOnly: boolean };
