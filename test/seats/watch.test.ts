import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { probeWatch, QUICK_POLL_MS, TRUSTED_POLL_MS, WatchTrust, watchPath } from '../../src/seats/watch.js';

const freshDir = () => mkdtempSync(join(tmpdir(), 'warroom-watch-'));

describe('probing whether fs.watch works in a folder', () => {
  it('confirms trust when the probe file is reported, and leaves no probe behind', async () => {
    const dir = freshDir();
    const trust = new WatchTrust();
    const confirmed = new Promise<void>((resolve) => trust.onConfirm(resolve));
    probeWatch(dir, trust);
    await confirmed;
    expect(trust.trusted).toBe(true);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('confirms nothing where the folder cannot be watched', () => {
    const trust = new WatchTrust();
    probeWatch(join(freshDir(), 'missing'), trust);
    expect(trust.trusted).toBe(false);
  });
});

describe('watching a path beside a poll', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('polls quickly until fs.watch is trusted, then slowly', () => {
    vi.useFakeTimers();
    const trust = new WatchTrust();
    let checks = 0;
    const watching = watchPath(freshDir(), () => checks++, { trust });
    vi.advanceTimersByTime(4 * QUICK_POLL_MS);
    expect(checks).toBe(4);
    trust.confirm();
    checks = 0;
    vi.advanceTimersByTime(2 * TRUSTED_POLL_MS);
    expect(checks).toBe(2);
    watching.stop();
    vi.advanceTimersByTime(2 * TRUSTED_POLL_MS);
    expect(checks).toBe(2);
  });

  it('keeps the quick poll for a path that cannot be watched, whatever the trust says', () => {
    vi.useFakeTimers();
    const trust = new WatchTrust();
    trust.confirm();
    let checks = 0;
    const watching = watchPath(join(freshDir(), 'not-yet.jsonl'), () => checks++, { trust });
    vi.advanceTimersByTime(4 * QUICK_POLL_MS);
    expect(checks).toBe(4);
    watching.stop();
  });

  it('keeps the quick poll without a trust to consult', () => {
    vi.useFakeTimers();
    let checks = 0;
    const watching = watchPath(freshDir(), () => checks++);
    vi.advanceTimersByTime(TRUSTED_POLL_MS);
    expect(checks).toBe(TRUSTED_POLL_MS / QUICK_POLL_MS);
    watching.stop();
  });
});
