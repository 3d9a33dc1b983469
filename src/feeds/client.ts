/**
 * WebSocket feed client: keeps one connection per feed URL open forever, merging what arrives
 * through callbacks. It owns every socket and timer it makes; `stop()` releases all of them.
 */
import WebSocket from 'ws';
import { backoffDelay } from './backoff.js';
import { HIDDEN, urlSecrets } from './display-url.js';
import { DEFAULT_MAX_FRAME_BYTES, type FrameResult, parseFrame, subscribeFrame } from './protocol.js';

/**
 * Where one feed connection stands; `stale` is for the consumer to derive from `lastFrameAt`.
 * A connection is `live` only once a frame has come; until then it is `connecting`, with `open`
 * set once the socket is open. After `stop()` every feed is `down` with reason "stopped" and
 * `nextRetryAt` Infinity.
 */
export type FeedConnState =
  | { kind: 'connecting'; since: number; attempt: number; open?: boolean }
  | { kind: 'live'; since: number; lastFrameAt: number }
  | { kind: 'down'; since: number; nextRetryAt: number; attempt: number; reason: string };

/** Options for {@link FeedClient}. */
export type FeedClientOptions = {
  readonly urls: readonly string[];
  /** Sent as `Authorization: Bearer <token>` on the upgrade; never logged or put in a reason. */
  readonly token?: string;
  readonly maxFrameBytes?: number;
  readonly backoff?: { readonly baseMs?: number; readonly capMs?: number };
  readonly random?: () => number;
  readonly now?: () => number;
  /** An open socket with no frame for this long is treated as dead (half-open TCP). */
  readonly deadAfterMs?: number;
  readonly onFrame: (url: string, result: FrameResult, receivedAt: number) => void;
  readonly onState?: (url: string, state: FeedConnState) => void;
  /** Called when one of the callbacks above throws; the feed keeps running either way. */
  readonly onError?: (url: string, error: unknown) => void;
};

/**
 * Frames past this close the connection (ws stops reading them); frames between the protocol's
 * bound and this are read, dropped and counted, so one large frame does not cost the feed.
 */
export const HARD_FRAME_LIMIT_BYTES = 4 * 1024 * 1024;

/** Default silence after which an open socket is terminated and reconnected. */
export const DEFAULT_DEAD_AFTER_MS = 30_000;
const GRACEFUL_CLOSE_MS = 1_000;
const HANDSHAKE_TIMEOUT_MS = 10_000;

type Conn = {
  readonly url: string;
  ws?: WebSocket;
  state: FeedConnState;
  failures: number;
  lastFrameAt?: number;
  /** Why the socket is going away, when we know better than the close code. */
  reason?: string;
  retryTimer?: NodeJS.Timeout;
  deadTimer?: NodeJS.Timeout;
  closed?: Promise<void>;
};

const ERROR_CODES: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ETIMEDOUT: 'connection timed out',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host name lookup failed',
  EPIPE: 'connection broken',
};

