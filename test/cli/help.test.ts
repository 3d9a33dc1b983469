import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN } from '../helpers/pty.js';

function run(args: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'warroom-help-'));
  const env = { PATH: process.env.PATH ?? '', HOME: dir, WARROOM_CONFIG_DIR: dir, WARROOM_DATA_DIR: dir };
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env, timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const SUBCOMMANDS = ['demo', 'drill', 'replay', 'record', 'export', 'profiles', 'profile', 'whoami', 'import-runbook'];

describe('each subcommand has its own --help', () => {
  it.each(SUBCOMMANDS)('warroom %s --help prints its usage, options and an example', (sub) => {
    for (const flag of ['--help', '-h']) {
      const r = run([sub, flag]);
      expect(r.code).toBe(0);
      expect(r.err).toBe('');
      expect(r.out).toMatch(new RegExp(`^warroom ${sub} — `));
      expect(r.out).toContain(`warroom ${sub}`);
      expect(r.out).toMatch(/\nUsage\n/);
      expect(r.out).toMatch(/\nExample\n {2}warroom /);
      // Not the global help, and never "unknown option".
      expect(r.out).not.toContain('a terminal dashboard for the room');
      expect(r.out).not.toContain('unknown option');
      // Readable in an 80-column terminal without wrapping.
      for (const line of r.out.split('\n')) expect([...line].length, line).toBeLessThanOrEqual(80);
    }
  });

  it('profile check on a missing file exits 2 with one sentence, as the README says', () => {
    const r = run(['profile', 'check', '/nonexistent/ours.json']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^no profile file at \/nonexistent\/ours\.json\n/);
    expect(r.out).toBe('');
  });
});
