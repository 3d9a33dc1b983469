/**
 * Staying connected to the hub: connect, make sure the room's stream exists, read it, and when
 * the connection drops (the server restarted, the network went) wait a little and start again.
 * Reconnecting here rather than inside the client lets each connection resume reading the
 * stream exactly where the last one stopped.
 */
import {
  DeliverPolicy,
  type JetStreamClient,
  jetstream,
  jetstreamManager,
  StorageType,
} from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import type { HubTarget } from './hub-options.js';

/** The stream's subjects: `<room>.events.<kind>.<incident>`. */
export function eventsPrefix(room: string, kind: string): string {
  return `${room}.events.${kind}.`;
}

/** The stream that holds a room's incidents. */
export function streamName(room: string): string {
  return room.toUpperCase().replace(/[^A-Z0-9_-]/g, '_');
}

/** What one live connection offers. */
export type HubLink = { readonly nc: NatsConnection; readonly js: JetStreamClient };

/** Callbacks of the connection loop. */
export type LinkHandlers = {
  /** A connection is up; read from `fromSeq` on. */
  up(link: HubLink): void;
  /** One stream message, in order. `pending` is how many more the stream held when it was sent. */
  message(subject: string, seq: number, data: string, pending: number): void;
  /** Nothing (more) to read for now. */
  caughtUp(): void;
  down(reason: string): void;
  /** The last stream sequence read, to resume after. */
  lastSeq(): number;
  stopped(): boolean;
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms).unref());

/** Why a connection attempt failed, in a few words and no secrets. */
function why(error: unknown): string {
  const e = error as { code?: string; message?: string };
  if (e.code === 'ECONNREFUSED' || /ECONNREFUSED/.test(e.message ?? '')) return 'connection refused';
  return (e.message ?? String(error)).replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').slice(0, 80);
}

async function ensureStream(link: HubLink, room: string): Promise<void> {
  const jsm = await jetstreamManager(link.nc);
  const name = streamName(room);
  try {
    await jsm.streams.info(name);
  } catch {
    // Ten minutes of duplicate window: an event retried after a hub restart is still recognised.
    await jsm.streams.add({
      name,
      subjects: [`${room}.events.>`],
      storage: StorageType.File,
      duplicate_window: 600_000_000_000,
    });
  }
}

async function readStream(link: HubLink, room: string, kind: string, h: LinkHandlers): Promise<void> {
  const from = h.lastSeq() + 1;
  const consumer = await link.js.consumers.get(streamName(room), {
    filter_subjects: `${eventsPrefix(room, kind)}>`,
    ...(from > 1 ? { deliver_policy: DeliverPolicy.StartSequence, opt_start_seq: from } : {}),
  });
  const info = await consumer.info(true);
  if (info.num_pending === 0) h.caughtUp();
  const messages = await consumer.consume({ max_messages: 256 });
  for await (const m of messages) {
    h.message(m.subject, m.seq, m.string(), m.info.pending);
    if (m.info.pending === 0) h.caughtUp();
    if (h.stopped()) break;
  }
}

/** Connects, reads and reconnects until `h.stopped()`; returns the connection in use through `h.up`. */
export async function keepConnected(target: HubTarget, kind: string, h: LinkHandlers): Promise<void> {
  let wait = 250;
  while (!h.stopped()) {
    let nc: NatsConnection | undefined;
    try {
      nc = await connect({
        ...target.connect,
        reconnect: false,
        timeout: 3000,
        pingInterval: 2000,
        maxPingOut: 2,
      });
      const link = { nc, js: jetstream(nc, { timeout: 5000 }) };
      await ensureStream(link, target.room);
      h.up(link);
      wait = 250;
      const closed = nc.closed();
      await Promise.race([closed, readStream(link, target.room, kind, h)]);
      const ended = await Promise.race([closed, sleep(10).then(() => undefined)]);
      h.down(ended instanceof Error ? why(ended) : 'the connection closed');
    } catch (error) {
      h.down(why(error));
    }
    await nc?.close().catch(() => undefined);
    if (h.stopped()) break;
    await sleep(wait);
    wait = Math.min(2000, wait * 2);
  }
}
