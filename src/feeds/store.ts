/**
 * The metric store: everything the feeds said, held outside React. Messages are applied as they
 * arrive; listeners are told that something changed and read what they need when they repaint.
 */
import type { FeedConnState } from './client.js';
import { AlertBook } from './alert-book.js';
import { FeedClock } from './feed-clock.js';
import type { FeedMessage, FrameResult, SourceMessage } from './protocol.js';
import { ServiceState } from './service-state.js';
import { DEFAULT_THRESHOLDS, type Thresholds } from './thresholds.js';

export type { FeedConnState } from './client.js';

/** Something worth a line in the recent-events list. */
export type FeedEvent = {
  readonly ts: number;
  readonly kind: 'deploy' | 'health' | 'alert';
  readonly service: string;
  readonly text: string;
};

/** How one of a feed's own sources is doing (v1.1 `source` messages), and since when. */
export type SourceState = {
  readonly status: SourceMessage['status'];
  readonly reason: string | undefined;
  readonly since: number;
  /** The feed that reported it: a source is only as current as its feed. */
  readonly feed: string;
};

/** Evidence that the runbook's declare condition holds on one service. */
export type CriteriaEvidence = {
  readonly service: string;
  readonly metric: 'error-rate' | 'p95';
  readonly value: number;
  readonly since: number;
  readonly forMs: number;
};

const EVENTS_KEPT = 200;
const RATE_WINDOW_S = 5;
/** Services held at most by default: far more than a screen shows, about 30 MB of series. */
export const DEFAULT_MAX_SERVICES = 500;
/** Refused names remembered so each is counted once; past this the memory starts over. */
const REFUSED_KEPT = 4096;

/** Options for a store; `now` is the wall clock used for rates and staleness. */
export type StoreOptions = {
  thresholds?: Thresholds;
  now?: () => number;
  staleAfterMs?: number;
  /** The most services held; past it the idlest is evicted, or a new name refused. */
  maxServices?: number;
};

/** Live state of every service and feed. */
export class MetricStore {
  readonly services = new Map<string, ServiceState>();
  readonly feeds = new Map<string, FeedConnState>();
  readonly lastFrameAt = new Map<string, number>();
  /** When each feed that is not live stopped being live (kept across retries). */
  readonly outageSince = new Map<string, number>();
  readonly events: FeedEvent[] = [];
  /** Alerts firing now (v1.1 `alert` messages). */
  readonly alerts = new AlertBook();
  /** The feeds' own sources by name (v1.1 `source` messages). */
  readonly sources = new Map<string, SourceState>();
  readonly thresholds: Thresholds;
  readonly staleAfterMs: number;
  accepted = 0;
  rejected = 0;
  unknown = 0;
  /** Services evicted or refused because of the cap (each refused name counted once). */
  droppedServices = 0;
  readonly maxServices: number;
  lastRejection: { reason: string; at: number; feed: string } | undefined;
  private readonly clock = new FeedClock();
  private version = 0;
  private readonly listeners = new Set<() => void>();
  private readonly now: () => number;
  private readonly perSecond = new Map<number, number>();
  private readonly refused = new Set<string>();
  /** No service can be idle before this time (the idlest one's last message plus the limit). */
  private noIdleBefore = 0;

  constructor(options: StoreOptions = {}) {
    this.thresholds = options.thresholds ?? DEFAULT_THRESHOLDS;
    this.now = options.now ?? Date.now;
    this.staleAfterMs = options.staleAfterMs ?? 15_000;
    this.maxServices = Math.max(1, options.maxServices ?? DEFAULT_MAX_SERVICES);
  }

  /** Applies one decoded frame from a feed. */
  ingestFrame(feed: string, result: FrameResult, receivedAt = this.now()): void {
    this.lastFrameAt.set(feed, receivedAt);
    let applied = 0;
    for (const m of result.messages) if (this.apply(m, receivedAt, feed)) applied += 1;
    this.accepted += applied;
    this.unknown += result.unknown;
    this.rejected += result.rejected.length;
    const last = result.rejected.at(-1);
    if (last !== undefined) this.lastRejection = { reason: last, at: receivedAt, feed };
    const second = Math.floor(receivedAt / 1000);
    this.perSecond.set(second, (this.perSecond.get(second) ?? 0) + applied);
    if (this.perSecond.size > RATE_WINDOW_S + 2) {
      for (const key of this.perSecond.keys()) if (key < second - RATE_WINDOW_S) this.perSecond.delete(key);
    }
    this.changed();
  }

  /** Records a feed connection's new state. */
  setFeedState(feed: string, state: FeedConnState): void {
    if (state.kind === 'live') this.outageSince.delete(feed);
    else if (!this.outageSince.has(feed)) this.outageSince.set(feed, state.since);
    this.feeds.set(feed, state);
    this.changed();
  }

  /** Messages per second accepted over the last few whole seconds. */
  messageRate(now = this.now()): number {
    const current = Math.floor(now / 1000);
    let total = 0;
    for (let s = current - RATE_WINDOW_S; s < current; s += 1) total += this.perSecond.get(s) ?? 0;
    return total / RATE_WINDOW_S;
  }

  /** Whether a feed that is connected has gone quiet for longer than the staleness limit. */
  isFeedStale(feed: string, now = this.now()): boolean {
    const state = this.feeds.get(feed);
    if (state?.kind !== 'live') return false;
    const last = Math.max(this.lastFrameAt.get(feed) ?? 0, state.since);
    return now - last > this.staleAfterMs;
  }

  /** Whether a service has had no message for longer than the staleness limit. */
  isServiceStale(service: ServiceState, now = this.now()): boolean {
    return now - service.lastReceivedAt > this.staleAfterMs;
  }

