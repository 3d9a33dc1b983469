// Resize integrity: 20 resizes in 2 s between three sizes; after every frame drawn for the
// terminal's current size the header is on the top row and the keys on the bottom one (no frame
// taller than the terminal), and the final screen equals a fresh start at that size (both compared
// at the same moment, on the same feed, with only the cells that depend on time masked).
import { BIN } from './env.mjs';
import { ESU, pause, quit, screenText, spawnTerm, waitData, waitScreen } from './term.mjs';

const SIZES = [
  [160, 48],
  [100, 30],
  [240, 67],
];
// The cell renderer's full repaint: the first frame drawn after the app has seen a new size.
const CLEAR = '\u001b[2J';

const framed = (s) => {
  const lines = s.split('\n');
  return lines[0].includes('WARROOM') && lines.at(-1).includes('q quit');
};

/**
 * The screen with what legitimately differs between a long-running client and a fresh one masked:
 * sparkline blocks (the fresh client has one minute of history, the worst value of the minute so
 * far is what each of them saw), ages ("up 4s" vs "up 1s"), the msg/s rate (a 5 s average), the
 * UTC clock; and trailing blanks, which a terminal reports differently when printed or erased.
 */
export function comparable(screen) {
  return screen.split('\n').map((line) =>
    line
      .replace(/[▁▂▃▄▅▆▇█]/g, ' ')
      .replace(/(up|degraded|DOWN|stale|no data) \d+[smhd][\dsmh]*/g, '$1 ‹age›')
      .replace(/[\d.,]+ msg\/s/g, '‹n› msg/s')
      .replace(/\b\d\d:\d\d(:\d\d)?\b/g, '‹time›')
      .trimEnd(),
  );
}

/** Rows (0-based) where two screens differ once masked, each as [row, storm, fresh]. */
function differences(a, b) {
  const x = comparable(a);
  const y = comparable(b);
  const out = [];
  for (let i = 0; i < Math.max(x.length, y.length); i += 1) if (x[i] !== y[i]) out.push([i, x[i], y[i]]);
  return out;
}

/** Storms the terminal with resizes and checks every frame and the final screen. */
export async function resizeStorm({ url, renderer }) {
  const env = { WARROOM_RENDERER: renderer };
  const t = spawnTerm([BIN, '--feed', url], { columns: 160, rows: 48, env });
  await waitScreen(t, (s) => s.includes('svc-000') && s.includes('live'), 'the services');
  let taller = 0;
  let bad = 0;
  let checked = 0;
  let inFlight = 0;
  let repainted = true;
  let settling = false;
  const onFrame = (d) => {
    if (d.includes(CLEAR)) repainted = true;
    if (settling || !d.includes(ESU)) return;
    // A frame the app drew before the resize reached it lands in the new size: every program has
    // those, and the repaint that follows replaces it. Counted apart, not judged.
    if (!repainted) {
      inFlight += 1;
      return;
    }
    checked += 1;
    const s = screenText(t.emu);
    // A frame taller than the terminal scrolls the header off the top row.
    if (!s.split('\n')[0].includes('WARROOM')) taller += 1;
    if (!framed(s)) bad += 1;
  };
  t.listeners.add(onFrame);
  for (let i = 1; i <= 20; i += 1) {
    const [c, r] = SIZES[i % SIZES.length];
    repainted = false;
    t.proc.resize(c, r);
    t.emu.resize(c, r);
    await pause(100);
  }
  settling = true;
  await waitData(t, (d) => d.includes(ESU), 1000);
  await pause(300);
  const [c, r] = SIZES[20 % SIZES.length];
  const fresh = spawnTerm([BIN, '--feed', url], { columns: c, rows: r, env });
  await waitScreen(fresh, (s) => s.includes('svc-000') && s.includes('live'), 'a fresh start');
  let diff = [];
  for (let attempt = 0; attempt < 5; attempt += 1) {
    await pause(400);
    diff = differences(screenText(t.emu), screenText(fresh.emu));
    if (diff.length === 0) break;
  }
  const finalFramed = framed(screenText(t.emu));
  await quit(fresh);
  await quit(t);
  return {
    renderer,
    frames: checked,
    inFlightFrames: inFlight,
    tallerFrames: taller,
    offSizeFrames: bad,
    finalFramed,
    identical: diff.length === 0,
    differingRows: diff.slice(0, 5),
    finalSize: `${c}x${r}`,
  };
}
