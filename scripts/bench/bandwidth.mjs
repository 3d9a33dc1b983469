// Terminal bandwidth, frames and CPU at steady state and idle, against the changed-cells floor.
import { floorBytes } from './floor.mjs';
import { BIN, rendererEnv } from './env.mjs';
import { cpuSeconds, pause, quit, residentMb, spawnTerm, threadCpuSeconds, waitScreen } from './term.mjs';

/** Runs warroom on `url` and measures a window of `seconds` after a warm-up of `warmMs`. */
export async function steady({ url, renderer, columns, rows, seconds, warmMs = 3000 }) {
  const t = spawnTerm([BIN, '--feed', url], { columns, rows, env: rendererEnv(renderer), snapshots: true });
  await waitScreen(t, (s) => s.includes('svc-000') && s.includes('live'), 'the services');
  await pause(warmMs);
  t.chunks.length = 0;
  const first = t.frames.length;
  const bytes0 = t.bytes;
  const cpu0 = cpuSeconds(t.proc.pid);
  const threads0 = threadCpuSeconds(t.proc.pid);
  const t0 = performance.now();
  await pause(seconds * 1000);
  const elapsed = (performance.now() - t0) / 1000;
  const cpu = (cpuSeconds(t.proc.pid) - cpu0) / elapsed;
  const threads = threadCpuSeconds(t.proc.pid);
  const bytes = (t.bytes - bytes0) / elapsed;
  const rssMb = residentMb(t.proc.pid);
  const frames = t.frames.slice(Math.max(0, first - 1));
  let floor = 0;
  for (let i = 1; i < frames.length; i += 1) {
    if (frames[i - 1].cells && frames[i].cells) floor += floorBytes(frames[i - 1].cells, frames[i].cells);
  }
  await quit(t);
  return {
    renderer,
    size: `${columns}x${rows}`,
    seconds: elapsed,
    bytesPerS: bytes,
    floorPerS: floor / elapsed,
    framesPerS: (t.frames.length - first) / elapsed,
    cpuPct: cpu * 100,
    mainThreadPct: ((threads.main - threads0.main) / elapsed) * 100,
    rssMb,
  };
}
