import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, spawnWarroom, type Terminal } from '../helpers/pty.js';

let term: Terminal | undefined;
afterEach(() => {
  try {
    term?.kill('SIGKILL');
  } catch {
    // already gone
  }
});

/** dist/warroom.js copied alone into an empty folder, as onto a bastion. */
function bastion(): { bin: string; dataDir: string } {
  const root = mkdtempSync(join(tmpdir(), 'warroom-bastion-'));
  const bin = join(root, 'warroom.js');
  copyFileSync(BIN, bin);
  const dataDir = join(root, 'data');
  mkdirSync(dataDir);
  return { bin, dataDir };
}

describe('the single bundled file, alone', () => {
  it('lists the drills, then runs the demo and a drill with plain node and no fixtures folder', async () => {
    const { bin, dataDir } = bastion();
    expect(readdirSync(join(bin, '..')).sort()).toEqual(['data', 'warroom.js']);
    const env = { ...process.env, WARROOM_DATA_DIR: dataDir };
    const listing = execFileSync(process.execPath, [bin, 'drill'], { cwd: dataDir, env, encoding: 'utf8' });
    for (const name of ['bad-deploy-cascade', 'memory-leak', 'db-pool-exhaustion', 'traffic-spike'])
      expect(listing).toContain(name);
    expect(listing).toContain('Run one: warroom drill NAME');
    // The fixtures were made from the scenarios' seeded code, into the data folder's cache.
    expect(existsSync(join(dataDir, 'cache'))).toBe(true);

    term = spawnWarroom(['demo'], 100, 30, { WARROOM_DATA_DIR: dataDir }, bin);
    await term.waitFor((s) => s.includes('payments') && s.includes('demo'), 'the demo running', 30_000);
    term.write('q');
    expect((await term.exited).exitCode).toBe(0);

    term = spawnWarroom(['drill', 'memory-leak', '--paused'], 100, 30, { WARROOM_DATA_DIR: dataDir }, bin);
    await term.waitFor((s) => s.includes('Press p to start the drill.'), 'the drill briefing', 30_000);
    expect(term.screen()).toContain('DRILL memory-leak');
    term.write('q');
    expect((await term.exited).exitCode).toBe(0);
  }, 90_000);
});
