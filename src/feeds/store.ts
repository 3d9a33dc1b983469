/**
 * The metric store: everything the feeds said, held outside React. Messages are applied as they
 * arrive; listeners are told that something changed and read what they need when they repaint.
 */
import type { FeedConnState } from './client.js';
import { AlertBook } from './alert-book.js';
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

/** Options for a store; `now` is the wall clock used for rates and staleness. */
export type StoreOptions = { thresholds?: Thresholds; now?: () => number; staleAfterMs?: number };

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
  lastRejection: { reason: string; at: number; feed: string } | undefined;
  /** The newest feed timestamp seen: the clock that windows such as "5 minutes above" use. */
  feedNow = 0;
  private version = 0;
  private readonly listeners = new Set<() => void>();
  private readonly now: () => number;
  private readonly perSecond = new Map<number, number>();

  constructor(options: StoreOptions = {}) {
    this.thresholds = options.thresholds ?? DEFAULT_THRESHOLDS;
    this.now = options.now ?? Date.now;
    this.staleAfterMs = options.staleAfterMs ?? 15_000;
  }

  /** Applies one decoded frame from a feed. */
  ingestFrame(feed: string, result: FrameResult, receivedAt = this.now()): void {
    this.lastFrameAt.set(feed, receivedAt);
    for (const m of result.messages) this.apply(m, receivedAt, feed);
    this.accepted += result.messages.length;
    this.unknown += result.unknown;
    this.rejected += result.rejected.length;
    const last = result.rejected.at(-1);
    if (last !== undefined) this.lastRejection = { reason: last, at: receivedAt, feed };
    const second = Math.floor(receivedAt / 1000);
    this.perSecond.set(second, (this.perSecond.get(second) ?? 0) + result.messages.length);
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

  /** A number that changes whenever anything in the store does. */
  getVersion(): number {
    return this.version;
  }

  /** Registers a change listener; returns the function that removes it. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private service(name: string): ServiceState {
    let s = this.services.get(name);
    if (!s) {
      s = new ServiceState(name, this.thresholds);
      this.services.set(name, s);
    }
    return s;
  }

  private apply(m: FeedMessage, receivedAt: number, feed: string): void {
    if (m.ts > this.feedNow) this.feedNow = m.ts;
    switch (m.type) {
      case 'health': {
        const s = this.service(m.service);
        const before = s.health;
        s.applyHealth(m, receivedAt);
        if (before !== m.status && before !== 'unknown') {
          this.event({ ts: m.ts, kind: 'health', service: m.service, text: `${before} → ${m.status}` });
        }
        return;
      }
      case 'error-rate':
        this.service(m.service).applyErrorRate(m, receivedAt);
        return;
      case 'latency':
        this.service(m.service).applyLatency(m, receivedAt);
        return;
      case 'deploy':
        this.service(m.service).applyDeploy(m, receivedAt);
        this.event({
          ts: m.ts,
          kind: 'deploy',
          service: m.service,
          text: `deploy ${m.version}${m.by ? ` by ${m.by}` : ''}`,
        });
        return;
      case 'alert':
        if (['fired', 'resolved'].includes(this.alerts.apply(m))) {
          const where = m.service ?? m.name;
          this.event({ ts: m.ts, kind: 'alert', service: where, text: `${m.status}: ${m.name}` });
        }
        return;
      case 'source': {
        const old = this.sources.get(m.name);
        const since = old?.status === m.status ? old.since : m.ts;
        this.sources.set(m.name, { status: m.status, reason: m.reason, since, feed });
        return;
      }
      case 'heartbeat':
        return;
      default: {
        const never: never = m;
        throw new Error(`unhandled message ${String(never)}`);
      }
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
