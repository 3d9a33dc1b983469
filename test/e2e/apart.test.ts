import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { journalDir } from '../../src/incident/data-dir.js';
import { spawnWarroom, type Terminal } from '../helpers/pty.js';

let term: Terminal | undefined;
afterEach(() => {
  try {
    term?.kill('SIGKILL');
  } catch {
    // already gone
  }
});

/** An open incident's journal of one line, in the folder of its kind. */
function openIncident(dataDir: string, kind: 'drill' | 'demo' | 'incident', id: string, title: string): void {
  const dir = journalDir(dataDir, kind);
  mkdirSync(dir, { recursive: true });
  const declared = {
    type: 'incident/declared',
    incident: id,
    title,
    severity: 'SEV2',
    ...(kind === 'incident' ? {} : { drill: true }),
    id: `e-${id}`,
    at: Date.now() - 60_000,
    by: 'ana',
  };
  writeFileSync(join(dir, `${id}.jsonl`), `${JSON.stringify(declared)}\n`);
}

describe('drills, the demo and real incidents are kept apart', () => {
  it('the demo never offers a drill, and a real start never offers the demo', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'warroom-apart-'));
    openIncident(dataDir, 'drill', 'INC-DRILL', 'a drill left open');
    term = spawnWarroom(['demo'], 100, 30, { WARROOM_DATA_DIR: dataDir });
    const demo = await term.waitFor((s) => s.includes('payments'), 'the demo running', 30_000);
    expect(demo).not.toContain('Resume');
    term.write('q');
    expect((await term.exited).exitCode).toBe(0);

    openIncident(dataDir, 'demo', 'INC-DEMO', 'a demo left open');
    term = spawnWarroom(['--feed', 'ws://127.0.0.1:9'], 100, 30, { WARROOM_DATA_DIR: dataDir });
    const real = await term.waitFor((s) => s.includes('127.0.0.1:9'), 'the real dashboard', 30_000);
    expect(real).not.toContain('Resume');
    term.write('q');
    expect((await term.exited).exitCode).toBe(0);

    // The demo offers its own open incident, and only that one.
    term = spawnWarroom(['demo'], 100, 30, { WARROOM_DATA_DIR: dataDir });
    const again = await term.waitFor(
      (s) => s.includes('Resume the open incident?'),
      'the demo resume offer',
      30_000,
    );
    expect(again).toContain('a demo left open');
    expect(again).not.toContain('a drill left open');
  }, 90_000);
});
