/**
 * Runs `check` when a path changes (fs.watch) and on a poll besides, for file systems that do not
 * tell. The poll is quick until a probe has seen fs.watch report a change in the folder, and slow
 * after: then it only covers an event lost, and an idle dashboard wakes four times less often.
 */
import { type FSWatcher, unlinkSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Something being watched; stop() ends it. */
export type Watching = { stop(): void };

/** The poll while fs.watch is not known to work here: a change shows within a second. */
export const QUICK_POLL_MS = 500;
/** The poll once a probe has seen fs.watch work. */
export const TRUSTED_POLL_MS = 5000;

/** Whether fs.watch is known to report changes on one file system; set once, by {@link probeWatch}. */
export class WatchTrust {
  #trusted = false;
  readonly #listeners = new Set<() => void>();

  get trusted(): boolean {
    return this.#trusted;
  }

  /** Records that fs.watch reported a change it was shown. */
  confirm(): void {
    if (this.#trusted) return;
    this.#trusted = true;
    for (const listener of this.#listeners) listener();
  }

  /** Calls `listener` when trust is confirmed; returns the function that stops it. */
  onConfirm(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}

/** How a path is watched. */
export type WatchOptions = {
  /** Poll while fs.watch is not trusted (ms). */
  readonly pollMs?: number;
  /** Poll once it is (ms). */
  readonly trustedPollMs?: number;
  /** Shared knowledge about fs.watch on this file system; without it the poll stays quick. */
  readonly trust?: WatchTrust;
};

/** Watches `path` (a file or a folder); `check` runs after each change and on every poll. */
export function watchPath(path: string, check: () => void, options: WatchOptions = {}): Watching {
  const { pollMs = QUICK_POLL_MS, trustedPollMs = TRUSTED_POLL_MS, trust } = options;
  let watcher: FSWatcher | undefined;
  let timer: NodeJS.Timeout | undefined;
  const poll = (): void => {
    clearInterval(timer);
    timer = setInterval(check, watcher && trust?.trusted ? Math.max(pollMs, trustedPollMs) : pollMs);
    timer.unref();
  };
  try {
    watcher = watch(path, { persistent: false }, () => check());
    // A watcher that fails later (the folder removed) leaves the poll to carry on, quick again.
    watcher.on('error', () => {
      watcher?.close();
      watcher = undefined;
      poll();
    });
  } catch {
    watcher = undefined;
  }
  poll();
  const forget = trust?.onConfirm(poll);
  return {
    stop() {
      forget?.();
      watcher?.close();
      clearInterval(timer);
    },
  };
}

/**
 * Shows fs.watch a change in `dir` (a probe file made and removed) and confirms `trust` when the
 * event arrives. On a file system that does not report changes nothing arrives and the polls stay
 * quick. Stops looking after `timeoutMs`.
 */
export function probeWatch(dir: string, trust: WatchTrust, timeoutMs = 5000): Watching {
  const name = `.watch-probe-${process.pid}-${Math.random().toString(36).slice(2, 10)}`;
  const file = join(dir, name);
  let watcher: FSWatcher | undefined;
  const done = (): void => {
    clearTimeout(timer);
    watcher?.close();
    watcher = undefined;
    try {
      unlinkSync(file);
    } catch {
      // never made, or already removed
    }
  };
  const timer = setTimeout(done, timeoutMs);
  timer.unref();
  try {
    watcher = watch(dir, { persistent: false }, (_event, changed) => {
      if (changed !== name) return;
      trust.confirm();
      done();
    });
    watcher.on('error', done);
    writeFileSync(file, '');
  } catch {
    done();
  }
  return { stop: done };
}
