// Start-up: exec to the first complete frame (the dashboard's footer of keys drawn), against the
// smallest Ink app on the same Node. Median of a few runs each.
import { fileURLToPath } from 'node:url';
import { BIN, quantile } from './env.mjs';
import { quit, spawnTerm, waitScreen } from './term.mjs';

const MINIMAL = fileURLToPath(new URL('./minimal-ink.mjs', import.meta.url));

async function once(args, ready, env) {
  const t0 = performance.now();
  const t = spawnTerm(args, { columns: 80, rows: 24, env });
  await waitScreen(t, ready, 'the first frame');
  const ms = performance.now() - t0;
  await quit(t);
  return ms;
}

/** Milliseconds to first complete frame for warroom and the minimal Ink app. */
export async function startup({ url, renderer, runs }) {
  const app = [];
  const base = [];
  for (let i = 0; i < runs; i += 1) {
    app.push(
      await once([BIN, '--feed', url], (s) => s.includes('WARROOM') && s.includes('q quit'), {
        WARROOM_RENDERER: renderer,
      }),
    );
    base.push(await once([MINIMAL], (s) => s.includes('minimal ink ready'), {}));
  }
  return { renderer, appMs: quantile(app, 0.5), inkMs: quantile(base, 0.5), runs };
}
