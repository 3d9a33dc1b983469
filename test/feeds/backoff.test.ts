import { describe, expect, it } from 'vitest';
import { backoffDelay } from '../../src/feeds/backoff.js';

describe('backoffDelay', () => {
  it('doubles the ceiling with each attempt', () => {
    const top = (n: number) => backoffDelay(n, { baseMs: 500, capMs: 30_000, random: () => 1 });
    expect([0, 1, 2, 3, 4].map(top)).toEqual([500, 1000, 2000, 4000, 8000]);
  });

  it('never exceeds the cap, however many attempts', () => {
    for (const n of [6, 7, 20, 1000, 5000]) {
      expect(backoffDelay(n, { baseMs: 500, capMs: 30_000, random: () => 1 })).toBe(30_000);
    }
  });

  it('uses the defaults of 500 ms base and 30 s cap', () => {
    expect(backoffDelay(0, { random: () => 1 })).toBe(500);
    expect(backoffDelay(50, { random: () => 1 })).toBe(30_000);
  });

  it('keeps equal jitter within half to all of the ceiling', () => {
    expect(backoffDelay(3, { random: () => 0 })).toBe(2000);
    expect(backoffDelay(3, { random: () => 0.5 })).toBe(3000);
    for (let i = 0; i < 200; i++) {
      const d = backoffDelay(3);
      expect(d).toBeGreaterThanOrEqual(2000);
      expect(d).toBeLessThanOrEqual(4000);
    }
  });

  it('lets full jitter range from zero to the ceiling', () => {
    expect(backoffDelay(3, { jitter: 'full', random: () => 0 })).toBe(0);
    expect(backoffDelay(3, { jitter: 'full', random: () => 0.25 })).toBe(1000);
    expect(backoffDelay(3, { jitter: 'full', random: () => 1 })).toBe(4000);
  });

  it('is deterministic for an injected random and treats bad attempts as the first', () => {
    const r = () => 0.3;
    expect(backoffDelay(5, { random: r })).toBe(backoffDelay(5, { random: r }));
    expect(backoffDelay(-3, { random: () => 1 })).toBe(500);
    expect(backoffDelay(Number.NaN, { random: () => 1 })).toBe(500);
  });
});
