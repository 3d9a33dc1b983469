/**
 * Runs the real binary in a real pseudo-terminal and keeps a plain-text picture of its screen,
 * so end-to-end tests read what a person would see. Waits are for screen content, never sleeps.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import xterm from '@xterm/headless';
import * as pty from 'node-pty';

/** The built single-file CLI (npm test builds it first). */
export const BIN = fileURLToPath(new URL('../../dist/warroom.js', import.meta.url));

/** A running program in a terminal. */
export type Terminal = {
  readonly output: () => string;
  readonly screen: () => string;
  write(data: string): void;
  waitFor(predicate: (screen: string) => boolean, what: string, timeoutMs?: number): Promise<string>;
  waitForOutput(predicate: (raw: string) => boolean, what: string, timeoutMs?: number): Promise<string>;
  exited: Promise<{ exitCode: number; signal?: number }>;
  kill(signal?: string): void;
  resize(columns: number, rows: number): void;
};

/** The visible text of a headless terminal emulator's screen, one line per row. */
export function screenText(term: InstanceType<typeof xterm.Terminal>): string {
  const buffer = term.buffer.active;
  const lines: string[] = [];
  for (let y = 0; y < term.rows; y += 1)
    lines.push(buffer.getLine(buffer.viewportY + y)?.translateToString(true) ?? '');
  return lines.join('\n');
}

const made: string[] = [];
process.on('exit', () => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** An empty folder for one terminal's settings or journals, removed when the test process ends. */
function freshDir(what: string): string {
  const dir = mkdtempSync(join(tmpdir(), `warroom-pty-${what}-`));
  made.push(dir);
  return dir;
}

/** Starts `node dist/warroom.js args` at columns x rows with a clean environment. */
export function spawnWarroom(
  args: string[],
  columns: number,
  rows: number,
  env: Record<string, string> = {},
  /** Another copy of the bundle to run (and its folder as the working directory). */
  bin: string = BIN,
): Terminal {
  const { CI: _ci, ...base } = process.env;
  // A seat of its own unless the test names one: the settings and journals of whoever runs the
  // tests (a demo incident left open in their terminal, say) must not reach the screen under test.
  const own = ['HOME', 'XDG_CONFIG_HOME', 'XDG_DATA_HOME', 'WARROOM_DATA_DIR'].some((k) => k in env);
  const home = own ? {} : { XDG_CONFIG_HOME: freshDir('config'), XDG_DATA_HOME: freshDir('data') };
  const proc = pty.spawn(process.execPath, [bin, ...args], {
    name: env.TERM ?? 'xterm-256color',
    cols: columns,
    rows,
    cwd: bin === BIN ? process.cwd() : dirname(bin),
    env: { ...base, ...home, LANG: 'C.UTF-8', TERM: 'xterm-256color', ...env } as Record<string, string>,
  });
  // A real terminal emulator interprets Ink's cursor moves and partial-line rewrites.
  const emulator = new xterm.Terminal({ cols: columns, rows, allowProposedApi: true });
  let raw = '';
  let screen = '';
  // Whether the emulator is inside a synchronized-output frame, and the end of what it last applied.
  let inFrame = false;
  let tail = '';
  const listeners = new Set<() => void>();
  proc.onData((d) => {
    raw += d;
    emulator.write(d, () => {
      // A frame is one write between synchronized-output markers, but the pty may hand it over in
      // pieces: read the screen only when no frame is half-way through. What counts is the data the
      // emulator has applied so far, not all that has arrived: a frame's second half may already
      // be here while only its first half is on the screen.
      const seen = tail + d;
      tail = seen.slice(-16);
      const begin = seen.lastIndexOf('\u001b[?2026h');
      const end = seen.lastIndexOf('\u001b[?2026l');
      if (begin >= 0 || end >= 0) inFrame = begin > end;
      if (inFrame) return;
      screen = screenText(emulator);
      for (const l of listeners) l();
    });
  });
  const exited = new Promise<{ exitCode: number; signal?: number }>((resolve) => {
    proc.onExit((e) => resolve(e));
  });
  const wait = (read: () => string, predicate: (s: string) => boolean, what: string, timeoutMs: number) =>
    new Promise<string>((resolve, reject) => {
      const check = (): void => {
        const value = read();
        if (predicate(value)) {
          cleanup();
          resolve(value);
        }
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`timed out waiting for ${what}; screen:\n${screen}`));
      }, timeoutMs);
      const cleanup = (): void => {
        clearTimeout(timer);
        listeners.delete(check);
      };
      listeners.add(check);
      check();
    });
  return {
    output: () => raw,
    screen: () => screen,
    write: (data) => proc.write(data),
    waitFor: (p, what, t = 15_000) => wait(() => screen, p, what, t),
    waitForOutput: (p, what, t = 15_000) => wait(() => raw, p, what, t),
    exited,
    kill: (signal) => proc.kill(signal),
    resize: (c, r) => {
      proc.resize(c, r);
      emulator.resize(c, r);
    },
  };
}

/** Kills every terminal a test started (an already-exited one is skipped), for afterEach. */
export function killTerminals(terms: readonly Terminal[]): void {
  for (const t of terms) {
    try {
      t.kill('SIGKILL');
    } catch {
      // already gone
    }
  }
}