  /** Whether the footer shows something by the second: a feed that is not live, or is stale. */
  needsSeconds(now = this.now()): boolean {
    for (const [feed, state] of this.feeds)
      if (state.kind !== 'live' || this.isFeedStale(feed, now)) return true;
    for (const source of this.sources.values()) if (source.status === 'down') return true;
    // A new alert's age reads in seconds for its first minute.
    for (const alert of this.alerts.firing()) if (now - alert.since < 60_000) return true;
    return false;
  }

  /**
   * Which services are stale, as one string: the screen must change when a service goes stale
   * or comes back, but a stale service's age alone does not need a frame every second.
   */
  staleSignature(now = this.now()): string {
    let out = '';
    for (const s of this.services.values()) if (this.isServiceStale(s, now)) out += `${s.name}\n`;
    return out;
  }

  /** Services meeting the declare condition now (sustained error rate or p95 multiple). */
  criteriaMet(): CriteriaEvidence[] {
    const sustain = this.thresholds.declare.sustainMs;
    const out: CriteriaEvidence[] = [];
    for (const s of this.services.values()) {
      if (s.errorAboveSince !== undefined && s.lastFeedTs - s.errorAboveSince >= sustain) {
        const forMs = s.lastFeedTs - s.errorAboveSince;
        out.push({
          service: s.name,
          metric: 'error-rate',
          value: s.errorRatio ?? 0,
          since: s.errorAboveSince,
          forMs,
        });
      }
      if (s.latencyAboveSince !== undefined && s.lastFeedTs - s.latencyAboveSince >= sustain) {
        const forMs = s.lastFeedTs - s.latencyAboveSince;
        out.push({
          service: s.name,
          metric: 'p95',
          value: s.p95Multiple ?? 0,
          since: s.latencyAboveSince,
          forMs,
        });
      }
    }
    return out.sort((a, b) => b.forMs - a.forMs);
  }

  /** The feed clock (see {@link FeedClock}): one bad timestamp cannot move it for everyone. */
  get feedNow(): number {
    return this.clock.now;
  }

  /** A number that changes whenever anything in the store does. */
  getVersion(): number {
    return this.version;
  }

  /** Registers a change listener; returns the function that removes it. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The service's state, made if there is room; undefined when the cap refuses it. */
  private service(name: string, now: number): ServiceState | undefined {
    let s = this.services.get(name);
    if (s) return s;
    if (this.services.size >= this.maxServices && !this.evictIdle(now)) {
      if (!this.refused.has(name)) {
        if (this.refused.size >= REFUSED_KEPT) this.refused.clear();
        this.refused.add(name);
        this.droppedServices += 1;
      }
      return undefined;
    }
    s = new ServiceState(name, this.thresholds);
    this.services.set(name, s);
    return s;
  }

  /** Drops the service heard from longest ago if it has gone idle; false when none has. */
  private evictIdle(now: number): boolean {
    if (now < this.noIdleBefore) return false;
    let idlest: ServiceState | undefined;
    for (const s of this.services.values()) if (!idlest || s.lastReceivedAt < idlest.lastReceivedAt) idlest = s;
    if (!idlest) return false;
    if (!this.isServiceStale(idlest, now)) {
      this.noIdleBefore = idlest.lastReceivedAt + this.staleAfterMs;
      return false;
    }
    this.services.delete(idlest.name);
    this.droppedServices += 1;
    return true;
  }

  private apply(m: FeedMessage, receivedAt: number, feed: string): boolean {
    if (m.type === 'heartbeat' || m.type === 'alert' || m.type === 'source') {
      this.clock.advance(`\u0000${feed}`, m.ts, receivedAt);
      this.applyFeedLevel(m, feed);
      return true;
    }
    const s = this.service(m.service, receivedAt);
    if (!s) return false;
    this.clock.advance(m.service, m.ts, receivedAt);
    switch (m.type) {
      case 'health': {
        const before = s.health;
        s.applyHealth(m, receivedAt);
        if (before !== m.status && before !== 'unknown') {
          this.event({ ts: m.ts, kind: 'health', service: m.service, text: `${before} → ${m.status}` });
        }
        return true;
      }
      case 'error-rate':
        s.applyErrorRate(m, receivedAt);
        return true;
      case 'latency':
        s.applyLatency(m, receivedAt);
        return true;
      case 'deploy':
        s.applyDeploy(m, receivedAt);
        this.event({
          ts: m.ts,
          kind: 'deploy',
          service: m.service,
          text: `deploy ${m.version}${m.by ? ` by ${m.by}` : ''}`,
        });
        return true;
      default: {
        const never: never = m;
        throw new Error(`unhandled message ${String(never)}`);
      }
    }
  }

  /** Messages about the feed itself rather than a service: alerts and the sender's own sources. */
  private applyFeedLevel(m: Extract<FeedMessage, { type: 'heartbeat' | 'alert' | 'source' }>, feed: string): void {
    if (m.type === 'alert') {
      if (['fired', 'resolved'].includes(this.alerts.apply(m))) {
        this.event({ ts: m.ts, kind: 'alert', service: m.service ?? m.name, text: `${m.status}: ${m.name}` });
      }
    } else if (m.type === 'source') {
      const old = this.sources.get(m.name);
      const since = old?.status === m.status ? old.since : m.ts;
      this.sources.set(m.name, { status: m.status, reason: m.reason, since, feed });
    }
  }

  private event(e: FeedEvent): void {
    this.events.push(e);
    if (this.events.length > EVENTS_KEPT) this.events.splice(0, this.events.length - EVENTS_KEPT);
  }

  private changed(): void {
    this.version += 1;
    for (const listener of this.listeners) listener();
  }
}
