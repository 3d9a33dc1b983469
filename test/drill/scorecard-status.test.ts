import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenarioFile, type ScenarioFile } from '../../src/drill/scenario-file.js';
import { namedPattern, patternNote } from '../../src/drill/score-pattern.js';
import { STATUS_TEXT, type ScoreRow } from '../../src/drill/score-values.js';
import { scoreDrill } from '../../src/drill/scorecard.js';
import { formatScorecard, scoreSummary } from '../../src/drill/scorecard-format.js';
import { sreSev3 } from '../../src/incident/profiles/index.js';
import { builder, m, S } from './build.js';

const scenario = (name: string): ScenarioFile =>
  parseScenarioFile(JSON.parse(readFileSync(`fixtures/${name}.scenario.json`, 'utf8')), name);
const badDeploy = scenario('bad-deploy-cascade');
const status = (rows: ScoreRow[], id: string) => rows.find((r) => r.id === id)?.status;

function declaredAt18() {
  const e = builder();
  return [
    e('incident/declared', m(18), { incident: 'INC-D', title: 'orders', severity: 'SEV2', drill: true }),
    e('role/assigned', m(18.5), { role: 'ic', who: 'ana' }),
  ];
}

describe('scorecard statuses: ok, missed, pending, not applicable', () => {
  it('at 0:00 of a paused drill nothing is missed yet: declaring is pending', () => {
    const rows = scoreDrill([], sreSev3, badDeploy, { startedAtScenarioMs: S, endedAtMs: S, final: false });
    expect(rows.map((r) => [r.id, r.status])).toEqual([['declare', 'pending']]);
    expect(rows[0]?.note).toBe('criteria met (scenario) at 16m 10s, not reached yet');
  });

  it('declaring becomes missed once the ack time has passed since the criteria were met', () => {
    const rows = scoreDrill([], sreSev3, badDeploy, {
      startedAtScenarioMs: S,
      endedAtMs: S + m(22),
      final: false,
    });
    expect(rows[0]?.status).toBe('missed');
    expect(rows[0]?.note).toBe('criteria met (scenario) at 16m 10s; no incident declared by 22m 00s');
  });

  it('while running, undecided rows are pending and stages never reached are not applicable', () => {
    const rows = scoreDrill(declaredAt18(), sreSev3, badDeploy, {
      startedAtScenarioMs: S,
      endedAtMs: S + m(20),
      final: false,
    });
    expect(status(rows, 'declare')).toBe('ok');
    expect(status(rows, 'ack')).toBe('pending');
    expect(status(rows, 'mitigate')).toBe('pending');
    expect(status(rows, 'updates')).toBe('pending');
    expect(status(rows, 'checklist:triage')).toBe('pending');
    expect(status(rows, 'checklist:verify')).toBe('n/a');
    expect(status(rows, 'pattern')).toBe('pending');
    expect(rows.find((r) => r.id === 'checklist:verify')?.note).toMatch(/^the incident never reached verify/);
  });

  it('at the end, what was not done is missed and what was never reached stays not applicable', () => {
    const rows = scoreDrill(declaredAt18(), sreSev3, badDeploy, {
      startedAtScenarioMs: S,
      endedAtMs: S + m(50),
    });
    expect(status(rows, 'ack')).toBe('missed');
    expect(status(rows, 'mitigate')).toBe('missed');
    expect(status(rows, 'checklist:verify')).toBe('n/a');
    expect(rows.some((r) => r.status === 'pending')).toBe(false);
    expect(scoreSummary(rows)).toBe('3 of 14 met · 7 missed · 4 not applicable');
  });

  it('the updates row reads as a sentence: posted, due, and the gaps too long', () => {
    const e = builder();
    const events = [
      ...declaredAt18(),
      e('update/posted', m(24), { text: 'investigating', targets: [], deliveries: [] }),
      e('update/posted', m(30), { text: 'still', targets: [], deliveries: [] }),
    ];
    const row = scoreDrill(events, sreSev3, badDeploy, { startedAtScenarioMs: S, endedAtMs: S + m(90) }).find(
      (r) => r.id === 'updates',
    );
    expect(row?.status).toBe('missed');
    expect(row?.note).toBe(
      '2 updates posted; 3 were due (due every 30m 00s at SEV2, the first within 10m 00s); 1 gap longer than allowed',
    );
  });

  it('expects the severity the banner suggested, and accepts the scenario rank with a reason', () => {
    const suggested = { severity: 'SEV1', reason: 'error rate above 5% on 3 services (a, b, c)' };
    const e = builder();
    const sev1 = [
      e('incident/declared', m(18), { incident: 'I', title: 't', severity: 'SEV1', drill: true }),
    ];
    const row = scoreDrill(sev1, sreSev3, badDeploy, {
      startedAtScenarioMs: S,
      endedAtMs: S + m(50),
      suggested,
    }).find((r) => r.id === 'severity');
    expect(row?.status).toBe('ok');
    expect(row?.note).toBe(
      'the banner suggested SEV1 (error rate above 5% on 3 services (a, b, c)); the scenario rates it high (SEV2 Major), accepted too',
    );
    const f = builder();
    const sev3 = [
      f('incident/declared', m(18), { incident: 'I', title: 't', severity: 'SEV3', drill: true }),
    ];
    const wrong = scoreDrill(sev3, sreSev3, badDeploy, {
      startedAtScenarioMs: S,
      endedAtMs: S + m(50),
      suggested,
    });
    expect(wrong.find((r) => r.id === 'severity')?.status).toBe('missed');
  });

  it('a pattern chosen from the hint is scored: the right one ok, another one missed at the end', () => {
    expect(namedPattern(patternNote('bad-deploy', 'Bad deploy'))).toBe('bad-deploy');
    expect(namedPattern('looks like a bad deploy')).toBeUndefined();
    const e = builder();
    const right = [
      ...declaredAt18(),
      e('note/added', m(21), { text: patternNote('bad-deploy', 'Bad deploy') }),
    ];
    const ok = scoreDrill(right, sreSev3, badDeploy, { startedAtScenarioMs: S, endedAtMs: S + m(50) });
    expect(ok.find((r) => r.id === 'pattern')?.status).toBe('ok');
    const f = builder();
    const other = [
      ...declaredAt18(),
      f('note/added', m(21), { text: patternNote('memory-leak', 'Memory leak') }),
    ];
    const miss = scoreDrill(other, sreSev3, badDeploy, { startedAtScenarioMs: S, endedAtMs: S + m(50) });
    expect(miss.find((r) => r.id === 'pattern')?.note).toBe(
      'ana chose memory-leak; the scenario is bad-deploy',
    );
    expect(miss.find((r) => r.id === 'pattern')?.status).toBe('missed');
  });

  it('prints every status in words', () => {
    const rows = scoreDrill(declaredAt18(), sreSev3, badDeploy, {
      startedAtScenarioMs: S,
      endedAtMs: S + m(20),
      final: false,
    });
    const text = formatScorecard(rows);
    for (const s of ['ok', 'pending', 'n/a'] as const) expect(text).toContain(`  ${STATUS_TEXT[s]} `);
  });
});
