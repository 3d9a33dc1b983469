// Ingest ceiling: the highest message rate taken in without falling behind, for the dashboard
// (its own msg/s figure, a 5 s average) and for a bare ws client that only parses JSON.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { BIN, startLoadgen } from './env.mjs';
import { pause, quit, screenText, spawnTerm, waitScreen } from './term.mjs';

const BARE = fileURLToPath(new URL('./bare-client.mjs', import.meta.url));
const WINDOW_MS = 6500;

async function ramp(rates, measure) {
  let ceiling = 0;
  const steps = [];
  for (const rate of rates) {
    const got = await measure(rate);
    steps.push({ rate, ...got });
    if (got.processed < 0.9 * got.sent) break;
    ceiling = got.sent;
  }
  return { ceiling, steps };
}

/** Ceilings for the bare client and for warroom (default renderer), msgs/s. */
export async function ingestCeiling(rates, renderer) {
  const bare = await (async () => {
    const lg = await startLoadgen(200);
    lg.set({ rate: 0 });
    const child = fork(BARE, [lg.url], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    const count = () =>
      new Promise((r) => {
        child.once('message', (m) => r(m.count));
        child.send('count');
      });
    await pause(500);
    const result = await ramp(rates, async (rate) => {
      lg.set({ rate });
      await pause(1500);
      const [c0, s0] = [await count(), await lg.sent()];
      await pause(WINDOW_MS - 1500);
      const [c1, s1] = [await count(), await lg.sent()];
      const secs = (WINDOW_MS - 1500) / 1000;
      return { sent: (s1 - s0) / secs, processed: (c1 - c0) / secs };
    });
    child.kill();
    lg.stop();
    return result;
  })();
  const app = await (async () => {
    const lg = await startLoadgen(200);
    const t = spawnTerm([BIN, '--feed', lg.url], {
      columns: 80,
      rows: 24,
      env: { WARROOM_RENDERER: renderer },
    });
    await waitScreen(t, (s) => s.includes('svc-000') && s.includes('live'), 'the services');
    const result = await ramp(rates, async (rate) => {
      lg.set({ rate });
      const s0 = await lg.sent();
      await pause(WINDOW_MS);
      const s1 = await lg.sent();
      const shown = /([\d.]+) msg\/s/.exec(screenText(t.emu));
      return { sent: (s1 - s0) / (WINDOW_MS / 1000), processed: shown ? Number(shown[1]) : 0 };
    });
    await quit(t);
    lg.stop();
    return result;
  })();
  return { bare, app };
}
