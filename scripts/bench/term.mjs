// A program in a real pty, read through a headless xterm: raw bytes with times, frames (ends of
// synchronized updates), the screen as text, and the process's CPU time from /proc.
import { readdirSync, readFileSync } from 'node:fs';
import xterm from '@xterm/headless';
import * as pty from 'node-pty';

export const ESU = '\u001b[?2026l';
const TICKS = 100;

/** Starts `node args` at columns x rows. `snapshots` keeps every frame's cells (for the floor). */
export function spawnTerm(args, { columns, rows, env = {}, snapshots = false, nodeArgs = [] }) {
  const { CI: _ci, ...base } = process.env;
  const proc = pty.spawn(process.execPath, [...nodeArgs, ...args], {
    name: 'xterm-256color',
    cols: columns,
    rows,
    cwd: process.cwd(),
    env: { ...base, LANG: 'C.UTF-8', TERM: 'xterm-256color', ...env },
  });
  const emu = new xterm.Terminal({ cols: columns, rows, allowProposedApi: true, scrollback: 0 });
  const t = {
    proc,
    emu,
    startedAt: performance.now(),
    chunks: [], // { at, bytes, frameEnds }
    frames: [], // { at, cells? }
    bytes: 0,
    record: true,
    listeners: new Set(),
    exited: new Promise((resolve) => proc.onExit(resolve)),
  };
  proc.onData((d) => {
    const at = performance.now();
    const bytes = Buffer.byteLength(d);
    t.bytes += bytes;
    const frameEnds = d.split(ESU).length - 1;
    if (t.record) t.chunks.push({ at, bytes, frameEnds });
    emu.write(d, () => {
      if (frameEnds > 0) {
        const frame = { at };
        if (snapshots && t.record) frame.cells = snapshot(emu);
        t.frames.push(frame);
      }
      for (const l of t.listeners) l(d, at);
    });
  });
  return t;
}

/** The visible text, one line per row. */
export function screenText(emu) {
  const b = emu.buffer.active;
  const lines = [];
  for (let y = 0; y < emu.rows; y += 1) lines.push(b.getLine(b.viewportY + y)?.translateToString(true) ?? '');
  return lines.join('\n');
}

/** Every cell as [chars, sgrKey] so two screens can be diffed cell by cell. */
export function snapshot(emu) {
  const b = emu.buffer.active;
  const cell = b.getNullCell();
  const out = [];
  for (let y = 0; y < emu.rows; y += 1) {
    const line = b.getLine(b.viewportY + y);
    const row = [];
    for (let x = 0; x < emu.cols; x += 1) {
      line.getCell(x, cell);
      row.push([cell.getChars() || ' ', cell.getWidth(), sgrOf(cell)]);
    }
    out.push(row);
  }
  return out;
}

function colour(mode, value, base) {
  if (mode === 0) return '';
  if (mode === 16777216) return value < 8 ? `${base + value}` : `${base + 60 + value - 8}`;
  if (mode === 33554432) return `${base + 8};5;${value}`;
  return `${base + 8};2;${(value >> 16) & 255};${(value >> 8) & 255};${value & 255}`;
}

function sgrOf(c) {
  const p = [];
  if (c.isBold()) p.push('1');
  if (c.isDim()) p.push('2');
  if (c.isItalic()) p.push('3');
  if (c.isUnderline()) p.push('4');
  if (c.isInverse()) p.push('7');
  if (c.isStrikethrough()) p.push('9');
  const fg = colour(c.getFgColorMode(), c.getFgColor(), 30);
  const bg = colour(c.getBgColorMode(), c.getBgColor(), 40);
  if (fg) p.push(fg);
  if (bg) p.push(bg);
  return p.join(';');
}

/** Resolves when the screen satisfies `predicate` (checked after each parsed write). */
export function waitScreen(t, predicate, what, timeoutMs = 15_000) {
  return new Promise((resolve, reject) => {
    const check = () => {
      const s = screenText(t.emu);
      if (predicate(s)) {
        clearTimeout(timer);
        t.listeners.delete(check);
        resolve(s);
      }
    };
    const timer = setTimeout(() => {
      t.listeners.delete(check);
      reject(new Error(`timed out waiting for ${what}:\n${screenText(t.emu)}`));
    }, timeoutMs);
    t.listeners.add(check);
    check();
  });
}

/** Resolves at the next output event after which `predicate(data, at)` holds. */
export function waitData(t, predicate, timeoutMs = 5_000) {
  return new Promise((resolve) => {
    const check = (d, at) => {
      if (predicate(d, at)) {
        clearTimeout(timer);
        t.listeners.delete(check);
        resolve(at);
      }
    };
    const timer = setTimeout(() => {
      t.listeners.delete(check);
      resolve(undefined);
    }, timeoutMs);
    t.listeners.add(check);
  });
}

/** CPU seconds (user + system) the process has used so far. */
export function cpuSeconds(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS;
}

/** CPU seconds of the process's main thread and of all its other threads (V8's compiler and GC helpers, libuv). */
export function threadCpuSeconds(pid) {
  let main = 0;
  let other = 0;
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    let fields;
    try {
      fields = readFileSync(`/proc/${pid}/task/${task}/stat`, 'utf8').split(') ')[1].split(' ');
    } catch {
      continue; // the thread ended
    }
    const seconds = (Number(fields[11]) + Number(fields[12])) / TICKS;
    if (task === String(pid)) main += seconds;
    else other += seconds;
  }
  return { main, other };
}

/** The process's resident memory in MB, from /proc. */
export function residentMb(pid) {
  const m = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? (Number(m[1]) * 1024) / 1e6 : Number.NaN;
}

/** Resolves after ms (the bench waits for measurement windows, never in tests). */
export const pause = (ms) => new Promise((r) => setTimeout(r, ms));

/** Stops the program with q, then kills it if it lingers. */
export async function quit(t) {
  try {
    t.proc.write('q');
  } catch {}
  const timer = setTimeout(() => {
    try {
      t.proc.kill('SIGKILL');
    } catch {}
  }, 3000);
  await t.exited;
  clearTimeout(timer);
}
