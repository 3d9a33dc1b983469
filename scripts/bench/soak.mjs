// A day of frames, accelerated: keys drive frames as fast as the app draws them while the real
// feed client takes 1 Hz updates on loopback; the heap probe samples post-GC heap and RSS.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, slope } from './env.mjs';
import { ESU, quit, spawnTerm, waitData, waitScreen } from './term.mjs';

/** Draws `frames` frames and returns the heap slope (MB per 1,000 frames) and peak RSS. */
export async function soak({ url, renderer, frames, columns = 80, rows = 24 }) {
  const file = join(mkdtempSync(join(tmpdir(), 'warroom-soak-')), 'heap.jsonl');
  const t = spawnTerm([BIN, '--feed', url], {
    columns,
    rows,
    nodeArgs: ['--expose-gc'],
    env: { WARROOM_RENDERER: renderer, WARROOM_HEAP_PROBE: file, WARROOM_HEAP_PROBE_MS: '1000' },
  });
  t.record = false;
  await waitScreen(t, (s) => s.includes('svc-000') && s.includes('live'), 'the services');
  const start = t.frames.length;
  const t0 = performance.now();
  let i = 0;
  while (t.frames.length - start < frames) {
    const next = waitData(t, (d) => d.includes(ESU), 2000);
    t.proc.write(i % 2 === 0 ? 'j' : 'k');
    i += 1;
    await next;
  }
  const seconds = (performance.now() - t0) / 1000;
  await quit(t);
  const samples = readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  // Frame counts come from the bench's own count, by time, so both renderers are measured alike.
  const steadyFrom = Math.floor(samples.length * 0.2);
  const used = samples.slice(steadyFrom);
  const frameAt = (ms) => t.frames.filter((f) => f.at + performance.timeOrigin <= ms).length;
  const xs = used.map((s) => frameAt(s.t));
  const ys = used.map((s) => s.heapUsed / 1e6);
  return {
    renderer,
    frames: t.frames.length - start,
    seconds,
    framesPerS: (t.frames.length - start) / seconds,
    heapSlopeMbPer1k: slope(xs, ys) * 1000,
    heapEndMb: ys.at(-1),
    rssMaxMb: Math.max(...samples.map((s) => s.rss)) / 1e6,
    // Where the resident memory is at the end: the JS heap (reserved), buffers outside it, and
    // anonymous vs file-backed pages (code and mapped files), to tell a leak from a big runtime.
    end: Object.fromEntries(
      ['heapUsed', 'heapTotal', 'external', 'arrayBuffers', 'rss', 'rssAnon', 'rssFile']
        .filter((k) => samples.at(-1)?.[k] !== undefined)
        .map((k) => [k, Math.round(samples.at(-1)[k] / 1e5) / 10]),
    ),
    gc: samples[0]?.gc ?? false,
    samples: samples.length,
  };
}
