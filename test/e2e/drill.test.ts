import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { spawnWarroom, type Terminal } from '../helpers/pty.js';

let term: Terminal | undefined;
afterEach(() => {
  try {
    term?.kill('SIGKILL');
  } catch {
    // already gone
  }
});

const LABEL = /^(Time to|Mitigated vs|Updates on|Role: |Checklist: |Severity chosen|Pattern named)/;
/** The scorecard's rows as "label | result | target | status", from a screen (bordered or not). */
function cardRows(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.replace(/^[\s│]+/, '').trimEnd())
    .filter((l) => LABEL.test(l))
    .map((l) =>
      l
        .split(/\s{2,}/)
        .slice(0, 4)
        .join(' | '),
    );
}

describe('a drill in the real binary', () => {
  it('runs at 60x from a paused start to a scorecard, with commands in dry run', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'warroom-drill-'));
    term = spawnWarroom(['drill', 'bad-deploy-cascade', '--speed', '60', '--paused'], 120, 40, {
      WARROOM_DATA_DIR: dataDir,
      WARROOM_USER: 'dana',
    });
    await term.waitFor(
      (s) => s.includes('DRILL bad-deploy-cascade · 0:00/50:00 · ⏸ PAUSED'),
      'the paused drill',
    );
    const briefing = await term.waitFor((s) => s.includes('Press p to start the drill.'), 'the briefing');
    expect(briefing).toContain('Briefing — orders and checkout failing after the orders release');
    expect(briefing).toContain('Objectives');
    expect(briefing).toMatch(/Profile: sre-sev3/);
    term.write(']'.repeat(18));
    await term.waitFor((s) => s.includes('18:00/50:00'), 'the seek to 18 minutes');
    await term.waitFor((s) => s.includes('customer tickets'), 'the inject that has arrived by then');
    term.write('d');
    await term.waitFor((s) => s.includes('Declare an incident'), 'the title prompt');
    term.write('\u0015orders failing\r');
    await term.waitFor((s) => s.includes('Severity for'), 'the severity picker');
    term.write('2');
    await term.waitFor((s) => s.includes('SEV2 MAJOR') && s.includes('DRILL'), 'the drill incident');
    term.write('a');
    await term.waitFor((s) => s.includes('acknowledged'), 'the acknowledgement');
    term.write('p');
    await term.waitFor((s) => s.includes('▶ 60x'), 'the drill running again');
    const screen = await term.waitFor((s) => s.includes('ENDED'), 'the end of the scenario', 90_000);
    expect(screen).toContain('Drill scorecard');
    const card = await term.waitFor((s) => / of \d+ met/.test(s), 'the scorecard');
    expect(card).toContain("Scorecard at the scenario's end (50m 00s)");
    expect(card).toMatch(/Time to acknowledge\s+0s\s+5m 00s\s+ok/);
    expect(card).toMatch(/Severity chosen\s+SEV2\s+SEV\d\s+ok/);
    expect(card).toMatch(/Time to mitigate\s+-\s+-\s+MISSED/);
    expect(card).toMatch(/Checklist: after\s+0\/4\s+4\s+n\/a/);
    const onScreen = cardRows(card);
    expect(onScreen.length).toBeGreaterThan(8);
    term.write('q');
    await term.waitFor((s) => !s.includes('Drill scorecard'), 'the scorecard to close (q closes it first)');
    term.write('q');
    expect((await term.exited).exitCode).toBe(0);
    const printed = await term.waitFor((s) => / of \d+ met/.test(s), 'the printed scorecard');
    expect(printed).toContain(
      'Drill bad-deploy-cascade: orders and checkout failing after the orders release',
    );
    expect(printed).toContain("Scorecard at the scenario's end (50m 00s)");
    // The card printed on quit is the one the screen showed, row for row.
    expect(cardRows(printed)).toEqual(onScreen);
  }, 120_000);
});
