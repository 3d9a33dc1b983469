/** The alerts that fire now, as the feeds reported them: set on firing, dropped on resolved. */
import type { AlertMessage } from './protocol.js';

/** At most this many firing alerts are held (a storm must not grow memory without bound). */
export const ALERTS_KEPT = 500;

/** A firing alert as the screen needs it. */
export type FiringAlert = {
  readonly name: string;
  readonly service: string | undefined;
  readonly severity: string | undefined;
  readonly summary: string | undefined;
  /** When it started firing (startsAt, or when it was first seen). */
  readonly since: number;
};

/** Firing alerts keyed by name and service. */
export class AlertBook {
  readonly #firing = new Map<string, FiringAlert>();

  /** Applies one alert message; says whether it started or stopped something firing. */
  apply(m: AlertMessage): 'fired' | 'resolved' | 'repeated' | 'unknown' {
    const key = `${m.name}\u0000${m.service ?? ''}`;
    if (m.status === 'resolved') return this.#firing.delete(key) ? 'resolved' : 'unknown';
    const old = this.#firing.get(key);
    const since = m.startsAt ?? old?.since ?? m.ts;
    this.#firing.set(key, {
      name: m.name,
      service: m.service,
      severity: m.severity,
      summary: m.summary,
      since,
    });
    if (this.#firing.size > ALERTS_KEPT) {
      const oldest = this.#firing.keys().next().value;
      if (oldest !== undefined) this.#firing.delete(oldest);
    }
    return old ? 'repeated' : 'fired';
  }

  /** Firing alerts, the longest-firing first. */
  firing(): FiringAlert[] {
    return [...this.#firing.values()].sort((a, b) => a.since - b.since || a.name.localeCompare(b.name));
  }

  get size(): number {
    return this.#firing.size;
  }
}
