/** Who is here, through the hub: each seat publishes a heartbeat on the room's presence subject. */
import type { NatsConnection, Subscription } from '@nats-io/transport-node';
import { z } from 'zod';
import { BEAT_MS, GONE_MS } from './presence-files.js';
import type { Peer, SeatIdentity } from './seat.js';

const beatSchema = z.object({
  id: z.string().min(1).max(200),
  name: z.string().min(1).max(60),
  readOnly: z.boolean(),
  bye: z.boolean().optional(),
});

/** Heartbeats out, the others' heartbeats in. */
export class HubPresence {
  private readonly seen = new Map<string, { peer: Peer; at: number }>();
  private nc: NatsConnection | undefined;
  private sub: Subscription | undefined;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly subject: string,
    private readonly me: SeatIdentity,
    private readonly changed: () => void,
  ) {
    this.timer = setInterval(() => this.beat(), BEAT_MS);
    this.timer.unref();
  }

  /** Starts listening on a (new) connection and says hello at once. */
  attach(nc: NatsConnection): void {
    this.nc = nc;
    this.sub = nc.subscribe(this.subject, {
      callback: (_err, msg) => {
        const beat = beatSchema.safeParse(safeJson(msg.string()));
        if (!beat.success || beat.data.id === this.me.id) return;
        const had = this.seen.has(beat.data.id);
        if (beat.data.bye) this.seen.delete(beat.data.id);
        else this.seen.set(beat.data.id, { peer: { ...beat.data, me: false }, at: Date.now() });
        if (had !== this.seen.has(beat.data.id)) this.changed();
        // A seat heard from for the first time hears from this one at once, not at the next beat.
        if (!had && !beat.data.bye) this.publish(false);
      },
    });
    this.beat();
  }

  /** This seat first, then the others heard from lately. */
  peers(): Peer[] {
    const now = Date.now();
    const others = [...this.seen.values()].filter((s) => now - s.at <= GONE_MS).map((s) => s.peer);
    return [{ ...this.me, me: true }, ...others.sort((a, b) => a.name.localeCompare(b.name))];
  }

  /** Says goodbye and stops. */
  leave(): void {
    clearInterval(this.timer);
    this.publish(true);
    this.sub?.unsubscribe();
  }

  private beat(): void {
    this.publish(false);
    const now = Date.now();
    for (const [id, s] of this.seen) {
      if (now - s.at > GONE_MS) {
        this.seen.delete(id);
        this.changed();
      }
    }
  }

  private publish(bye: boolean): void {
    try {
      this.nc?.publish(this.subject, JSON.stringify({ ...this.me, ...(bye ? { bye } : {}) }));
    } catch {
      // not connected: the next beat after the reconnect says it
    }
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
