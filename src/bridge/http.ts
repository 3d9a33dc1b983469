/**
 * The bridge's HTTP side, on the same port as its WebSocket: `POST /alerts` (Alertmanager or
 * Grafana), `POST /deploys` (CI) and `GET /status`. A bad body gets a 400 with the reason.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Bodies above this are refused (a group of 2,000 alerts, the most one body may hold, fits). */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;

/** What a POST handler made of a body. */
export type Accepted = { ok: true; count: number } | { ok: false; reason: string };

/** What the routes need from the bridge. */
export type HttpDeps = {
  /** Bearer token the POSTs must carry, when set. */
  readonly token?: string | undefined;
  readonly alerts: (body: unknown) => Accepted;
  readonly deploys: (body: unknown) => Accepted;
  readonly status: () => unknown;
  /** Told of every POST's outcome, for the counters. */
  readonly count: (route: 'alerts' | 'deploys', result: Accepted) => void;
};

function reply(res: ServerResponse, code: number, body: unknown): void {
  res.writeHead(code, { 'content-type': 'application/json' }).end(`${JSON.stringify(body)}\n`);
}

function readBody(req: IncomingMessage): Promise<{ ok: true; text: string } | { ok: false; reason: string }> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES && !done) {
        done = true;
        resolve({ ok: false, reason: `body larger than ${MAX_BODY_BYTES} bytes` });
        req.resume();
      } else if (!done) chunks.push(chunk);
    });
    req.on('end', () => {
      if (!done) resolve({ ok: true, text: Buffer.concat(chunks).toString('utf8') });
      done = true;
    });
    req.on('error', () => {
      if (!done) resolve({ ok: false, reason: 'the request was cut off' });
      done = true;
    });
  });
}

/** The request handler for the bridge's HTTP routes. */
export function bridgeRoutes(deps: HttpDeps) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const path = (req.url ?? '/').split('?')[0];
    const route = path === '/alerts' ? deps.alerts : path === '/deploys' ? deps.deploys : undefined;
    if (req.method === 'GET' && path === '/status') reply(res, 200, deps.status());
    else if (!route)
      reply(res, 404, {
        error: 'not found: the bridge takes POST /alerts, POST /deploys, GET /status and WebSocket',
      });
    else if (req.method !== 'POST') reply(res, 405, { error: `${path} takes POST` });
    else if (deps.token && req.headers.authorization !== `Bearer ${deps.token}`)
      reply(res, 401, { error: 'missing or wrong bearer token' });
    else receive(req, res, path === '/alerts' ? 'alerts' : 'deploys', route, deps);
  };
}

function receive(
  req: IncomingMessage,
  res: ServerResponse,
  name: 'alerts' | 'deploys',
  route: (body: unknown) => Accepted,
  deps: HttpDeps,
): void {
  void readBody(req).then((body) => {
    if (!body.ok) {
      deps.count(name, body);
      reply(res, 413, { error: body.reason });
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(body.text);
    } catch {
      json = undefined;
    }
    const result: Accepted =
      json === undefined ? { ok: false, reason: 'body is not valid JSON' } : route(json);
    deps.count(name, result);
    if (result.ok) reply(res, 202, { accepted: result.count });
    else reply(res, 400, { error: result.reason });
  });
}
