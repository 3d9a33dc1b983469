/**
 * Bench-only: when WARROOM_HEAP_PROBE names a file, appends one JSON line a second with the heap
 * after a full collection (when node runs with --expose-gc) and the RSS. Off otherwise.
 */
import { appendFileSync } from 'node:fs';

/** Starts the probe if the environment asks for it; `frames` counts frames drawn so far. */
export function startHeapProbe(env: NodeJS.ProcessEnv, frames: () => number | undefined): void {
  const file = env.WARROOM_HEAP_PROBE;
  if (!file) return;
  const everyMs = Number(env.WARROOM_HEAP_PROBE_MS) || 1000;
  const gc = (globalThis as { gc?: () => void }).gc;
  const sample = (): void => {
    gc?.();
    const { heapUsed, rss } = process.memoryUsage();
    appendFileSync(
      file,
      `${JSON.stringify({ t: Date.now(), heapUsed, rss, gc: Boolean(gc), frames: frames() })}\n`,
    );
  };
  sample();
  setInterval(sample, everyMs).unref();
}
