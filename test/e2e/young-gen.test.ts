import { readFileSync } from 'node:fs';
import * as pty from 'node-pty';
import { afterEach, describe, expect, it } from 'vitest';
import { YOUNG_GEN_FLAG } from '../../src/cli/young-gen.js';
import { BIN } from '../helpers/pty.js';

let proc: pty.IPty | undefined;
afterEach(() => {
  try {
    proc?.kill('SIGKILL');
  } catch {
    // already gone
  }
});

/** The command line of a running process, as the kernel has it now (after any exec). */
const commandLine = (pid: number): string[] => readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');

/** Starts the bundle with plain node and resolves with its command line once it has drawn something. */
async function startedCommandLine(env: Record<string, string>): Promise<string[]> {
  const p = pty.spawn(process.execPath, [BIN, 'demo'], {
    name: 'xterm-256color',
    cols: 80,
    rows: 24,
    env: { ...process.env, LANG: 'C.UTF-8', ...env } as Record<string, string>,
  });
  proc = p;
  // The alternate screen is entered after the restart, so output means the final program runs.
  await new Promise<void>((resolve) => {
    const sub = p.onData((d) => {
      if (d.includes('\u001b[?1049h')) {
        sub.dispose();
        resolve();
      }
    });
  });
  return commandLine(p.pid);
}

describe('the bundle started with plain node', () => {
  it('runs with the young-generation cap, in the same process', async () => {
    const line = await startedCommandLine({});
    expect(line.slice(0, 3)).toEqual([process.execPath, YOUNG_GEN_FLAG, BIN]);
    expect(line).toContain('demo');
  }, 30_000);

  it('runs as started when WARROOM_YOUNG_GEN=off', async () => {
    const line = await startedCommandLine({ WARROOM_YOUNG_GEN: 'off' });
    expect(line).not.toContain(YOUNG_GEN_FLAG);
    expect(line.slice(0, 2)).toEqual([process.execPath, BIN]);
  }, 30_000);
});
