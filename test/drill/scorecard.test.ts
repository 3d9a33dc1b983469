import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenarioFile, type ScenarioFile } from '../../src/drill/scenario-file.js';
import { formatValue, type ScoreRow } from '../../src/drill/score-values.js';
import { scoreDrill } from '../../src/drill/scorecard.js';
import { formatScorecard, scorecardJson } from '../../src/drill/scorecard-format.js';
import { severityForRank } from '../../src/drill/severity-rank.js';
import type { IncidentEvent } from '../../src/incident/events.js';
import { longFormSev, skillPLevels, sreSev3, startupPLevels } from '../../src/incident/profiles/index.js';
import { builder, m, S } from './build.js';

const scenario = (name: string): ScenarioFile =>
  parseScenarioFile(JSON.parse(readFileSync(`fixtures/${name}.scenario.json`, 'utf8')), name);
const badDeploy = scenario('bad-deploy-cascade');
const leak = scenario('memory-leak');

const brief = (rows: ScoreRow[]) =>
  rows.map((r) => [r.id, formatValue(r.value), formatValue(r.target), r.status]);

/** A good response to the bad deploy, with one late update and one role left empty. */
function goodResponse(sev: string, lists: { triage: string; during: string }): IncidentEvent[] {
  const e = builder();
  return [
    e('incident/declared', m(18), {
      incident: 'INC-DRILL-1',
      title: 'orders failing',
      severity: sev,
      drill: true,
    }),
    e('role/assigned', m(18.5), { role: 'ic', who: 'ana' }),
    e('incident/acknowledged', m(19.5), {}, 'bo'),
    e('checklist/ticked', m(20), { checklist: lists.triage, item: 'severity' }),
    e('note/added', m(22), { text: 'Looks like a bad deploy: orders v4.2.0 went out at 10:00' }, 'bo'),
    e('update/posted', m(24), { text: 'Investigating orders errors', targets: [], deliveries: [] }),
    e('role/assigned', m(25), { role: 'tech-lead', who: 'bo' }),
    e('checklist/ticked', m(26), {
      checklist: lists.during,
      item: lists.during === 'respond' ? 'mitigate' : 'deploy-log',
    }),
    e('status/changed', m(31), { to: 'monitoring' }),
    e('update/posted', m(58), { text: 'Rolled back; watching', targets: [], deliveries: [] }),
    e('incident/resolved', m(60), { summary: 'rolled back orders' }),
  ];
}

/** A slow, over-graded response to the leak, marked mitigated before the feed recovered. */
function overcalledLeak(sev: string): IncidentEvent[] {
  const e = builder();
  return [
    e('incident/declared', m(30), {
      incident: 'INC-DRILL-2',
      title: 'catalog slow',
      severity: sev,
      drill: true,
    }),
    e('role/assigned', m(30), { role: 'ic', who: 'ana' }),
    e('incident/acknowledged', m(33), {}),
    e('note/added', m(40), { text: 'catalog pods restarting' }),
    e('status/changed', m(55), { to: 'monitoring' }),
  ];
}

