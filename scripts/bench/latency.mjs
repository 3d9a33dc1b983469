// Key press to screen: key written to the pty → first byte, and → end of the frame (ESU).
import { BIN, quantile, rendererEnv } from './env.mjs';
import { ESU, pause, quit, spawnTerm, waitData, waitScreen } from './term.mjs';

/** Presses j/k `presses` times and times the response; also the bytes each press cost. */
export async function keyLatency({ url, renderer, columns, rows, presses }) {
  const t = spawnTerm([BIN, '--feed', url], { columns, rows, env: rendererEnv(renderer) });
  await waitScreen(t, (s) => s.includes('svc-000') && s.includes('live'), 'the services');
  await pause(1500);
  const first = [];
  const done = [];
  const bytes = [];
  for (let i = 0; i < presses; i += 1) {
    let firstAt;
    let count = 0;
    const sentAt = performance.now();
    const finished = waitData(t, (d, at) => {
      firstAt ??= at;
      count += Buffer.byteLength(d);
      return d.includes(ESU);
    });
    t.proc.write(i % 2 === 0 ? 'j' : 'k');
    const end = await finished;
    if (end !== undefined && firstAt !== undefined) {
      first.push(firstAt - sentAt);
      done.push(end - sentAt);
      bytes.push(count);
    }
    // Presses land at varied phases of the feed's second, like a person's would.
    await pause(15 + ((i * 37) % 40));
  }
  await quit(t);
  const q = (v) => [quantile(v, 0.5), quantile(v, 0.95), quantile(v, 0.99)];
  return {
    renderer,
    size: `${columns}x${rows}`,
    presses: first.length,
    first: q(first),
    frame: q(done),
    bytesP50: quantile(bytes, 0.5),
  };
}
