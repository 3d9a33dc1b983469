/**
 * A fixed-size series of time buckets (a ring): each bucket keeps the worst (largest) value seen
 * in its time span, so a sparkline's newest point updates in place and the series only shifts
 * when a new bucket starts.
 */
export class BucketSeries {
  private readonly values: Float64Array;
  private newestBucket = Number.NaN;

  /** `capacity` buckets of `bucketMs` each; memory is fixed at creation. */
  constructor(
    readonly capacity: number,
    readonly bucketMs: number,
  ) {
    this.values = new Float64Array(capacity).fill(Number.NaN);
  }

  /** Records a value at a time; values older than the window are dropped. */
  add(ts: number, value: number): void {
    const bucket = Math.floor(ts / this.bucketMs);
    if (Number.isNaN(this.newestBucket)) this.newestBucket = bucket;
    if (bucket > this.newestBucket) {
      const gap = Math.min(bucket - this.newestBucket, this.capacity);
      for (let i = 1; i <= gap; i += 1) this.values[this.slot(this.newestBucket + i)] = Number.NaN;
      this.newestBucket = bucket;
    }
    if (bucket <= this.newestBucket - this.capacity) return;
    const slot = this.slot(bucket);
    const old = this.values[slot] ?? Number.NaN;
    if (Number.isNaN(old) || value > old) this.values[slot] = value;
  }

  /** The newest `count` buckets, oldest first, ending at `endTs`'s bucket; NaN where empty. */
  last(count: number, endTs?: number): number[] {
    const end = endTs === undefined ? this.newestBucket : Math.floor(endTs / this.bucketMs);
    const out: number[] = [];
    for (let b = end - count + 1; b <= end; b += 1) {
      const inRange =
        !Number.isNaN(this.newestBucket) && b <= this.newestBucket && b > this.newestBucket - this.capacity;
      out.push(inRange ? (this.values[this.slot(b)] ?? Number.NaN) : Number.NaN);
    }
    return out;
  }

  /** The bucket index a time falls in (to know when a sparkline shifts). */
  bucketOf(ts: number): number {
    return Math.floor(ts / this.bucketMs);
  }

  private slot(bucket: number): number {
    return ((bucket % this.capacity) + this.capacity) % this.capacity;
  }
}

/** A bounded list of timed samples, for medians over a trailing window. */
export class SampleRing {
  private readonly ts: Float64Array;
  private readonly vs: Float64Array;
  private next = 0;
  private size = 0;

  constructor(readonly capacity: number) {
    this.ts = new Float64Array(capacity);
    this.vs = new Float64Array(capacity);
  }

  /** Appends a sample, overwriting the oldest once full. */
  push(ts: number, value: number): void {
    this.ts[this.next] = ts;
    this.vs[this.next] = value;
    this.next = (this.next + 1) % this.capacity;
    this.size = Math.min(this.size + 1, this.capacity);
  }

  /** Number of samples held. */
  get length(): number {
    return this.size;
  }

  /** Median of samples with ts in (from, to]; undefined when there are none. */
  median(from: number, to: number): number | undefined {
    const picked: number[] = [];
    for (let i = 0; i < this.size; i += 1) {
      const t = this.ts[i] ?? 0;
      if (t > from && t <= to) picked.push(this.vs[i] ?? 0);
    }
    if (picked.length === 0) return undefined;
    picked.sort((a, b) => a - b);
    const mid = picked.length >> 1;
    return picked.length % 2 === 1 ? picked[mid]! : (picked[mid - 1]! + picked[mid]!) / 2;
  }
}
