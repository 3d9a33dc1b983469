/**
 * Replays a fixture over real WebSocket (feed protocol v1): one shared timeline broadcast to every
 * client, stamped in scenario time so feed time runs `speed` times faster than the wall clock.
 */
import { type FeedServer, startFeedServer } from './feed-server.js';
import type { WireMessage } from './protocol.js';
import { type Fixture, stampMessage, type UnstampedMessage } from './fixture.js';

/** Options for {@link startReplayServer}. */
export type ReplayServerOptions = {
  readonly fixture: Fixture;
  readonly host?: string;
  readonly port?: number;
  readonly speed?: number;
  readonly loop?: boolean;
  readonly heartbeatMs?: number;
  readonly maxClients?: number;
  /** Start with the timeline paused (for example until the dashboard is ready). */
  readonly paused?: boolean;
  readonly onEnd?: () => void;
  /** Wall clock; injectable for tests of the clock arithmetic. */
  readonly now?: () => number;
};

/** A running replay; control methods keep the scenario position continuous. */
export type ReplayServer = {
  readonly url: string;
  readonly port: number;
  readonly speed: number;
  readonly paused: boolean;
  /** Called when the timeline reaches its end without looping. */
  onEnd?: (() => void) | undefined;
  close(): Promise<void>;
  clientCount(): number;
  setSpeed(speed: number): void;
  pause(): void;
  resume(): void;
  seek(offsetMs: number): void;
  position(): number;
};

type Step = { readonly t: number; readonly messages: readonly UnstampedMessage[] };

const MAX_SPEED = 1000;

function checkSpeed(speed: number): number {
  if (!Number.isFinite(speed) || speed <= 0 || speed > MAX_SPEED) {
    throw new RangeError(`speed must be a number above 0 and at most ${MAX_SPEED} (got ${speed})`);
  }
  return speed;
}

/** Starts a replay server; resolves once it listens (port 0 picks a free port). */
export async function startReplayServer(options: ReplayServerOptions): Promise<ReplayServer> {
  checkSpeed(options.speed ?? 1);
  const latest = new Map<string, WireMessage>();
  const server = await startFeedServer({
    ...(options.host ? { host: options.host } : {}),
    port: options.port ?? 0,
    ...(options.maxClients !== undefined ? { maxClients: options.maxClients } : {}),
    welcome: () => [...latest.values()],
    label: 'replay server',
    ...(options.now ? { now: options.now } : {}),
  });
  return new Replay(server, latest, options);
}

class Replay implements ReplayServer {
  readonly url: string;
  readonly port: number;
  onEnd: (() => void) | undefined;
  readonly #server: FeedServer;
  readonly #steps: Step[];
  readonly #duration: number;
  readonly #now: () => number;
  readonly #loop: boolean;
  readonly #heartbeatMs: number;
  readonly #latest: Map<string, WireMessage>;
  #speed: number;
  #paused = false;
  #ended = false;
  #closed = false;
  #next = 0;
  /** Scenario position `#posRef` was current at wall time `#wallRef`. */
  #posRef = 0;
  #wallRef: number;
  /** Feed time of scenario offset 0 in this loop iteration. */
  #anchor: number;
  #timer: NodeJS.Timeout | undefined;

