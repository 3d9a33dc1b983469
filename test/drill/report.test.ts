import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { drillReport } from '../../src/drill/report.js';
import { runDrillReport } from '../../src/drill/report-command.js';
import { saveScorecard } from '../../src/drill/saved-card.js';
import { parseScenarioFile } from '../../src/drill/scenario-file.js';
import { scoreDrill } from '../../src/drill/scorecard.js';
import { journalDir } from '../../src/incident/data-dir.js';
import type { IncidentEvent } from '../../src/incident/events.js';
import { sreSev3 } from '../../src/incident/profiles/index.js';
import { retriedDeliveries } from '../export/incident.js';
import { builder, m, S } from './build.js';

const scenario = parseScenarioFile(
  JSON.parse(readFileSync('fixtures/bad-deploy-cascade.scenario.json', 'utf8')),
  'bad-deploy-cascade',
);

/** One drill run: declared at `declareAt` minutes, acknowledged a minute later, scored and saved. */
function run(dir: string, id: string, start: number, declareAt: number): void {
  const e = builder();
  const shift = (x: IncidentEvent): IncidentEvent => ({
    ...x,
    at: x.at - S + start,
    wall: x.at - S + start - 3_600_000,
  });
  const events = [
    e('incident/declared', m(declareAt), {
      incident: id,
      title: 'orders failing',
      severity: 'SEV2',
      drill: true,
    }),
    e('incident/acknowledged', m(declareAt + 1), {}),
    e('status/changed', m(31), { to: 'monitoring' }),
  ].map(shift);
  writeFileSync(join(dir, `${id}.jsonl`), `${events.map((x) => JSON.stringify(x)).join('\n')}\n`);
  const rows = scoreDrill(events, sreSev3, scenario, {
    startedAtScenarioMs: start,
    endedAtMs: start + m(50),
  });
  saveScorecard(dir, id, {
    scenario: 'bad-deploy-cascade',
    title: scenario.title,
    heading: "at the scenario's end (50m 00s)",
    rows,
    startedAtScenarioMs: start,
  });
}

describe('warroom drill --report', () => {
  it('writes the scorecard and the timeline in scenario and wall time, against the previous run', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'warroom-report-'));
    const dir = journalDir(dataDir, 'drill');
    mkdirSync(dir, { recursive: true });
    run(dir, 'INC-1', S, 20);
    run(dir, 'INC-2', S + 86_400_000, 17);
    const out: string[] = [];
    const err: string[] = [];
    const code = runDrillReport(['--report'], {
      dataDir,
      profile: sreSev3,
      out: { write: (t: string) => out.push(t) },
      err: { write: (t: string) => err.push(t) },
    });
    expect(err).toEqual([]);
    expect(code).toBe(0);
    const md = out.join('');
    expect(md).toContain('# Drill report: orders and checkout failing after the orders release');
    expect(md).toContain(
      '| Time to acknowledge | 1m 00s | 5m 00s | ok | acknowledged by ana 1m 00s after declaring |',
    );
    expect(md).toContain('## Against the previous run (INC-1)');
    expect(md).toContain('| Time to declare | 3m 50s | 50s | faster by 3m 00s |');
    expect(md).toMatch(/\| 17m 00s \| 11:17:00 \| ana \| Drill declared SEV2: orders failing \|/);
  });

  it('says what is missing when no drill was scored', () => {
    const err: string[] = [];
    const code = runDrillReport(['--report'], {
      dataDir: mkdtempSync(join(tmpdir(), 'warroom-report-')),
      profile: sreSev3,
      out: { write: () => undefined },
      err: { write: (t: string) => err.push(t) },
    });
    expect(code).toBe(1);
    expect(err.join('')).toMatch(
      /^warroom drill --report: no scored drill in .* \(a drill is scored when it is quit/,
    );
  });

  it('lists one line per delivery outcome, skipping tries that were retried, as the timeline does', () => {
    const card = { scenario: 'bad-deploy-cascade', title: scenario.title, heading: 'now', rows: [], startedAtScenarioMs: S };
    const md = drillReport({ id: 'INC-20261118-1200', events: retriedDeliveries(), card }, sreSev3);
    const rows = md.split('\n').filter((l) => l.includes('Delivery to') || l.includes('delivered to'));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('Update delivered to ops-hook after 3 attempts');
    expect(rows[1]).toContain('Delivery to pager failed after 3 attempts: connection refused; waiting in the outbox (m)');
  });
});
