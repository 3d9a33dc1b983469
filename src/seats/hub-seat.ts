/**
 * Seats on many machines, through a NATS JetStream hub. Each seat journals every event of its
 * incident locally (fsynced) first, so it works while the hub is down; its own events wait in
 * order to be published. The stream orders the room's events; `Nats-Msg-Id` (the event id) drops
 * a retried publish, and the expected last sequence of the incident's subject makes each publish
 * a compare-and-set: a seat's event enters the stream only once the seat has read everything before it.
 */
import { CONFLICTING_TYPES } from '../incident/conflicts.js';
import { type IncidentEvent, incidentEventSchema } from '../incident/events.js';
import { createJournal, type Journal, openJournal } from '../incident/journal.js';
import { readJournal } from '../incident/journal-read.js';
import { eventsPrefix, type HubLink, keepConnected } from './hub-connection.js';
import type { HubTarget } from './hub-options.js';
import { HubPresence } from './hub-presence.js';
import { RoomLog } from './hub-room.js';
import { readTail } from './journal-tail.js';
import type {
  Attached,
  DeclareResult,
  Peer,
  Placed,
  Seat,
  SeatIdentity,
  SeatLink,
  SeatListener,
} from './seat.js';

/** Options for a hub seat. */
export type HubSeatOptions = {
  readonly target: HubTarget;
  /** This seat's own folder of incident journals. */
  readonly dir: string;
  readonly me: SeatIdentity;
  /** Real incidents and drills travel apart. */
  readonly kind: 'real' | 'drill';
  /** How long ready() waits for an unreachable hub (ms). */
  readonly readyTimeoutMs?: number;
};

type Queued = { readonly incident: string; readonly event: IncidentEvent };

/** A seat whose room is a stream on a NATS hub. */
export class HubSeat implements Seat {
  private listener: SeatListener | undefined;
  private readonly room = new RoomLog();
  private journal: Journal | undefined;
  private readonly local = new Set<string>();
  private queue: Queued[] = [];
  private conn: HubLink | undefined;
  private synced = false;
  private stopped = false;
  private pumping = false;
  private lastError = '';
  private news: (() => void) | undefined;
  private readonly presence: HubPresence;
  private readonly readyPromise: Promise<void>;
  private markReady: () => void = () => undefined;
  private readonly prefix: string;

  constructor(private readonly options: HubSeatOptions) {
    this.prefix = eventsPrefix(options.target.room, options.kind);
    this.presence = new HubPresence(`${options.target.room}.presence.${options.kind}`, options.me, () =>
      this.listener?.changed(),
    );
    this.readyPromise = new Promise((resolve) => {
      this.markReady = resolve;
      setTimeout(resolve, options.readyTimeoutMs ?? 3000).unref();
    });
    void keepConnected(options.target, options.kind, {
      up: (link) => {
        this.conn = link;
        this.presence.attach(link.nc);
        this.listener?.changed();
      },
      message: (subject, seq, data) => this.receive(subject, seq, data),
      caughtUp: () => this.caughtUp(),
      down: (reason) => {
        this.conn = undefined;
        this.synced = false;
        this.lastError = reason;
        this.listener?.changed();
      },
      lastSeq: () => this.room.lastSeq,
      stopped: () => this.stopped,
    });
  }

  listen(listener: SeatListener): void {
    this.listener = listener;
  }

  declare(at: number, build: (id: string) => IncidentEvent): DeclareResult {
    // The incident this seat has (and has resolved, or the session would not declare) is not joined
    // again, though the stream may not have its resolution yet.
    const open = this.room.openIncident(this.journal?.id);
    if (open) return { kind: 'joined', id: open.id, events: this.attach(open.id).events };
    let journal = createJournal(this.options.dir, at);
    // An id another seat already used for an older incident is skipped (the file stays, empty).
    while (this.room.known(journal.id)) {
      journal.close();
      journal = createJournal(this.options.dir, at);
    }
    this.use(journal);
    return { kind: 'declared', placed: this.append(build(journal.id)) };
  }

  attach(id: string): Attached {
    const journal = openJournal(this.options.dir, id);
    this.use(journal);
    const warnings = [...readJournal(journal.path).warnings, ...(journal.repaired ? [journal.repaired] : [])];
    const mine = readTail(journal.path, 0).placed.map((p) => p.event);
    for (const e of mine) this.local.add(e.id);
    const shared = this.room.events(id);
    for (const p of shared) this.keepLocally(p.event);
    const unshared = mine.filter((e) => !this.room.has(id, e.id));
    // Unshared events of another incident (resolved offline before this one was joined) stay queued.
    const queued = new Set(this.queue.map((q) => q.event.id));
    this.queue.push(...unshared.filter((e) => !queued.has(e.id)).map((event) => ({ incident: id, event })));
    void this.pump();
    return { events: [...shared, ...unshared.map((event) => ({ event, seq: null }))], warnings };
  }

