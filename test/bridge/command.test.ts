/** `warroom bridge` as a process: one line with the ws:// URL once listening, then a clean exit on SIGINT. */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { waitFor } from '../feeds/helpers.js';
import { BIN } from '../helpers/pty.js';
import { seat } from './listener.js';

describe('warroom bridge', () => {
  it('prints one line with ws://HOST:PORT, serves seats there, and stops on SIGINT', async () => {
    const env = { ...process.env, WARROOM_CONFIG_DIR: mkdtempSync(join(tmpdir(), 'warroom-bridge-cmd-')) };
    const child = spawn(process.execPath, [BIN, 'bridge', '--listen', '127.0.0.1:0'], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => {
      out += String(d);
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    try {
      const url = await waitFor(() => /ws:\/\/127\.0\.0\.1:\d+/.exec(out)?.[0], 'the ws:// line', 15_000);
      expect(out.trim().split('\n')).toHaveLength(1);
      const s = await seat(url);
      s.close();
    } finally {
      child.kill('SIGINT');
    }
    expect(await exited).toBe(0);
  });
});