  constructor(server: FeedServer, latest: Map<string, WireMessage>, options: ReplayServerOptions) {
    this.#server = server;
    this.#latest = latest;
    this.port = server.port;
    this.url = server.url;
    this.onEnd = options.onEnd;
    this.#now = options.now ?? Date.now;
    this.#speed = checkSpeed(options.speed ?? 1);
    this.#loop = options.loop ?? false;
    this.#heartbeatMs = Math.max(10, options.heartbeatMs ?? 5000);
    this.#steps = options.fixture.events.map((e) => ({
      t: e.t,
      messages: e.msg.type === 'batch' ? e.msg.messages : [e.msg],
    }));
    this.#duration = Math.max(options.fixture.header.duration_ms, this.#steps.at(-1)?.t ?? 0);
    this.#paused = options.paused ?? false;
    this.#wallRef = this.#now();
    this.#anchor = this.#wallRef;
    this.#tick();
  }

  get speed(): number {
    return this.#speed;
  }

  get paused(): boolean {
    return this.#paused;
  }

  clientCount(): number {
    return this.#server.clientCount();
  }

  position(): number {
    return Math.min(this.#rawPosition(this.#now()), this.#duration);
  }

  setSpeed(speed: number): void {
    checkSpeed(speed);
    this.#rebase();
    this.#speed = speed;
    this.#reschedule();
  }

  pause(): void {
    this.#rebase();
    this.#paused = true;
    this.#reschedule();
  }

  resume(): void {
    this.#rebase();
    this.#paused = false;
    this.#reschedule();
  }

  seek(offsetMs: number): void {
    const target = Math.min(Math.max(0, Number.isFinite(offsetMs) ? offsetMs : 0), this.#duration);
    const from = this.position();
    // Going back replays old offsets, so the anchor moves forward to keep feed time monotonic.
    if (target < from) this.#anchor += from - target;
    const skipped: WireMessage[] = [];
    let i = this.#steps.findIndex((s) => s.t >= target);
    if (i < 0) i = this.#steps.length;
    for (let k = this.#next; k < i; k++) skipped.push(...this.#stamp(this.#steps[k]!));
    this.#next = i;
    this.#ended = false;
    this.#posRef = target;
    this.#wallRef = this.#now();
    // Jumping ahead sends the latest state of what was skipped, not every skipped tick.
    if (skipped.length > 0) this.#broadcast(this.#latestOf(skipped));
    this.#reschedule();
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    clearTimeout(this.#timer);
    await this.#server.close();
  }

  #rawPosition(now: number): number {
    return this.#paused ? this.#posRef : this.#posRef + (now - this.#wallRef) * this.#speed;
  }

  #rebase(): void {
    const now = this.#now();
    this.#posRef = Math.min(this.#rawPosition(now), this.#duration);
    this.#wallRef = now;
  }

  #stamp(step: Step): WireMessage[] {
    const ts = Math.round(this.#anchor + step.t);
    return step.messages.map((m) => stampMessage(m, ts));
  }

  #latestOf(messages: readonly WireMessage[]): WireMessage[] {
    const byKey = new Map<string, WireMessage>();
    for (const m of messages) byKey.set(`${m.type}\u0000${'service' in m ? m.service : ''}`, m);
    return [...byKey.values()];
  }

  #reschedule(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#tick();
  }

  #tick(): void {
    if (this.#closed) return;
    const now = this.#now();
    const due: WireMessage[] = [];
    for (;;) {
      const pos = this.#rawPosition(now);
      while (this.#next < this.#steps.length && this.#steps[this.#next]!.t <= pos) {
        due.push(...this.#stamp(this.#steps[this.#next]!));
        this.#next += 1;
      }
      if (this.#next < this.#steps.length || pos < this.#duration || this.#ended) break;
      if (!this.#loop) {
        this.#ended = true;
        this.onEnd?.();
        break;
      }
      // A new iteration starts from t=0 with an anchor that never moves feed time backwards.
      this.#anchor = Math.max(now, this.#anchor + this.#duration);
      this.#next = 0;
      this.#posRef = 0;
      this.#wallRef = now;
    }
    if (due.length > 0) this.#broadcast(due);
    else if (now - this.#server.lastSentAt >= this.#heartbeatMs) {
      const ts = Math.round(this.#anchor + this.#rawPosition(now));
      this.#server.broadcast([{ type: 'heartbeat', ts }]);
    }
    this.#timer = setTimeout(() => this.#tick(), this.#delayToNext(now));
  }

  #delayToNext(now: number): number {
    let delay = this.#server.lastSentAt + this.#heartbeatMs - now;
    if (!this.#paused && !this.#ended) {
      const t = this.#steps[this.#next]?.t ?? this.#duration;
      delay = Math.min(delay, this.#wallRef + (t - this.#posRef) / this.#speed - now);
    }
    return Math.max(1, Math.ceil(delay));
  }

  #broadcast(messages: readonly WireMessage[]): void {
    for (const m of messages) {
      if ('service' in m) this.#latest.set(`${m.type}\u0000${m.service}`, m);
    }
    this.#server.broadcast(messages);
  }
}