describe('drill scorecard', () => {
  it('scores a good bad-deploy response on the SRE guide (SEV2: ack 5 min, updates every 30 min, first within 10)', () => {
    const rows = scoreDrill(
      goodResponse('SEV2', { triage: 'declare', during: 'respond' }),
      sreSev3,
      badDeploy,
      {
        startedAtScenarioMs: S,
      },
    );
    expect(brief(rows)).toEqual([
      ['declare', '1m 50s', '5m 00s', 'ok'],
      ['ack', '1m 30s', '5m 00s', 'ok'],
      ['mitigate', '13m 00s', '-', 'ok'],
      ['mitigate-feed', '1m 30s', '0s', 'ok'],
      ['updates', '2', '2', 'missed'],
      ['role:ic', '30s', '-', 'ok'],
      ['role:tech-lead', '7m 00s', '-', 'ok'],
      ['checklist:triage', '1/6', '6', 'missed'],
      ['checklist:during', '1/6', '6', 'missed'],
      ['checklist:resolution', '0/5', '5', 'missed'],
      ['checklist:verify', '0/2', '2', 'missed'],
      ['checklist:after', '0/4', '4', 'n/a'],
      ['severity', 'SEV2', 'SEV2', 'ok'],
      ['pattern', '4m 00s', 'bad-deploy', 'ok'],
    ]);
    expect(rows[0]?.note).toBe('criteria met (scenario) at 16m 10s; declared 18m 00s into the drill');
    expect(rows[3]?.note).toMatch(/^marked 1m 30s after the feed recovered \(orders is rolled back/);
  });

  it('scores the same response on the long-form runbook (SEV-2: mitigate within 2 h, IC within 5 min, a comms lead)', () => {
    const rows = scoreDrill(
      goodResponse('SEV-2', { triage: 'triage', during: 'diagnose' }),
      longFormSev,
      badDeploy,
      {
        startedAtScenarioMs: S,
        criteriaMetAtMs: S + m(16),
      },
    );
    expect(brief(rows)).toEqual([
      ['declare', '2m 00s', '10m 00s', 'ok'],
      ['ack', '1m 30s', '10m 00s', 'ok'],
      ['mitigate', '13m 00s', '2h 00m', 'ok'],
      ['mitigate-feed', '1m 30s', '0s', 'ok'],
      ['updates', '2', '1', 'missed'],
      ['role:ic', '30s', '5m 00s', 'ok'],
      ['role:comms-lead', '-', '-', 'missed'],
      ['role:tech-lead', '7m 00s', '-', 'ok'],
      ['checklist:triage', '1/7', '7', 'missed'],
      ['checklist:during', '1/5', '5', 'missed'],
      ['checklist:resolution', '0/2', '2', 'missed'],
      ['checklist:after', '0/5', '5', 'n/a'],
      ['severity', 'SEV-2', 'SEV-2', 'ok'],
      ['pattern', '4m 00s', 'bad-deploy', 'ok'],
    ]);
    expect(rows[0]?.note).toBe('criteria met in the feed at 16m 00s; declared 18m 00s into the drill');
  });

  it('scores a late, over-graded leak response on the SRE guide from the fault start', () => {
    const rows = scoreDrill(overcalledLeak('SEV1'), sreSev3, leak, {
      startedAtScenarioMs: S,
      faultStartOffsetMs: m(10),
      endedAtMs: S + m(62),
    });
    expect(brief(rows).filter(([id]) => !String(id).startsWith('checklist'))).toEqual([
      ['declare', '20m 00s', '5m 00s', 'missed'],
      ['ack', '3m 00s', '5m 00s', 'ok'],
      ['mitigate', '25m 00s', '-', 'ok'],
      ['mitigate-feed', '-5m 45s', '0s', 'missed'],
      ['updates', '0', '2', 'missed'],
      ['role:ic', '0s', '-', 'ok'],
      ['role:tech-lead', '-', '-', 'missed'],
      ['role:comms-lead', '-', '-', 'missed'],
      ['role:scribe', '-', '-', 'missed'],
      ['severity', 'SEV1', 'SEV3', 'missed'],
      ['pattern', 'not named', 'memory-leak', 'missed'],
    ]);
    expect(rows[0]?.note).toBe('criteria never met; fault began at 10m 00s; declared 30m 00s into the drill');
    expect(rows[3]?.note).toBe('marked 5m 45s before the feed showed recovery');
  });

  it('scores the leak on the long-form runbook, where SEV-1 must be mitigated within 60 min', () => {
    const rows = scoreDrill(overcalledLeak('SEV-1'), longFormSev, leak, {
      startedAtScenarioMs: S,
      faultStartOffsetMs: m(10),
      endedAtMs: S + m(62),
    });
    const byId = Object.fromEntries(brief(rows).map((r) => [r[0], r.slice(1)]));
    expect(byId.mitigate).toEqual(['25m 00s', '1h 00m', 'ok']);
    expect(byId.updates).toEqual(['0', '2', 'missed']);
    expect(byId.severity).toEqual(['SEV-1', 'SEV-3', 'missed']);
    expect(rows.filter((r) => r.id.startsWith('role:')).map((r) => r.status)).toEqual([
      'ok',
      'missed',
      'missed',
      'missed',
      'missed',
    ]);
  });

  it('says so when nothing was declared', () => {
    expect(brief(scoreDrill([], sreSev3, leak, { startedAtScenarioMs: S }))).toEqual([
      ['declare', '-', '5m 00s', 'missed'],
    ]);
  });

  it('maps the neutral severity rank onto each profile by colour', () => {
    expect(severityForRank(sreSev3, 'high')?.id).toBe('SEV2');
    expect(severityForRank(sreSev3, 'low')?.id).toBe('SEV3');
    expect(severityForRank(startupPLevels, 'critical')?.id).toBe('P0');
    expect(severityForRank(skillPLevels, 'medium')?.id).toBe('P2');
  });

  it('prints a plain table and a JSON form', () => {
    const rows = scoreDrill(
      goodResponse('SEV2', { triage: 'declare', during: 'respond' }),
      sreSev3,
      badDeploy,
      {
        startedAtScenarioMs: S,
      },
    ).slice(0, 3);
    expect(formatScorecard(rows)).toBe(
      [
        'check                result   target  status  note',
        `-------------------  -------  ------  ------  ${'-'.repeat(73)}`,
        'Time to declare      1m 50s   5m 00s  ok      criteria met (scenario) at 16m 10s; declared 18m 00s into the drill',
        'Time to acknowledge  1m 30s   5m 00s  ok      acknowledged by bo 1m 30s after declaring',
        'Time to mitigate     13m 00s  -       ok      monitoring or resolved 13m 00s after declaring; no mitigation SLA at SEV2',
        '',
        '3 of 3 met',
      ].join('\n'),
    );
    const json = JSON.parse(scorecardJson(rows)) as { met: number; rows: ScoreRow[] };
    expect(json.met).toBe(3);
    expect(json.rows[0]?.value).toEqual({ kind: 'duration', ms: m(1) + 50_000 });
  });
});

describe('an acknowledge SLA of "immediately"', () => {
  const immediate = {
    ...sreSev3,
    severities: sreSev3.severities.map((sev) => (sev.id === 'SEV2' ? { ...sev, ack: { kind: 'immediate' as const } } : sev)),
  };
  const ackedAfter = (minutes: number) => {
    const e = builder();
    return [
      e('incident/declared', m(18), { incident: 'INC-DRILL-3', title: 'orders failing', severity: 'SEV2', drill: true }),
      e('incident/acknowledged', m(18 + minutes), {}),
    ];
  };
  it('scores it as the clock reads it: within the minute\'s grace is on time, after it is missed', () => {
    const opts = { startedAtScenarioMs: S, endedAtMs: S + m(60) };
    const ack = (minutes: number) => brief(scoreDrill(ackedAfter(minutes), immediate, badDeploy, opts)).find((r) => r[0] === 'ack');
    expect(ack(0.5)).toEqual(['ack', '30s', '1m 00s', 'ok']);
    expect(ack(1.5)).toEqual(['ack', '1m 30s', '1m 00s', 'missed']);
  });
});