function formatSpan(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 1000)} s` : `${ms} ms`;
}

/** Connects to every feed URL, reconnecting with capped, jittered backoff. */
export class FeedClient {
  readonly #options: FeedClientOptions;
  readonly #conns = new Map<string, Conn>();
  readonly #now: () => number;
  readonly #maxFrameBytes: number;
  readonly #deadAfterMs: number;
  #started = false;
  #stopped = false;

  constructor(options: FeedClientOptions) {
    this.#options = options;
    this.#now = options.now ?? Date.now;
    this.#maxFrameBytes = options.maxFrameBytes ?? DEFAULT_MAX_FRAME_BYTES;
    this.#deadAfterMs = options.deadAfterMs ?? DEFAULT_DEAD_AFTER_MS;
    const since = this.#now();
    for (const url of options.urls) {
      this.#conns.set(url, { url, failures: 0, state: { kind: 'connecting', since, attempt: 0 } });
    }
  }

  /** Opens every connection; calling it again does nothing. */
  start(): void {
    if (this.#started || this.#stopped) return;
    this.#started = true;
    for (const conn of this.#conns.values()) this.#connect(conn);
  }

  /** Closes every socket and clears every timer; resolves when the sockets are closed. */
  async stop(): Promise<void> {
    this.#stopped = true;
    const waits: Promise<void>[] = [];
    for (const conn of this.#conns.values()) {
      clearTimeout(conn.retryTimer);
      clearTimeout(conn.deadTimer);
      const ws = conn.ws;
      if (ws && conn.closed) {
        waits.push(conn.closed);
        if (ws.readyState === WebSocket.OPEN) {
          ws.close(1000, 'client stopping');
          // A server that never answers the close handshake must not hold stop() for 30 s.
          const force = setTimeout(() => ws.terminate(), GRACEFUL_CLOSE_MS);
          void conn.closed.then(() => clearTimeout(force));
        } else if (ws.readyState === WebSocket.CONNECTING) {
          ws.terminate();
        }
      }
      const now = this.#now();
      this.#setState(conn, {
        kind: 'down',
        since: now,
        nextRetryAt: Infinity,
        attempt: 0,
        reason: 'stopped',
      });
    }
    await Promise.all(waits);
  }

  /** The current state of each feed URL; live states carry the latest frame time. */
  states(): ReadonlyMap<string, FeedConnState> {
    const out = new Map<string, FeedConnState>();
    for (const conn of this.#conns.values()) {
      const s = conn.state;
      out.set(conn.url, s.kind === 'live' ? { ...s, lastFrameAt: conn.lastFrameAt ?? s.lastFrameAt } : s);
    }
    return out;
  }

  /** When the last frame arrived from `url` (or undefined if none yet). */
  lastFrameAt(url: string): number | undefined {
    return this.#conns.get(url)?.lastFrameAt;
  }

  #connect(conn: Conn): void {
    if (this.#stopped) return;
    conn.reason = undefined;
    this.#setState(conn, { kind: 'connecting', since: this.#now(), attempt: conn.failures });
    const headers: Record<string, string> = {};
    if (this.#options.token) headers.Authorization = `Bearer ${this.#options.token}`;
    let ws: WebSocket;
    try {
      ws = new WebSocket(conn.url, {
        headers,
        maxPayload: Math.max(HARD_FRAME_LIMIT_BYTES, this.#maxFrameBytes),
        handshakeTimeout: HANDSHAKE_TIMEOUT_MS,
        perMessageDeflate: false,
      });
    } catch (error) {
      this.#scheduleRetry(conn, `invalid feed URL (${this.#describe(error)})`);
      return;
    }
    conn.ws = ws;
    conn.closed = new Promise((resolve) => ws.once('close', () => resolve()));
    ws.on('open', () => this.#guard(conn, () => this.#onOpen(conn, ws)));
    ws.on('message', (data, isBinary) => this.#guard(conn, () => this.#onMessage(conn, data, isBinary)));
    ws.on('error', (error) => this.#guard(conn, () => this.#onError(conn, error)));
    ws.on('close', (code, reason) => this.#guard(conn, () => this.#onClose(conn, ws, code, reason)));
  }

  #onOpen(conn: Conn, ws: WebSocket): void {
    conn.failures = 0;
    const now = this.#now();
    conn.lastFrameAt = undefined;
    // Not live yet: a server that accepts and then says nothing must not look healthy.
    this.#setState(conn, { kind: 'connecting', since: now, attempt: 0, open: true });
    ws.send(subscribeFrame());
    conn.deadTimer = setTimeout(() => {
      conn.reason = `no frame for ${formatSpan(this.#deadAfterMs)}`;
      ws.terminate();
    }, this.#deadAfterMs);
  }

  #onMessage(conn: Conn, data: WebSocket.RawData, isBinary: boolean): void {
    const receivedAt = this.#now();
    conn.lastFrameAt = receivedAt;
    conn.deadTimer?.refresh();
    if (conn.state.kind !== 'live')
      this.#setState(conn, { kind: 'live', since: receivedAt, lastFrameAt: receivedAt });
    const bytes = Array.isArray(data)
      ? Buffer.concat(data)
      : Buffer.isBuffer(data)
        ? data
        : Buffer.from(data);
    const refused = isBinary
      ? 'binary frame refused: feeds send JSON in text frames'
      : bytes.length > this.#maxFrameBytes
        ? `frame larger than ${this.#maxFrameBytes} bytes`
        : undefined;
    const result = refused
      ? { messages: [], unknown: 0, rejected: [refused] }
      : parseFrame(bytes.toString('utf8'), receivedAt, this.#maxFrameBytes);
    this.#options.onFrame(conn.url, result, receivedAt);
  }

  #onError(conn: Conn, error: Error & { code?: string }): void {
    conn.reason ??= this.#describe(error);
  }

  #onClose(conn: Conn, ws: WebSocket, code: number, reason: Buffer): void {
    if (conn.ws !== ws) return;
    clearTimeout(conn.deadTimer);
    conn.deadTimer = undefined;
    conn.ws = undefined;
    if (this.#stopped) return;
    const text = reason.toString('utf8').slice(0, 80);
    const why = conn.reason ?? (text ? `closed by server: ${text} (${code})` : `closed by server (${code})`);
    this.#scheduleRetry(conn, why);
  }

  #scheduleRetry(conn: Conn, reason: string): void {
    conn.failures += 1;
    const delay = backoffDelay(conn.failures - 1, {
      ...this.#options.backoff,
      ...(this.#options.random ? { random: this.#options.random } : {}),
    });
    const now = this.#now();
    this.#setState(conn, {
      kind: 'down',
      since: now,
      nextRetryAt: now + delay,
      attempt: conn.failures,
      reason: this.#redact(reason),
    });
    clearTimeout(conn.retryTimer);
    conn.retryTimer = setTimeout(() => {
      conn.retryTimer = undefined;
      this.#guard(conn, () => this.#connect(conn));
    }, delay);
  }

  #describe(error: unknown): string {
    const e = error as { code?: unknown; message?: unknown };
    if (e.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH') {
      return `frame larger than ${Math.max(HARD_FRAME_LIMIT_BYTES, this.#maxFrameBytes)} bytes (1009)`;
    }
    if (typeof e.code === 'string' && ERROR_CODES[e.code]) return ERROR_CODES[e.code]!;
    const message = typeof e.message === 'string' ? e.message : String(error);
    const http = /Unexpected server response: (\d+)/.exec(message);
    if (http) return `server refused the connection (HTTP ${http[1]})`;
    if (/handshake has timed out/i.test(message)) return 'opening handshake timed out';
    return message.split('\n')[0]!.slice(0, 120) || 'connection failed';
  }

  #redact(text: string): string {
    const token = this.#options.token;
    let out = token ? text.replaceAll(token, '[token]') : text;
    for (const url of this.#options.urls)
      for (const secret of urlSecrets(url)) out = out.replaceAll(secret, HIDDEN);
    return out;
  }

  #setState(conn: Conn, state: FeedConnState): void {
    conn.state = state;
    const onState = this.#options.onState;
    if (onState) this.#guard(conn, () => onState(conn.url, state));
  }

  /** Nothing may escape a ws event handler: a consumer's bug must not kill the feed or the process. */
  #guard(conn: Conn, fn: () => void): void {
    try {
      fn();
    } catch (error) {
      try {
        this.#options.onError?.(conn.url, error);
      } catch {
        // The error reporter itself failed; there is nowhere left to report to.
      }
    }
  }
}
