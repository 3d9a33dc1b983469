/** Shared helpers for feed tests: condition polling and a tiny real WebSocket server on loopback. */
import type { IncomingMessage } from 'node:http';
import { type WebSocket, WebSocketServer } from 'ws';

/** Polls `check` until it returns a truthy value (returned) or the time runs out. */
export async function waitFor<T>(
  check: () => T | undefined | false,
  what: string,
  timeoutMs = 8000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** A loopback WebSocket server that records what clients send and how they connected. */
export type TestServer = {
  readonly wss: WebSocketServer;
  readonly port: number;
  readonly url: string;
  readonly sockets: WebSocket[];
  readonly received: string[];
  readonly upgrades: IncomingMessage[];
  broadcast(data: string | Buffer, binary?: boolean): void;
  close(): Promise<void>;
};

/** Starts a {@link TestServer} on 127.0.0.1 (port 0 picks a free one). */
export async function startTestServer(port = 0): Promise<TestServer> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port });
  await new Promise<void>((resolve, reject) => {
    wss.once('listening', resolve);
    wss.once('error', reject);
  });
  const address = wss.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  const sockets: WebSocket[] = [];
  const received: string[] = [];
  const upgrades: IncomingMessage[] = [];
  wss.on('connection', (ws, req) => {
    sockets.push(ws);
    upgrades.push(req);
    ws.on('error', () => {});
    ws.on('message', (data) => received.push(String(data)));
  });
  return {
    wss,
    port: actual,
    url: `ws://127.0.0.1:${actual}`,
    sockets,
    received,
    upgrades,
    broadcast(data, binary = false) {
      for (const ws of wss.clients) ws.send(data, { binary });
    },
    close() {
      for (const ws of wss.clients) ws.terminate();
      return new Promise((resolve) => wss.close(() => resolve()));
    },
  };
}
