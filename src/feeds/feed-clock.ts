/**
 * The feed clock: the newest timestamp the feeds have sent, which windows such as "5 minutes
 * above" and the sparklines use. A jump of more than ten minutes counts only once two sources
 * (services, or a feed's heartbeats) agree, so one bad clock cannot blank every sparkline, while a
 * replay seeking ahead (every service at once) still moves it.
 */

/** How far one source may move the clock on its own. */
export const SOLO_JUMP_MS = 10 * 60_000;
const CLAIMS_KEPT = 64;

/** A feed clock fed message by message. */
export class FeedClock {
  now = 0;
  /** Sources claiming a time too far ahead to take from one alone. */
  private readonly ahead = new Map<string, number>();

  /** Takes `ts` from `source`; `receivedAt` is the reference before any time is known. */
  advance(source: string, ts: number, receivedAt: number): void {
    if (ts <= this.now) return;
    const reference = this.now > 0 ? this.now : receivedAt;
    if (ts - reference <= SOLO_JUMP_MS) {
      this.now = ts;
      return;
    }
    if (this.ahead.size >= CLAIMS_KEPT) this.ahead.clear();
    this.ahead.set(source, Math.max(ts, this.ahead.get(source) ?? 0));
    if (this.ahead.size < 2) return;
    // The second-furthest claim: as far as two sources agree.
    const [, second = this.now] = [...this.ahead.values()].sort((a, b) => b - a);
    this.now = Math.max(this.now, second);
    for (const [k, v] of this.ahead) if (v - this.now <= SOLO_JUMP_MS) this.ahead.delete(k);
  }
}
