/** A real HTTP server on 127.0.0.1 that answers from a script, and incident sessions in temp dirs. */
import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IncidentSession } from '../../src/app/incident-session.js';
import { BUILT_IN_PROFILES } from '../../src/incident/profiles/index.js';

/** 14:05 UTC on 22 November 2026. */
export const T0 = Date.UTC(2026, 10, 22, 14, 5, 0);
/** The profile the tests use (SEV1–SEV3, update template with {summary} and {actions}). */
export const profile = BUILT_IN_PROFILES['sre-sev3']!;

/** One answer: a status (and body), late by `delayMs` if set, or 'hang' to never answer. */
export type Reply = { status: number; body?: string; delayMs?: number } | 'hang';
/** A request the server received. */
export type Received = { method: string; url: string; headers: Record<string, unknown>; body: string };

/** A loopback server that replies from `script` in order, repeating the last reply. */
export async function startServer(script: Reply[]): Promise<{
  url: string;
  port: number;
  received: Received[];
  setScript(next: Reply[]): void;
  close(): Promise<void>;
}> {
  let replies = [...script];
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      const reply = replies.length > 1 ? replies.shift()! : replies[0]!;
      if (reply === 'hang') return;
      const answer = () => {
        if (res.destroyed) return;
        res.writeHead(reply.status, { 'content-type': 'text/plain' });
        res.end(reply.body ?? '');
      };
      if (reply.delayMs) setTimeout(answer, reply.delayMs).unref();
      else answer();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    received,
    setScript: (next) => {
      replies = [...next];
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A port on 127.0.0.1 that nothing listens on (a server was there a moment ago). */
export async function closedPort(): Promise<number> {
  const s = await startServer([{ status: 200 }]);
  await s.close();
  return s.port;
}

/** A temp directory. */
export function tempDir(prefix = 'warroom-actions-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A session with a declared incident. */
export function declaredSession(options: { dir?: string; drill?: boolean; title?: string } = {}) {
  let now = T0;
  const dir = options.dir ?? tempDir();
  const session = new IncidentSession({
    dir,
    profile,
    user: () => 'dana',
    clock: () => now,
    ...(options.drill ? { drill: true } : {}),
  });
  session.declare(options.title ?? 'checkout failing', 'SEV2');
  return {
    session,
    dir,
    advance: (ms: number) => (now += ms),
    journal: join(dir, `${session.state.id}.jsonl`),
  };
}

/**
 * Fast retry timing so failures take milliseconds. The timeout is generous: a timed-out post is
 * "unknown" and not resent, so on a loaded machine a tight one would turn a 400 into a timeout.
 */
export const FAST = { timeoutMs: 10_000, retries: 2, backoffMs: 10 } as const;