  append(event: IncidentEvent): Placed {
    if (!this.journal) throw new Error('no incident is open');
    this.journal.append(event);
    this.local.add(event.id);
    this.queue.push({ incident: this.journal.id, event });
    this.listener?.changed();
    void this.pump();
    return { event, seq: null };
  }

  isShared(eventId: string): boolean {
    return !this.queue.some((q) => q.event.id === eventId);
  }

  peers(): readonly Peer[] {
    return this.presence.peers();
  }

  link(): SeatLink {
    const where = `hub ${this.options.target.url}`;
    return {
      mode: 'hub',
      connected: this.conn !== undefined,
      unshared: this.queue.length,
      detail: this.conn ? where : `${where} unreachable${this.lastError ? ` (${this.lastError})` : ''}`,
    };
  }

  ready(): Promise<void> {
    return this.readyPromise;
  }

  async close(): Promise<void> {
    this.stopped = true;
    this.presence.leave();
    await this.conn?.nc.flush().catch(() => undefined);
    await this.conn?.nc.close().catch(() => undefined);
    this.journal?.close();
    this.journal = undefined;
  }

  private use(journal: Journal): void {
    if (this.journal !== journal) this.journal?.close();
    this.journal = journal;
    this.local.clear();
  }

  /** Every event of the incident is kept in this seat's journal too, so it can work on alone. */
  private keepLocally(event: IncidentEvent): void {
    if (this.local.has(event.id) || !this.journal) return;
    try {
      this.journal.append(event, { durable: false });
      this.local.add(event.id);
    } catch {
      // the stream still has it; the next attach writes it again
    }
  }

  private receive(subject: string, seq: number, data: string): void {
    this.room.lastSeq = Math.max(this.room.lastSeq, seq);
    if (!subject.startsWith(this.prefix)) return;
    const incident = subject.slice(this.prefix.length);
    const parsed = incidentEventSchema.safeParse(safeJson(data));
    if (!parsed.success) return;
    const event = parsed.data;
    this.news?.();
    if (!this.room.add(incident, event, seq)) return;
    if (incident === this.journal?.id) {
      this.keepLocally(event);
      this.listener?.event({ event, seq });
    } else if (this.synced && event.type === 'incident/declared') {
      this.listener?.incident(incident, event.by);
    }
  }

  private caughtUp(): void {
    if (this.synced) return;
    this.synced = true;
    this.markReady();
    const open = this.room.openIncident();
    if (open && open.id !== this.journal?.id) this.listener?.incident(open.id, open.by);
    // Events journalled here while the hub was away that the stream has after all.
    const there = this.queue.filter((q) => this.room.has(q.incident, q.event.id));
    this.queue = this.queue.filter((q) => !this.room.has(q.incident, q.event.id));
    for (const q of there) this.placed(q);
    this.listener?.changed();
    void this.pump();
  }

  private placed(q: Queued): void {
    const at = this.room.events(q.incident).find((p) => p.event.id === q.event.id);
    if (at && q.incident === this.journal?.id) this.listener?.event(at);
  }

  /** Publishes waiting events in order, one at a time, while connected and caught up. */
  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      while (!this.stopped && this.conn && this.synced) {
        const head = this.queue[0];
        if (!head) break;
        const { incident, event } = head;
        if (this.room.has(incident, event.id)) {
          this.queue.shift();
          this.placed(head);
          continue;
        }
        const expected = this.room.subjectSeq(incident);
        try {
          // Only an event that can lose a race needs the compare-and-set; a note cannot conflict.
          const ack = await this.conn.js.publish(`${this.prefix}${incident}`, JSON.stringify(event), {
            msgID: event.id,
            ...(CONFLICTING_TYPES.has(event.type) ? { expect: { lastSubjectSequence: expected } } : {}),
            timeout: 5000,
          });
          if (this.queue[0] === head) this.queue.shift();
          if (this.room.add(incident, event, ack.seq) && incident === this.journal?.id)
            this.listener?.event({ event, seq: ack.seq });
          this.listener?.changed();
        } catch (error) {
          if (!/wrong last sequence/i.test((error as Error).message)) {
            this.lastError = (error as Error).message.slice(0, 80);
            break;
          }
          // Someone else's event came first: read it (unless already read), then try again after it.
          if (this.room.subjectSeq(incident) !== expected) continue;
          await new Promise<void>((resolve) => {
            this.news = resolve;
            setTimeout(resolve, 200).unref();
          });
        }
      }
    } finally {
      this.pumping = false;
    }
    if (this.queue.length > 0 && this.conn && this.synced && !this.stopped)
      setTimeout(() => void this.pump(), 250).unref();
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
