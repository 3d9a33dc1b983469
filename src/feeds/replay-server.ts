/**
 * Replays a fixture over real WebSocket (feed protocol v1): one shared timeline broadcast to every
 * client, stamped in scenario time so feed time runs `speed` times faster than the wall clock.
 */
import WebSocket, { WebSocketServer } from 'ws';
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

const MAX_FRAME_CHARS = 128 * 1024;
const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;
const MAX_SPEED = 1000;

function checkSpeed(speed: number): number {
  if (!Number.isFinite(speed) || speed <= 0 || speed > MAX_SPEED) {
    throw new RangeError(`speed must be a number above 0 and at most ${MAX_SPEED} (got ${speed})`);
  }
  return speed;
}

/** Starts a replay server; resolves once it listens (port 0 picks a free port). */
export async function startReplayServer(options: ReplayServerOptions): Promise<ReplayServer> {
  const host = options.host ?? '127.0.0.1';
  const wss = new WebSocketServer({ host, port: options.port ?? 0, maxPayload: 64 * 1024 });
  await new Promise<void>((resolve, reject) => {
    wss.once('listening', resolve);
    wss.once('error', (error: Error & { code?: string }) => {
      const where = `${host}:${options.port ?? 0}`;
      const why = error.code === 'EADDRINUSE' ? 'is already in use' : `cannot be opened (${error.message})`;
      reject(new Error(`replay server: ${where} ${why}`));
    });
  });
  return new Replay(wss, host, options);
}

class Replay implements ReplayServer {
  readonly url: string;
  readonly port: number;
  onEnd: (() => void) | undefined;
  readonly #wss: WebSocketServer;
  readonly #steps: Step[];
  readonly #duration: number;
  readonly #now: () => number;
  readonly #loop: boolean;
  readonly #heartbeatMs: number;
  readonly #latest = new Map<string, WireMessage>();
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
  #lastSentAt: number;
  #timer: NodeJS.Timeout | undefined;

  constructor(wss: WebSocketServer, host: string, options: ReplayServerOptions) {
    this.#wss = wss;
    const address = wss.address();
    this.port = typeof address === 'object' && address ? address.port : (options.port ?? 0);
    this.url = `ws://${host.includes(':') ? `[${host}]` : host}:${this.port}`;
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
    this.#lastSentAt = this.#wallRef;
    wss.on('connection', (ws) => this.#welcome(ws, options.maxClients));
    this.#tick();
  }

  get speed(): number {
    return this.#speed;
  }

  get paused(): boolean {
    return this.#paused;
  }

  clientCount(): number {
    let n = 0;
    for (const ws of this.#wss.clients) if (ws.readyState === WebSocket.OPEN) n += 1;
    return n;
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
    for (const ws of this.#wss.clients) ws.terminate();
    await new Promise<void>((resolve) => this.#wss.close(() => resolve()));
  }

  #welcome(ws: WebSocket, maxClients: number | undefined): void {
    ws.on('error', () => ws.terminate());
    if (this.#closed || (maxClients !== undefined && this.#wss.clients.size > maxClients)) {
      ws.close(1013, 'too many clients');
      return;
    }
    const snapshot = [...this.#latest.values()].sort((a, b) => Number(a.ts) - Number(b.ts));
    ws.send(JSON.stringify({ type: 'batch', messages: snapshot }));
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
    else if (now - this.#lastSentAt >= this.#heartbeatMs) {
      const ts = Math.round(this.#anchor + this.#rawPosition(now));
      this.#send(JSON.stringify({ type: 'heartbeat', ts }));
    }
    this.#timer = setTimeout(() => this.#tick(), this.#delayToNext(now));
  }

  #delayToNext(now: number): number {
    let delay = this.#lastSentAt + this.#heartbeatMs - now;
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
    let frame: string[] = [];
    let size = 0;
    const flush = (): void => {
      if (frame.length === 1) this.#send(frame[0]!);
      else if (frame.length > 1) this.#send(`{"type":"batch","messages":[${frame.join(',')}]}`);
      frame = [];
      size = 0;
    };
    for (const m of messages) {
      const text = JSON.stringify(m);
      if (size + text.length > MAX_FRAME_CHARS) flush();
      frame.push(text);
      size += text.length + 1;
    }
    flush();
  }

  #send(text: string): void {
    this.#lastSentAt = this.#now();
    for (const ws of this.#wss.clients) {
      if (ws.readyState !== WebSocket.OPEN) continue;
      // A client this far behind (a stalled link) would only grow our memory; drop it.
      if (ws.bufferedAmount > MAX_BUFFERED_BYTES) ws.terminate();
      else ws.send(text);
    }
  }
}
