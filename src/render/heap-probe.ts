/**
 * Bench-only: when WARROOM_HEAP_PROBE names a file, appends one JSON line a second with the heap
 * after a full collection (when node runs with --expose-gc), the RSS and where it goes. Off otherwise.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { getHeapSpaceStatistics } from 'node:v8';

/** Anonymous and file-backed resident memory in bytes (Linux), to tell heap growth from mapped code. */
function residentSplit(): { rssAnon?: number; rssFile?: number } {
  try {
    const status = readFileSync('/proc/self/status', 'utf8');
    const kb = (field: string): number | undefined => {
      const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
      return m ? Number(m[1]) * 1024 : undefined;
    };
    return { rssAnon: kb('RssAnon'), rssFile: kb('RssFile') };
  } catch {
    return {};
  }
}

/** Starts the probe if the environment asks for it; `frames` counts frames drawn so far. */
export function startHeapProbe(env: NodeJS.ProcessEnv, frames: () => number | undefined): void {
  const file = env.WARROOM_HEAP_PROBE;
  if (!file) return;
  const everyMs = Number(env.WARROOM_HEAP_PROBE_MS) || 1000;
  const gc = (globalThis as { gc?: () => void }).gc;
  const sample = (): void => {
    gc?.();
    const { heapUsed, heapTotal, external, arrayBuffers, rss } = process.memoryUsage();
    const line = {
      t: Date.now(),
      heapUsed,
      heapTotal,
      external,
      arrayBuffers,
      rss,
      ...residentSplit(),
      // Reserved size of each V8 space, to see which one holds RSS the heap does not use.
      spaces: Object.fromEntries(getHeapSpaceStatistics().map((s) => [s.space_name, s.space_size])),
      gc: Boolean(gc),
      frames: frames(),
    };
    appendFileSync(file, `${JSON.stringify(line)}\n`);
  };
  sample();
  setInterval(sample, everyMs).unref();
}
