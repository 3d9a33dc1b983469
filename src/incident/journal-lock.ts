/**
 * A lock file beside a journal, so appends from every process on one data dir are serialised:
 * each append runs whole (tail check, write, fsync, and the cut-back of a failed write) while no
 * other process writes. O_APPEND alone keeps whole writes apart on Linux, but not the repair of a
 * short write: another seat's line could land after our fragment before we cut it. The lock is
 * held for one write and one fsync, so waiting briefly and synchronously is fine.
 */
import { closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';

const pause = new Int32Array(new SharedArrayBuffer(4));
/** A lock older than this is left by a process that died (a holder keeps it for milliseconds). */
const STALE_MS = 10_000;

/** True while a process with this pid exists on this machine (EPERM: it exists, owned by another user). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** True when the lock at `path` was left by a process that no longer holds it. */
function stale(path: string, now: number): boolean {
  try {
    const pid = Number(readFileSync(path, 'utf8'));
    const age = now - statSync(path).mtimeMs;
    if (Number.isInteger(pid) && pid > 0) return !alive(pid) || age > STALE_MS;
    // Created but its pid not yet written: a live writer, unless it has been like that for long.
    return age > STALE_MS;
  } catch {
    return false;
  }
}

function tryTake(path: string): boolean {
  try {
    const fd = openSync(path, 'wx');
    try {
      writeSync(fd, String(process.pid));
    } catch {
      // A full disk can create the file but not write the pid: the lock is held all the same.
    } finally {
      closeSync(fd);
    }
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** Runs `fn` holding the lock file `path`; waits up to `timeoutMs` for another holder. */
export function withFileLock<T>(path: string, fn: () => T, timeoutMs = 5000): T {
  const start = Date.now();
  while (!tryTake(path)) {
    if (stale(path, Date.now())) {
      try {
        unlinkSync(path);
      } catch {
        // another waiter removed it first
      }
      continue;
    }
    if (Date.now() - start > timeoutMs) throw new Error(`${path} is held by another warroom process`);
    Atomics.wait(pause, 0, 0, 2);
  }
  try {
    return fn();
  } finally {
    try {
      unlinkSync(path);
    } catch {
      // removed as stale by a waiter after a very long hold; nothing left to release
    }
  }
}
