// Records what warroom writes to its pty under the 32-service load at 1 Hz, for the byte analysis
// in where-bytes.mjs: `node scripts/bench/record.mjs OUT.bin [columns rows seconds renderer]`.
import { writeFileSync } from 'node:fs';
import { BIN, rendererEnv, startLoadgen } from './env.mjs';
import { pause, quit, spawnTerm, waitScreen } from './term.mjs';

const [out, columns = '80', rows = '24', seconds = '30', renderer = 'cells'] = process.argv.slice(2);
const feed = await startLoadgen(32);
try {
  const t = spawnTerm([BIN, '--feed', feed.url], {
    columns: Number(columns),
    rows: Number(rows),
    env: rendererEnv(renderer),
  });
  const parts = [];
  t.listeners.add((d) => parts.push(d));
  await waitScreen(t, (s) => s.includes('svc-000') && s.includes('live'), 'the services');
  await pause(Number(seconds) * 1000);
  t.listeners.clear();
  await quit(t);
  writeFileSync(out, parts.join(''));
} finally {
  feed.stop();
}
