/** What the dashboard knows about one service, updated message by message. */
import type {
  DeployMessage,
  ErrorRateMessage,
  HealthMessage,
  HealthStatus,
  LatencyMessage,
} from './protocol.js';
import { BucketSeries, SampleRing } from './series.js';
import { errorRateLevel, latencyLevel, type Level, type Thresholds } from './thresholds.js';

/** Sparkline bucket width in feed time: the newest point updates in place within a minute. */
export const BUCKET_MS = 60_000;
/** 24 hours of one-minute buckets: a day-long session never grows. */
export const BUCKET_CAPACITY = 24 * 60;
/** Baseline samples kept (a 30 min window at one sample per second fits). */
const BASELINE_SAMPLES = 2048;
/** How many recent deploys a service remembers. */
const DEPLOYS_KEPT = 8;

/** A deployment seen on the feed. */
export type Deploy = { readonly version: string; readonly ts: number; readonly by?: string };

/** One service's live state. Mutable inside the store; the UI reads copies made at repaint. */
export class ServiceState {
  health: HealthStatus | 'unknown' = 'unknown';
  healthDetail: string | undefined;
  /** Feed time when the current health status began. */
  healthSince = 0;
  errorRatio: number | undefined;
  requests: number | undefined;
  p50: number | undefined;
  p95: number | undefined;
  p99: number | undefined;
  /** Baseline p95 sent by the feed, which wins over the computed one. */
  feedBaseline: number | undefined;
  /** Trailing-median baseline, recomputed at most once a bucket. */
  computedBaseline: number | undefined;
  lastFeedTs = 0;
  lastReceivedAt = 0;
  /** Feed time since which error rate / p95 stayed above the declare limits, if they do. */
  errorAboveSince: number | undefined;
  latencyAboveSince: number | undefined;
  readonly errorSeries = new BucketSeries(BUCKET_CAPACITY, BUCKET_MS);
  readonly p95Series = new BucketSeries(BUCKET_CAPACITY, BUCKET_MS);
  readonly deploys: Deploy[] = [];
  private readonly baselineSamples = new SampleRing(BASELINE_SAMPLES);
  private baselineBucket = Number.NaN;

  constructor(
    readonly name: string,
    private readonly thresholds: Thresholds,
  ) {}

  /** The baseline in use: the feed's if it sends one, else the trailing median. */
  get baseline(): number | undefined {
    return this.feedBaseline ?? this.computedBaseline;
  }

  /** p95 as a multiple of the baseline, when both are known. */
  get p95Multiple(): number | undefined {
    const base = this.baseline;
    if (this.p95 === undefined || base === undefined || base <= 0) return undefined;
    return this.p95 / base;
  }

  get errorLevel(): Level {
    return this.errorRatio === undefined ? 'ok' : errorRateLevel(this.errorRatio, this.thresholds);
  }

  get latencyLevel(): Level {
    const m = this.p95Multiple;
    return m === undefined ? 'ok' : latencyLevel(m, this.thresholds);
  }

  private touch(ts: number, receivedAt: number): void {
    if (ts > this.lastFeedTs) this.lastFeedTs = ts;
    this.lastReceivedAt = receivedAt;
  }

  applyHealth(m: HealthMessage, receivedAt: number): void {
    if (m.status !== this.health) this.healthSince = m.ts;
    this.health = m.status;
    this.healthDetail = m.detail;
    this.touch(m.ts, receivedAt);
  }

  applyErrorRate(m: ErrorRateMessage, receivedAt: number): void {
    this.errorRatio = m.ratio;
    this.requests = m.requests;
    this.errorSeries.add(m.ts, m.ratio);
    if (m.ratio > this.thresholds.declare.errorRate) this.errorAboveSince ??= m.ts;
    else this.errorAboveSince = undefined;
    this.touch(m.ts, receivedAt);
  }

  applyLatency(m: LatencyMessage, receivedAt: number): void {
    this.p95 = m.p95;
    this.p50 = m.p50;
    this.p99 = m.p99;
    this.feedBaseline = m.baseline_p95;
    this.p95Series.add(m.ts, m.p95);
    this.updateBaseline(m.ts, m.p95);
    const multiple = this.p95Multiple;
    if (multiple !== undefined && multiple > this.thresholds.declare.p95Multiple)
      this.latencyAboveSince ??= m.ts;
    else this.latencyAboveSince = undefined;
    this.touch(m.ts, receivedAt);
  }

  applyDeploy(m: DeployMessage, receivedAt: number): void {
    this.deploys.push({ version: m.version, ts: m.ts, ...(m.by ? { by: m.by } : {}) });
    if (this.deploys.length > DEPLOYS_KEPT) this.deploys.shift();
    this.touch(m.ts, receivedAt);
  }

  /**
   * Samples taken while latency is already elevated are kept out of the baseline, so a long
   * incident does not teach the dashboard that its own anomaly is normal.
   */
  private updateBaseline(ts: number, p95: number): void {
    const current = this.computedBaseline;
    const elevated = current !== undefined && p95 > current * this.thresholds.p95Multiple.warning;
    if (!elevated) this.baselineSamples.push(ts, p95);
    const bucket = Math.floor(ts / BUCKET_MS);
    if (current === undefined || bucket !== this.baselineBucket) {
      this.baselineBucket = bucket;
      this.computedBaseline =
        this.baselineSamples.median(ts - this.thresholds.baselineWindowMs, ts) ?? current;
    }
  }
}
