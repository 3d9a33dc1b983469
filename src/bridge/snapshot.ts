/**
 * What a seat gets when it connects to the bridge: the latest of everything, plus the last half
 * hour of error rates and p95s (one point per minute) so its sparklines start filled.
 */
import type { WireMessage } from '../feeds/protocol.js';

const BUCKET_MS = 60_000;
/** Points of history kept per service and metric. */
export const HISTORY_POINTS = 31;
/** Keys held at most; the oldest goes first (a storm of distinct alerts must not grow memory). */
const MAX_KEYS = 5000;

function keyOf(m: WireMessage): string | undefined {
  switch (m.type) {
    case 'alert':
      return `alert\u0000${m.name}\u0000${m.service ?? ''}`;
    case 'source':
      return `source\u0000${m.name}`;
    case 'heartbeat':
      return undefined;
    default:
      return `${m.type}\u0000${m.service}`;
  }
}

const bucket = (m: WireMessage): number => Math.floor(Number(m.ts) / BUCKET_MS);

/** The bridge's memory of what it sent, bounded. */
export class Snapshot {
  readonly #rings = new Map<string, WireMessage[]>();

  /** Remembers messages as they are broadcast. */
  add(messages: readonly WireMessage[]): void {
    for (const m of messages) {
      const key = keyOf(m);
      if (key === undefined) continue;
      if (m.type === 'alert' && m.status === 'resolved') {
        this.#rings.delete(key);
        continue;
      }
      const ring = this.#rings.get(key);
      if (!ring || (m.type !== 'error-rate' && m.type !== 'latency')) {
        this.#rings.delete(key);
        this.#rings.set(key, [m]);
      } else {
        const last = ring.at(-1);
        if (last && bucket(last) === bucket(m)) ring[ring.length - 1] = m;
        else if (!last || bucket(m) > bucket(last)) ring.push(m);
        if (ring.length > HISTORY_POINTS) ring.shift();
      }
      if (this.#rings.size > MAX_KEYS) {
        const oldest = this.#rings.keys().next().value;
        if (oldest !== undefined) this.#rings.delete(oldest);
      }
    }
  }

  /** Everything remembered, in time order. */
  messages(): WireMessage[] {
    return [...this.#rings.values()].flat().sort((a, b) => Number(a.ts) - Number(b.ts));
  }
}
