/**
 * `warroom bridge`: sources behind one feed server. Whatever a source sends is broadcast to every
 * seat and remembered for the next one; Prometheus is polled once however many seats watch.
 */
import type { WireMessage } from '../feeds/protocol.js';
import { type FeedServer, startFeedServer } from '../feeds/feed-server.js';
import { alertMessages, DEFAULT_SERVICE_LABELS } from '../sources/alerts/webhook.js';
import { deployMessage } from '../sources/deploys.js';
import type { Source } from '../sources/types.js';
import { type Accepted, bridgeRoutes } from './http.js';
import { Snapshot } from './snapshot.js';

/** Options for {@link startBridge}. */
export type BridgeOptions = {
  readonly host?: string;
  readonly port?: number;
  readonly sources: readonly Source[];
  /** Bearer token POST /alerts and POST /deploys must carry (WARROOM_ALERTS_TOKEN). */
  readonly alertsToken?: string | undefined;
  /** Bearer token seats must send on the WebSocket upgrade (WARROOM_FEED_TOKEN). */
  readonly feedToken?: string | undefined;
  /** Labels tried, in order, for an alert's service. */
  readonly serviceLabels?: readonly string[];
  readonly heartbeatMs?: number;
  readonly now?: () => number;
};

/** Counts of what the POST routes took and refused. */
export type RouteStats = { received: number; rejected: number; lastRejection?: string };

/** A running bridge. */
export type Bridge = {
  readonly url: string;
  readonly host: string;
  readonly port: number;
  /** The HTTP base for POSTs: http://host:port */
  readonly httpUrl: string;
  stats(): { alerts: RouteStats; deploys: RouteStats; seats: number };
  close(): Promise<void>;
};

/** Starts the bridge and its sources; resolves once it listens. */
export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const now = options.now ?? Date.now;
  const snapshot = new Snapshot();
  const stats = {
    alerts: { received: 0, rejected: 0 } as RouteStats,
    deploys: { received: 0, rejected: 0 } as RouteStats,
  };
  let server: FeedServer | undefined;
  const send = (messages: readonly WireMessage[]): void => {
    if (messages.length === 0) return;
    snapshot.add(messages);
    server?.broadcast(messages);
  };
  const take = (messages: WireMessage[]): Accepted => {
    send(messages);
    return { ok: true, count: messages.length };
  };
  server = await startFeedServer({
    ...(options.host ? { host: options.host } : {}),
    port: options.port ?? 0,
    token: options.feedToken,
    label: 'bridge',
    welcome: () => snapshot.messages(),
    onRequest: bridgeRoutes({
      token: options.alertsToken,
      alerts: (body) => {
        const r = alertMessages(body, now(), options.serviceLabels ?? DEFAULT_SERVICE_LABELS);
        return r.ok ? take(r.messages) : r;
      },
      deploys: (body) => {
        const r = deployMessage(body, now());
        return r.ok ? take([r.message]) : r;
      },
      count: (route, result) => {
        const s = stats[route];
        if (result.ok) s.received += 1;
        else {
          s.rejected += 1;
          s.lastRejection = result.reason;
        }
      },
      status: () => ({ ...stats, seats: server?.clientCount() ?? 0 }),
    }),
  });
  const heartbeatMs = options.heartbeatMs ?? 5000;
  const heartbeat = setInterval(
    () => {
      if (server && now() - server.lastSentAt >= heartbeatMs)
        server.broadcast([{ type: 'heartbeat', ts: now() }]);
    },
    Math.min(1000, heartbeatMs),
  );
  for (const source of options.sources) source.start(send);
  const feeds = server;
  return {
    url: feeds.url,
    host: feeds.host,
    port: feeds.port,
    httpUrl: feeds.url.replace(/^ws:/, 'http:'),
    stats: () => ({ alerts: { ...stats.alerts }, deploys: { ...stats.deploys }, seats: feeds.clientCount() }),
    async close() {
      clearInterval(heartbeat);
      await Promise.all(options.sources.map((s) => s.stop()));
      await feeds.close();
    },
  };
}
