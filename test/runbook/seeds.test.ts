import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type Duration, durationLabel } from '../../src/incident/duration.js';
import { validateProfile } from '../../src/incident/profile-load.js';
import type { Severity } from '../../src/incident/profile-schema.js';
import { importRunbook } from '../../src/runbook/import.js';

// The seed runbooks sit beside the clone in CI (../shared); the project's own tests do not need them.
const dir = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));
const seeds = existsSync(dir) ? readdirSync(dir).sort() : [];

// What each seed states per level, read by hand from the seed (DESIGN.md's table): id, name, ack,
// mitigation, update cadence, watch before resolving, post-mortem due, who to notify, escalation.
// A notify rule shows its time and its condition when it has them (seed 001's SEV4 escalates "as needed": no rule).
// '-' is a value the seed does not state for that level, which the profile must leave out.
const stated: Record<string, string[][]> = {
  '000': [
    ['P0','Critical','immediately','-','30 min','2 h','48 h','-','notify CTO + CEO notification required'],
    ['P1','High','30 min','-','30 min','2 h','48 h','-','notify Engineering lead notification'],
    ['P2','Medium','2 h','-','30 min','2 h','-','-','notify Team lead notification'],
    ['P3','Low','next business day','-','30 min','2 h','-','-','notify Standard ticket workflow'],
  ],
  '001': [
    ['SEV1','Critical','5 min','-','15 min','30 min','-','-','notify Next on the Internal Escalation list (On-call Engineer, Team Lead, Engineering Manager, VP Engineering, CTO) immediately'],
    ['SEV2','High','15 min','-','30 min','30 min','-','-','notify Next on the Internal Escalation list (On-call Engineer, Team Lead, Engineering Manager, VP Engineering, CTO) 30 min'],
    ['SEV3','Medium','1 h','-','-','30 min','-','-','notify Next on the Internal Escalation list (On-call Engineer, Team Lead, Engineering Manager, VP Engineering, CTO) 2 h'],
    ['SEV4','Low','next business day','-','-','30 min','-','-','-'],
  ],
  '002': [
    ['SEV1','Critical','5 min','-','15 min','15 min','3 business days, document 5 business days','All engineering, support, leadership, customer success','notify On-call Engineer 5 min; notify On-call Lead 15 min; notify Engineering Manager 30 min; notify VP Engineering if after Engineering Manager, SEV1 only'],
    ['SEV2','Major','5 min','-','30 min','15 min','3 business days, document 5 business days','On-call team, support lead, affected team lead','notify On-call Engineer 5 min; notify On-call Lead 15 min; notify Engineering Manager 30 min'],
    ['SEV3','Minor','5 min','-','1 h','30 min','optional: 3 business days, document 5 business days','On-call team, relevant squad','notify On-call Engineer 5 min; notify On-call Lead 15 min; notify Engineering Manager 30 min'],
  ],
  '003': [
    ['SEV-1','-','5 min','60 min','15 min','-','5 business days after closing','-','-'],
    ['SEV-2','-','10 min','2 h','30 min','-','5 business days after closing','-','-'],
    ['SEV-3','-','30 min','8 h','2 h','-','5 business days after closing','-','-'],
    ['SEV-4','-','1 business day','next sprint','async','-','5 business days after closing','-','-'],
  ],
  '004': [
    ['P0','Total Outage','15 min','-','15 min','15 min','48 h','All hands on deck, executive notification','-'],
    ['P1','Major Degradation','30 min','-','30 min','15 min','48 h','On-call engineer, team lead, stakeholder notification','-> P0 2 h'],
    ['P2','Partial Impact','2 h','-','2 h','30 min','7 days','On-call engineer','-> P1 4 h'],
    ['P3','Minor Issue','next business day','-','daily','-','-','Assigned engineer','-'],
  ],
};

// Required roles per level, as the seeds state them: 002 per level in sentences, 001 and 004 a role list for
// the two highest levels ("For SEV1/SEV2, ..."). A level no seed line names gets the commander alone.
const roles: Record<string, string[][]> = {
  '000': [['ic'], ['ic'], ['ic'], ['ic']],
  '001': [['ic', 'tech-lead', 'comms-lead', 'scribe'], ['ic', 'tech-lead', 'comms-lead', 'scribe'], ['ic'], ['ic']],
  '002': [['ic', 'tech-lead', 'comms-lead', 'scribe'], ['ic', 'tech-lead'], ['ic']],
  '003': [['ic'], ['ic'], ['ic'], ['ic']],
  '004': [['ic', 'tech-lead', 'comms-lead', 'scribe'], ['ic', 'tech-lead', 'comms-lead', 'scribe'], ['ic'], ['ic']],
};

const d = (x: Duration | undefined) => (x ? durationLabel(x) : '-');
// "3 business days, document 5 business days"; "optional:" when the seed says a level need not hold one; "after closing" when it counts from closing.
const postMortem = (s: Severity) => {
  const pm = s.postMortem;
  if (!pm) return '-';
  const due = `${d(pm.due)}${pm.documentDue ? `, document ${d(pm.documentDue)}` : ''}${pm.from === 'closed' ? ' after closing' : ''}`;
  return pm.required ? due : `optional: ${due}`;
};
const row = (s: Severity) => [
  s.id,
  s.label ?? '-',
  d(s.ack),
  d(s.mitigation),
  d(s.updateEvery),
  d(s.watch),
  postMortem(s),
  (s.notify ?? []).join(', ') || '-',
  (s.escalation ?? []).map((e) => (e.kind === 'upgrade' ? `-> ${e.to} ${d(e.after)}` : `notify ${e.who}${e.after ? ` ${d(e.after)}` : ''}${e.condition ? ` if ${e.condition}` : ''}`)).join('; ') || '-',
];

describe('the shared seed runbooks, when present', () => {
  it('are either all absent or all five present', () => {
    expect([0, 5]).toContain(seeds.length);
  });

  for (const file of seeds) {
    it(`${file}: imports without --merge into a valid profile with exactly the values the seed states`, () => {
      const result = importRunbook(readFileSync(`${dir}${file}`, 'utf8'), { source: file });
      expect(result.profile).toBeDefined();
      if (!result.profile) return;
      expect(validateProfile(result.profile, file).ok).toBe(true);
      expect(result.profile.severities.map(row)).toEqual(stated[file.slice(0, 3)]);
      expect(result.profile.severities.map((s) => s.requiredRoles)).toEqual(roles[file.slice(0, 3)]);
      for (const s of result.profile.severities) {
        expect(s).not.toHaveProperty('response');
        expect(s).not.toHaveProperty('examples');
      }
    });
  }
});
