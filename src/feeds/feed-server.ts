/**
 * The WebSocket side of feed protocol v1 that every server of ours shares (the replay, the
 * bridge): an HTTP server whose upgrades become feed clients, a welcome batch for each new client,
 * broadcast in bounded batch frames, and a cut-off for clients too far behind.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import WebSocket, { WebSocketServer } from 'ws';
import type { WireMessage } from './protocol.js';

/** Options for {@link startFeedServer}. */
export type FeedServerOptions = {
  readonly host?: string;
  readonly port?: number;
  readonly maxClients?: number;
  /** What a client gets first: the latest state of everything (sent as batch frames). */
  readonly welcome: () => readonly WireMessage[];
  /** Plain HTTP requests on the same port (anything but an upgrade); 404 when absent. */
  readonly onRequest?: (req: IncomingMessage, res: ServerResponse) => void;
  /** When set, a client must send `Authorization: Bearer <token>` on the upgrade. */
  readonly token?: string | undefined;
  /** Names the server in a listen error: "replay server: 127.0.0.1:80 is already in use". */
  readonly label?: string;
  readonly now?: () => number;
};

/** A listening feed server. */
export type FeedServer = {
  readonly url: string;
  readonly host: string;
  readonly port: number;
  /** When a frame last went out (for heartbeats when idle). */
  readonly lastSentAt: number;
  /** Sends messages to every client, several per frame. */
  broadcast(messages: readonly WireMessage[]): void;
  clientCount(): number;
  close(): Promise<void>;
};

const MAX_FRAME_CHARS = 128 * 1024;
const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;

/** Messages as frames: one message alone, several as batches under a size bound. */
export function toFrames(messages: readonly WireMessage[]): string[] {
  const out: string[] = [];
  let frame: string[] = [];
  let size = 0;
  const flush = (): void => {
    if (frame.length === 1) out.push(frame[0]!);
    else if (frame.length > 1) out.push(`{"type":"batch","messages":[${frame.join(',')}]}`);
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
  return out;
}

/** `ws://host:port`, with brackets around an IPv6 host. */
export function wsUrl(host: string, port: number): string {
  return `ws://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

/** Starts a feed server; resolves once it listens (port 0 picks a free port). */
export async function startFeedServer(options: FeedServerOptions): Promise<FeedServer> {
  const host = options.host ?? '127.0.0.1';
  const http = createServer((req, res) => {
    if (options.onRequest) options.onRequest(req, res);
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
  });
  await new Promise<void>((resolve, reject) => {
    http.once('listening', resolve);
    http.once('error', (error: Error & { code?: string }) => {
      const where = `${host}:${options.port ?? 0}`;
      const why = error.code === 'EADDRINUSE' ? 'is already in use' : `cannot be opened (${error.message})`;
      reject(new Error(`${options.label ?? 'feed server'}: ${where} ${why}`));
    });
    http.listen(options.port ?? 0, host);
  });
  // Made once listening: a WebSocketServer re-emits its HTTP server's listen errors as its own.
  const wss = new WebSocketServer({
    server: http,
    maxPayload: 64 * 1024,
    verifyClient: (info: { req: IncomingMessage }) =>
      !options.token || info.req.headers.authorization === `Bearer ${options.token}`,
  });
  return new Feeds(http, wss, host, options);
}

class Feeds implements FeedServer {
  readonly url: string;
  readonly host: string;
  readonly port: number;
  readonly #http: Server;
  readonly #wss: WebSocketServer;
  readonly #now: () => number;
  #lastSentAt: number;
  #closed = false;

  constructor(http: Server, wss: WebSocketServer, host: string, options: FeedServerOptions) {
    this.#http = http;
    this.#wss = wss;
    this.host = host;
    const address = http.address();
    this.port = typeof address === 'object' && address ? address.port : (options.port ?? 0);
    this.url = wsUrl(host, this.port);
    this.#now = options.now ?? Date.now;
    this.#lastSentAt = this.#now();
    wss.on('connection', (ws) => {
      ws.on('error', () => ws.terminate());
      if (this.#closed || (options.maxClients !== undefined && wss.clients.size > options.maxClients)) {
        ws.close(1013, 'too many clients');
        return;
      }
      const welcome = [...options.welcome()].sort((a, b) => Number(a.ts) - Number(b.ts));
      const frames = toFrames(welcome);
      // An empty batch still tells the client the server is there.
      for (const frame of frames.length > 0 ? frames : ['{"type":"batch","messages":[]}']) ws.send(frame);
    });
  }

  get lastSentAt(): number {
    return this.#lastSentAt;
  }

  clientCount(): number {
    let n = 0;
    for (const ws of this.#wss.clients) if (ws.readyState === WebSocket.OPEN) n += 1;
    return n;
  }

  broadcast(messages: readonly WireMessage[]): void {
    for (const frame of toFrames(messages)) this.#send(frame);
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    for (const ws of this.#wss.clients) ws.terminate();
    await new Promise<void>((resolve) => this.#wss.close(() => resolve()));
    this.#http.closeAllConnections();
    await new Promise<void>((resolve) => this.#http.close(() => resolve()));
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
