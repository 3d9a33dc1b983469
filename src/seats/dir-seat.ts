/**
 * Seats on one machine: every dashboard started with the same data dir appends to the same
 * journal (each append under the journal's lock) and follows it as the others write. The byte
 * offset of a line is its place in the shared order, the same for every reader.
 */
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { IncidentEvent } from '../incident/events.js';
import { incidentsIn } from '../incident/incidents.js';
import { createJournal, type Journal, journalPath, openJournal } from '../incident/journal.js';
import { withFileLock } from '../incident/journal-lock.js';
import { readJournal } from '../incident/journal-read.js';
import { readTail } from './journal-tail.js';
import { BEAT_MS, PresenceFiles } from './presence-files.js';
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
import { probeWatch, type Watching, type WatchOptions, WatchTrust, watchPath } from './watch.js';

/** Options for a seat on a data dir. */
export type DirSeatOptions = {
  /** The folder of incident journals. */
  readonly dir: string;
  readonly me: SeatIdentity;
  readonly clock?: () => number;
  /** How often to look for changes while fs.watch is not known to work here (ms). */
  readonly pollMs?: number;
  /** How often to look once a probe has seen fs.watch work (ms). */
  readonly trustedPollMs?: number;
};

const journals = (dir: string): string[] => {
  try {
    return readdirSync(dir).filter((f) => f.endsWith('.jsonl'));
  } catch {
    return [];
  }
};

/** A seat whose room is a data dir shared by every process on this machine. */
export class DirSeat implements Seat {
  private listener: SeatListener | undefined;
  private journal: Journal | undefined;
  private following: Watching | undefined;
  private offset = 0;
  private readonly seen: Set<string>;
  private readonly dirWatch: Watching;
  private readonly probe: Watching;
  private readonly trust = new WatchTrust();
  private readonly presence: PresenceFiles;
  private readonly beat: NodeJS.Timeout;
  private present: Peer[] = [];
  private readonly clock: () => number;

  constructor(private readonly options: DirSeatOptions) {
    mkdirSync(options.dir, { recursive: true });
    this.clock = options.clock ?? Date.now;
    this.seen = new Set(journals(options.dir));
    this.dirWatch = watchPath(options.dir, () => this.scan(), this.watchOptions());
    this.probe = probeWatch(options.dir, this.trust);
    this.presence = new PresenceFiles(join(options.dir, '.seats'), options.me);
    this.heartbeat();
    this.beat = setInterval(() => this.heartbeat(), BEAT_MS);
    this.beat.unref();
  }

  listen(listener: SeatListener): void {
    this.listener = listener;
  }

  declare(at: number, build: (id: string) => IncidentEvent): DeclareResult {
    // One declaration at a time on this data dir: the second finds the first and joins it.
    return withFileLock(join(this.options.dir, '.declare.lock'), () => {
      const open = incidentsIn(this.options.dir).find((i) => i.open && i.status !== 'resolved');
      if (open) return { kind: 'joined', id: open.id, events: this.attach(open.id).events };
      const journal = createJournal(this.options.dir, at);
      this.seen.add(`${journal.id}.jsonl`);
      this.switchTo(journal, 0);
      return { kind: 'declared', placed: this.append(build(journal.id)) };
    });
  }

  attach(id: string): Attached {
    const journal = openJournal(this.options.dir, id);
    const read = readJournal(journal.path);
    const tail = readTail(journal.path, 0);
    this.switchTo(journal, tail.next);
    return {
      events: tail.placed,
      warnings: [...read.warnings, ...(journal.repaired ? [journal.repaired] : [])],
    };
  }

  append(event: IncidentEvent): Placed {
    if (!this.journal) throw new Error('no incident is open');
    return { event, seq: this.journal.append(event) };
  }

  isShared(): boolean {
    return true;
  }

  peers(): readonly Peer[] {
    return this.present;
  }

  link(): SeatLink {
    return { mode: 'data-dir', connected: true, unshared: 0, detail: 'shared data dir' };
  }

  /** The data dir is read directly: always caught up. */
  async ready(): Promise<void> {}

  async close(): Promise<void> {
    clearInterval(this.beat);
    this.probe.stop();
    this.dirWatch.stop();
    this.following?.stop();
    this.journal?.close();
    this.journal = undefined;
    this.presence.leave();
  }

  private switchTo(journal: Journal, offset: number): void {
    this.following?.stop();
    this.journal?.close();
    this.journal = journal;
    this.offset = offset;
    this.following = watchPath(journal.path, () => this.pull(), this.watchOptions());
  }

  /** The journal sits in the data dir: one probe of the folder tells for both watches. */
  private watchOptions(): WatchOptions {
    return { trust: this.trust, pollMs: this.options.pollMs, trustedPollMs: this.options.trustedPollMs };
  }

  /** Reads what other seats appended since the last look. */
  private pull(): void {
    if (!this.journal) return;
    const tail = readTail(journalPath(this.options.dir, this.journal.id), this.offset);
    this.offset = tail.next;
    for (const placed of tail.placed) this.listener?.event(placed);
  }

  /** Looks for incidents other seats declared. */
  private scan(): void {
    for (const file of journals(this.options.dir)) {
      if (this.seen.has(file)) continue;
      const first = readTail(join(this.options.dir, file), 0).placed[0]?.event;
      // The file exists a moment before its declaration is written; look again next time.
      if (!first) continue;
      this.seen.add(file);
      if (first.type === 'incident/declared' && first.incident !== this.journal?.id)
        this.listener?.incident(first.incident, first.by);
    }
  }

  private heartbeat(): void {
    const now = this.clock();
    this.presence.beat(now);
    const next = this.presence.read(now);
    const key = (p: readonly Peer[]) => p.map((x) => `${x.id}:${x.readOnly}`).join(',');
    if (key(next) !== key(this.present)) {
      this.present = next;
      this.listener?.changed();
    }
  }
}
