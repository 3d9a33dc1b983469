import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { spawnWarroom, type Terminal, killTerminals } from '../helpers/pty.js';

let terms: Terminal[] = [];
afterEach(() => {
  killTerminals(terms);
  terms = [];
});

function start(dataDir: string, columns = 100, rows = 30): Terminal {
  const t = spawnWarroom(['demo', '--speed', '20'], columns, rows, {
    WARROOM_DATA_DIR: dataDir,
    WARROOM_USER: 'dana',
  });
  terms.push(t);
  return t;
}

describe('an incident in the real binary', () => {
  it('survives kill -9: declare, acknowledge, tick three items, kill, restart, resume — all there', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'warroom-e2e-'));
    const first = start(dataDir);
    await first.waitFor((s) => s.includes('payments'), 'the services');
    first.write('d');
    await first.waitFor((s) => s.includes('Declare an incident'), 'the title prompt');
    first.write('checkout failing\r');
    await first.waitFor((s) => s.includes('Severity for "checkout failing"'), 'the severity picker');
    first.write('1');
    await first.waitFor((s) => s.includes('SEV1 CRITICAL'), 'the incident band');
    first.write('a');
    await first.waitFor((s) => s.includes('acknowledged'), 'the acknowledgement');
    first.write('\t');
    // The checklist already shows under the services; Tab focuses it (its title says how to tick).
    await first.waitFor((s) => s.includes('Checklist · triage  (space/x ticks)'), 'the focused checklist');
    first.write('x');
    await first.waitFor((s) => (s.match(/\[x\]/g) ?? []).length === 1, 'one tick');
    first.write('jx');
    await first.waitFor((s) => (s.match(/\[x\]/g) ?? []).length === 2, 'two ticks');
    first.write('jx');
    await first.waitFor((s) => (s.match(/\[x\]/g) ?? []).length === 3, 'three ticks');

    first.kill('SIGKILL');
    await first.exited;

    const second = start(dataDir);
    await second.waitFor((s) => s.includes('Resume the open incident?'), 'the resume offer');
    expect(second.screen()).toContain('"checkout failing"');
    second.write('y');
    await second.waitFor((s) => s.includes('SEV1 CRITICAL') && s.includes('resumed'), 'the resumed incident');
    second.write('\t');
    const screen = await second.waitFor(
      (s) => (s.match(/\[x\]/g) ?? []).length === 3 && s.includes('Acknowledged by dana'),
      'the three ticks and the acknowledgement, restored',
    );
    expect(screen).toContain('dana');
    second.write('q');
    expect((await second.exited).exitCode).toBe(0);
  });
});
