// Resize integrity: 20 resizes in 2 s between three sizes; after every frame the header is on
// the top row and the keys on the bottom one (no frame taller than the terminal), and the final
// screen equals a fresh start at that size (both compared at the same moment, on the same feed).
import { BIN } from './env.mjs';
import { ESU, pause, quit, screenText, spawnTerm, waitData, waitScreen } from './term.mjs';

const SIZES = [
  [160, 48],
  [100, 30],
  [240, 67],
];

const framed = (s) => {
  const lines = s.split('\n');
  return lines[0].includes('WARROOM') && lines.at(-1).includes('q quit');
};

/** Storms the terminal with resizes and checks every frame and the final screen. */
export async function resizeStorm({ url, renderer }) {
  const env = { WARROOM_RENDERER: renderer };
  const t = spawnTerm([BIN, '--feed', url], { columns: 160, rows: 48, env });
  await waitScreen(t, (s) => s.includes('svc-000') && s.includes('live'), 'the services');
  let taller = 0;
  let bad = 0;
  let checked = 0;
  let settling = false;
  const onFrame = (d) => {
    if (!settling && d.includes(ESU)) {
      checked += 1;
      const s = screenText(t.emu);
      // A frame taller than the terminal scrolls the header off the top row.
      if (!s.split('\n')[0].includes('WARROOM')) taller += 1;
      if (!framed(s)) bad += 1;
    }
  };
  t.listeners.add(onFrame);
  for (let i = 1; i <= 20; i += 1) {
    const [c, r] = SIZES[i % SIZES.length];
    t.proc.resize(c, r);
    t.emu.resize(c, r);
    await pause(100);
  }
  // The last resize's frame may still be on its way; a frame mid-storm can be one size behind.
  settling = true;
  await waitData(t, (d) => d.includes(ESU), 1000);
  await pause(300);
  const [c, r] = SIZES[20 % SIZES.length];
  const fresh = spawnTerm([BIN, '--feed', url], { columns: c, rows: r, env });
  await waitScreen(fresh, (s) => s.includes('svc-000') && s.includes('live'), 'a fresh start');
  let identical = false;
  for (let attempt = 0; attempt < 5 && !identical; attempt += 1) {
    await pause(400);
    identical = screenText(t.emu) === screenText(fresh.emu);
  }
  const finalFramed = framed(screenText(t.emu));
  await quit(fresh);
  await quit(t);
  return {
    renderer,
    frames: checked,
    tallerFrames: taller,
    offSizeFrames: bad,
    finalFramed,
    identical,
    finalSize: `${c}x${r}`,
  };
}
