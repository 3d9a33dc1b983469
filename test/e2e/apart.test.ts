import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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
      // The question and the incident it names (a frame can reach the pty in pieces).
      (s) => s.includes('Resume the open incident?') && s.includes('left open'),
      'the demo resume offer',
      30_000,
    );
    expect(again).toContain('a demo left open');
    expect(again).not.toContain('a drill left open');
  }, 90_000);

  it('the demo is a drill: marked DRILL, and an update goes to the drill outbox file, as the timeline says', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'warroom-apart-'));
    term = spawnWarroom(['demo'], 120, 40, { WARROOM_DATA_DIR: dataDir, WARROOM_USER: 'dana' });
    await term.waitFor((s) => s.includes('payments'), 'the demo running', 30_000);
    term.write('d');
    await term.waitFor((s) => s.includes('Declare an incident'), 'the title prompt');
    term.write('\u0015checkout failing\r');
    await term.waitFor((s) => s.includes('Severity for'), 'the severity picker');
    term.write('2');
    await term.waitFor((s) => s.includes('SEV2 MAJOR') && s.includes('DRILL'), 'the incident, marked DRILL');
    term.write('u');
    await term.waitFor((s) => s.includes('Which update?'), 'the template picker');
    term.write('2');
    // Enter through the template's questions until the editor shows.
    await term.waitFor((s) => {
      if (s.includes('Ctrl+D review')) return true;
      term?.write('\r');
      return false;
    }, 'the composer');
    // A key sent in the instant the editor first shows can land before its key handler is
    // attached; Ctrl+D is sent again while the editor is still what the screen shows.
    await term.waitFor((s) => {
      if (s.includes('goes to the drill outbox')) return true;
      if (s.includes('Ctrl+D review')) term?.write('\u0004');
      return false;
    }, 'the review');
    term.write('p');
    await term.waitFor((s) => s.includes('drill outbox file only'), 'the confirmation');
    term.write('y');
    await term.waitFor((s) => s.includes('written to the drill outbox'), 'the notice');
    const outbox = join(dataDir, 'drills', 'outbox.jsonl');
    await term.waitFor(() => existsSync(outbox), 'the drill outbox file');
    const line = JSON.parse(readFileSync(outbox, 'utf8').split('\n')[0] ?? '{}') as { drill?: boolean };
    expect(line.drill).toBe(true);
    const journal = readdirSync(journalDir(dataDir, 'demo')).find((f) => f.endsWith('.jsonl')) ?? '';
    expect(readFileSync(join(journalDir(dataDir, 'demo'), journal), 'utf8')).toContain('"drill":true');
    term.write('q');
  }, 90_000);
});
