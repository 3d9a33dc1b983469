/** Runs `check` when a path changes (fs.watch) and on a slow poll besides, for file systems that do not tell. */
import { type FSWatcher, watch } from 'node:fs';

/** Something being watched; stop() ends it. */
export type Watching = { stop(): void };

/** Watches `path` (a file or a folder); `check` runs after each change and every `pollMs`. */
export function watchPath(path: string, check: () => void, pollMs = 500): Watching {
  let watcher: FSWatcher | undefined;
  try {
    watcher = watch(path, { persistent: false }, () => check());
    // A watcher that fails later (the folder removed) leaves the poll to carry on.
    watcher.on('error', () => watcher?.close());
  } catch {
    watcher = undefined;
  }
  const timer = setInterval(check, pollMs);
  timer.unref();
  return {
    stop() {
      watcher?.close();
      clearInterval(timer);
    },
  };
}
