// Where a renderer's bytes go, frame by frame, against the changed-cells floor: reads a recording
// from record.mjs, cuts it into frames at each end of synchronized update, and counts markers,
// cursor moves, SGR, text and erases. With --replay it also runs the frames the terminal showed
// through this tree's ScreenDiffer (run under tsx), checks that its output shows the same screens,
// and counts its bytes the same way: `npx tsx scripts/bench/where-bytes.mjs REC.bin 80 24 --replay`.
import { readFileSync } from 'node:fs';
import xterm from '@xterm/headless';
import { floorBytes } from './floor.mjs';
import { ESU, snapshot } from './term.mjs';

const KINDS = ['sync', 'move', 'sgr', 'text', 'erase', 'other'];
// Escapes and controls, one token each; everything between them is text.
const TOKEN = /\u001b\[\?2026[hl]|\u001b\[[0-?]*[ -/]*[@-~]|\u001b[^[]|[\r\n\b\v]/g;

/** Bytes of one stretch of output by kind. */
export function classify(s) {
  const out = Object.fromEntries(KINDS.map((k) => [k, 0]));
  let at = 0;
  for (const m of s.matchAll(TOKEN)) {
    out.text += Buffer.byteLength(s.slice(at, m.index));
    at = m.index + m[0].length;
    const t = m[0];
    const final = t.at(-1);
    const kind = t.startsWith('\u001b[?2026')
      ? 'sync'
      : t.length === 1 || (t[1] === '[' && 'HGCDABdf'.includes(final)) || t === '\u001bD' || t === '\u001bM'
        ? 'move'
        : t[1] === '[' && final === 'm'
          ? 'sgr'
          : t[1] === '[' && 'KJX'.includes(final)
            ? 'erase'
            : 'other';
    out[kind] += t.length;
  }
  out.text += Buffer.byteLength(s.slice(at));
  return out;
}

/** Splits output into frames, each ending with ESU. */
function frames(raw) {
  return raw
    .split(ESU)
    .slice(0, -1)
    .map((f) => f + ESU);
}

/** How many runs of changed cells and bytes of changed text the floor counts between two screens. */
function floorParts(a, b) {
  let runs = 0;
  let text = 0;
  for (let y = 0; y < b.length; y += 1) {
    for (let x = 0; x < b[y].length; x += 1) {
      const [p, q] = [a[y][x], b[y][x]];
      if (p[0] === q[0] && p[1] === q[1] && p[2] === q[2]) continue;
      const [pp, qq] = [a[y][x - 1], b[y][x - 1]];
      if (x === 0 || (pp[0] === qq[0] && pp[1] === qq[1] && pp[2] === qq[2])) runs += 1;
      if (q[1] > 0) text += Buffer.byteLength(q[0]);
    }
  }
  return { runs, text };
}

const write = (emu, data) => new Promise((r) => emu.write(data, r));

/** The cells the terminal shows after each frame. */
async function screens(list, columns, rows) {
  const emu = new xterm.Terminal({ cols: columns, rows, allowProposedApi: true, scrollback: 0 });
  const out = [];
  for (const f of list) {
    await write(emu, f);
    out.push(snapshot(emu));
  }
  return out;
}

/** A frame as Ink would hand it over: each row's runs with their SGR, reset at the end of the row. */
function inkFrame(cells) {
  return cells
    .map((row) => {
      let line = '';
      let pen = '';
      for (const [chars, width, sgr] of row) {
        if (width === 0) continue;
        if (sgr !== pen) line += `\u001b[0${sgr ? `;${sgr}` : ''}m`;
        pen = sgr;
        line += chars;
      }
      return pen === '' ? line : `${line}\u001b[0m`;
    })
    .join('\n');
}

function report(name, perFrame, floor, seconds) {
  const sum = Object.fromEntries(KINDS.map((k) => [k, perFrame.reduce((a, f) => a + f[k], 0)]));
  const total = KINDS.reduce((a, k) => a + sum[k], 0);
  const parts = KINDS.map((k) => `${k} ${sum[k]} (${((100 * sum[k]) / total).toFixed(1)}%)`).join(', ');
  console.log(
    `${name}: ${perFrame.length} frames, ${total} bytes, floor ${floor}, ratio ${(total / floor).toFixed(3)}`,
  );
  console.log(`  ${parts}`);
  if (seconds)
    console.log(
      `  ${(total / seconds).toFixed(0)} B/s over ${seconds} s, floor ${(floor / seconds).toFixed(0)} B/s`,
    );
}

const [file, columnsArg = '80', rowsArg = '24', ...flags] = process.argv.slice(2);
const columns = Number(columnsArg);
const rows = Number(rowsArg);
// The first frames paint the screen from nothing; the steady state starts after them.
const SKIP = 5;
const list = frames(readFileSync(file, 'utf8'));
const shown = await screens(list, columns, rows);
let floor = 0;
let runs = 0;
let text = 0;
const floors = [];
for (let i = SKIP; i < list.length; i += 1) {
  const f = floorBytes(shown[i - 1], shown[i]);
  const parts = floorParts(shown[i - 1], shown[i]);
  runs += parts.runs;
  text += parts.text;
  floors.push(f);
  floor += f;
}
console.log(`floor: ${runs} runs (${3 * runs} bytes of moves), text ${text}, sgr ${floor - 3 * runs - text}`);
report('recorded', list.slice(SKIP).map(classify), floor);
if (flags.includes('--verbose')) {
  for (let i = SKIP; i < list.length; i += 1) {
    const c = classify(list[i]);
    console.log(`#${i} floor ${floors[i - SKIP]} ${JSON.stringify(c)} ${JSON.stringify(list[i])}`);
  }
}
if (flags.includes('--replay')) {
  const { ScreenDiffer } = await import('../../src/render/screen-differ.js');
  const differ = new ScreenDiffer();
  const emu = new xterm.Terminal({ cols: columns, rows, allowProposedApi: true, scrollback: 0 });
  const per = [];
  let mismatches = 0;
  for (let i = 0; i < shown.length; i += 1) {
    const out = differ.update(inkFrame(shown[i]), columns, rows);
    await write(emu, out);
    if (JSON.stringify(snapshot(emu)) !== JSON.stringify(shown[i])) mismatches += 1;
    if (i >= SKIP) per.push(classify(out));
    if (flags.includes('--verbose') && i >= SKIP)
      console.log(`replay #${i} floor ${floors[i - SKIP]} ${JSON.stringify(out)}`);
  }
  report('replayed', per, floor);
  console.log(`  screens that differ from the recording: ${mismatches}`);
}
