import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, spawnWarroom, type Terminal, killTerminals } from '../helpers/pty.js';

const RUNBOOK = fileURLToPath(new URL('../runbook/fixtures/severity-number-forms.md', import.meta.url));

let terms: Terminal[] = [];
afterEach(() => {
  killTerminals(terms);
  terms = [];
});

describe('a profile imported from a runbook, in the real binary', () => {
  it('is written without --merge, and the dashboard runs it and shows only the clocks the runbook states', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'warroom-e2e-import-'));
    const out = join(dir, 'ferry.json');
    const report = execFileSync(process.execPath, [BIN, 'import-runbook', RUNBOOK, '-o', out], { encoding: 'utf8' });
    expect(report).toMatch(/Wrote .*ferry\.json/);
    expect(JSON.parse(readFileSync(out, 'utf8')).severities.map((s: { id: string }) => s.id)).toEqual(['SEV1', 'SEV2', 'S3']);

    const t = spawnWarroom(['demo', '--speed', '20', '--profile', out], 100, 30, { WARROOM_DATA_DIR: dir, WARROOM_USER: 'ana' });
    terms.push(t);
    await t.waitFor((s) => s.includes('payments'), 'the services');
    t.write('d');
    await t.waitFor((s) => s.includes('Declare an incident'), 'the title prompt');
    t.write('ferry bookings failing\r');
    await t.waitFor((s) => s.includes('Severity for "ferry bookings failing"'), 'the severity picker');
    t.write('1');
    const screen = await t.waitFor((s) => s.includes('Acknowledge < 5 min'), 'the acknowledge clock of the imported SEV1');
    expect(screen).toContain(' SEV1 ');
    // The runbook states no update cadence for SEV1, so there is no next-update clock.
    expect(screen).not.toContain('Next update');
  });
});
