/*
 * The corpus these forms come from: public incident-response runbooks, found with the search
 * tool and tried by hand (copies kept outside the repository; none of their text is here). Each
 * line: what it is, where it was found, and what it taught the importer.
 *
 *  1. NetSuite learning path, incident_response.md (GitHub SDprojects8/NetSuite-Learning-Path):
 *     "#### Sev1 - Critical" headings with bold Key: value bullets, and a second per-level cadence
 *     table; "Communication: Key stakeholders within 15 minutes" is a deadline, not a cadence, and
 *     an "Escalation Matrix" with L1..L4 in a "Level" column is not a severity table.
 *  2. togetherai company-ops incident-response.md (GitHub mrtonyirving/togetherai): levels as
 *     `SEV1` code spans in a list; "Publish postmortem within 2 business days" applies to all.
 *  3. Human-Resource-Management INCIDENT_RESPONSE.md (GitHub BuiltByJawad): bold P1..P4 list;
 *     "Status updates every 30–60 minutes" (a range keeps its first number); an escalation matrix
 *     keyed by level under a heading that names the field.
 *  4. VibeGames incident-response-plan.md (GitHub matthewtrundle): "### P0: Critical" headings,
 *     "Response: <1 day".
 *  5. lkvitai-mes incident-response README (GitHub lauresta): levels named only in prose
 *     ("Classify incident as Sev1/Sev2/Sev3"), never defined: the named levels are used, in order,
 *     with the general rules ("updates every 30 minutes") and a note saying so.
 *  6. self-updating-rag-system oncall_runbook.md (GitHub BhavikRansubhe): "P0: ..." list after the
 *     values; per-level cadence in a sentence ("every 15 minutes for P0").
 *  7. genesis-vps incident-response.md (GitHub vp2722): a plain Severity table; "Schedule within
 *     48 hours" under a Postmortem step sets the post-mortem for every level.
 *  8. agent-orchestration-ops runbooks/incident.md (GitHub Empire325Marketing): "**SEV1
 *     (Critical)**" bold items; "Update within 5 minutes, every 15 minutes thereafter" (the first
 *     update is not the cadence); "Update at incident start and resolution" is no duration.
 *  9. Class-Playbook IR plan template (GitHub SohnMc): security phases only, no levels: no profile.
 * 10. Cybernack incident_response_plan.md (GitHub gireeshnr): named levels in a "Level" column
 *     (Critical/High/Medium/Low as ids); "Incident Response Manager" leads the incident.
 * 11. GDS Way, incident management (gds-way.cloudapps.digital): a "Classification" column with a
 *     "Type" column of names; "20 minutes (office and out of hours)"; "Once after 2 business days";
 *     the role is "Incident Lead", named in prose.
 * 12. digital-land technical documentation pull request (GitHub digital-land): the same table with
 *     "#P1" ids.
 * 13. Digital Marketplace manual, incidents (alphagov.github.io): "P1 - critical - complete outage"
 *     list under "Grading an Issue"; "## P1/ P2" is a process heading for two levels, not a level.
 * 14. NHS digital prevention services, incident management: roles as a prose list ("A comms lead:
 *     ..."); a long lead paragraph mentioning "who to contact" must not make descriptions notify lists.
 * 15. tecronix security incident response: "### SEV-1 (Critical)" with loose clauses ("Acknowledge
 *     15 min, engage command channel"; "comms every 2-4 hours until stable"; "daily updates until
 *     resolved" is a cadence, not a mitigation).
 * 16. qa.codes incident response runbook template: a "Severity Ladder" with SEV-1..4; a message
 *     template with <angle> placeholders.
 * 17. library-d7m incident response docs: "SEV1 - Critical" as a paragraph line over its bullets.
 * 18. travissmith.dev incident response play: "SEV1 — ..." em-dash list with sentences.
 * 19. aiwiki incident management reference: a Level/Name table whose text lost its separators.
 */

import { describe, expect, it } from 'vitest';
import { type Duration, durationLabel } from '../../src/incident/duration.js';
import { validateProfile } from '../../src/incident/profile-load.js';
import type { Severity } from '../../src/incident/profile-schema.js';
import { importRunbook } from '../../src/runbook/import.js';
import { readLevel, readLevels } from '../../src/runbook/level-names.js';
import { fixture } from './helpers.js';

const d = (x: Duration | undefined) => (x ? durationLabel(x) : '-');
// id, name, description, ack, update cadence, mitigation; '-' where the runbook states nothing.
const row = (s: Severity) => [s.id, s.label ?? '-', s.summary ?? '-', d(s.ack), d(s.updateEvery), d(s.mitigation)];
const levels = (name: string) => {
  const result = importRunbook(fixture(name), { source: name });
  if (!result.profile) throw new Error(`${name}: no profile`);
  expect(validateProfile(result.profile, name).ok).toBe(true);
  return result.profile.severities.map(row);
};

describe('level names in the forms runbooks write them', () => {
  it.each([
    ['P1', {}, { id: 'P1' }],
    ['#P1', {}, { id: 'P1' }],
    ['**SEV-2**', {}, { id: 'SEV-2' }],
    ['Sev 3', {}, { id: 'SEV-3' }],
    ['S1', { short: true }, { id: 'S1' }],
    ['Severity 1', {}, { id: 'SEV1' }],
    ['Severity:2', {}, { id: 'SEV2' }],
    ['Priority 1 (P1)', {}, { id: 'P1' }],
    ['Priority 2 (P2) - Major', {}, { id: 'P2', label: 'Major' }],
    ['1 - High', { bare: 'SEV' }, { id: 'SEV1', label: 'High' }],
    ['2', { bare: 'P' }, { id: 'P2' }],
    ['Critical (P0)', {}, { id: 'P0', label: 'Critical' }],
    ['SEV1 - Critical', {}, { id: 'SEV1', label: 'Critical' }],
    ['High Severity', {}, { id: 'High' }],
    ['Minor', {}, { id: 'Minor' }],
  ] as const)('%s', (text, options, expected) => {
    expect(readLevel(text, options)).toEqual(expected);
  });

  it('reads no level in ordinary words, nor S3 outside a level column', () => {
    for (const text of ['Escalation', 'Upload to S3', 'S3', 'Step 1 - restart', 'Phase 2']) expect(readLevel(text)).toBeUndefined();
  });

  it('reads two levels sharing one heading', () => {
    expect(readLevels('Low and Medium').map((l) => l.id)).toEqual(['Low', 'Medium']);
    expect(readLevels('P3 / P4').map((l) => l.id)).toEqual(['P3', 'P4']);
    expect(readLevels('Lessons and follow-up')).toEqual([]);
  });
});

describe('each form gives a profile with the runbook own levels and values, nothing invented', () => {
  it('a table headed "Classification" with #P1 ids', () => {
    expect(levels('classification-hash-ids.md')).toEqual([
      ['P1', '-', 'Nobody can look up a parcel', '15 min', '30 min', '-'],
      ['P2', '-', 'Lookups work but are slow for many couriers', '1 h', '2 h', '-'],
      ['P3', '-', 'One depot sees stale scans', 'next business day', '-', '-'],
    ]);
  });

  it('"Priority 1 (P1)" headings with key bullets', () => {
    expect(levels('priority-headings.md')).toEqual([
      ['P1', '-', 'Salaries cannot be paid on the due date.', '10 min', '20 min', '-'],
      ['P2', '-', 'Payslips are late or wrong for a few people.', '2 h', '4 h', '-'],
      ['P3', '-', 'Cosmetic problems in the payroll portal.', 'next business day', '-', '-'],
    ]);
  });

  it('"Severity 1", "Severity:2" and "S3" headings', () => {
    expect(levels('severity-number-forms.md')).toEqual([
      ['SEV1', '-', 'Bookings fail for every route.', '5 min', '-', '-'],
      ['SEV2', '-', 'Bookings fail on one route.', '30 min', '-', '-'],
      ['S3', '-', 'The timetable page is out of date.', '1 business day', '-', '-'],
    ]);
  });

  it('a table headed "Impact" with "1 - High" rows', () => {
    expect(levels('impact-numbered.md')).toEqual([
      ['SEV1', 'High', 'The catalogue is offline for all branches', '15 min', '1 h', '-'],
      ['SEV2', 'Medium', 'Holds cannot be placed', '4 h', 'daily', '-'],
      ['SEV3', 'Low', 'A branch shows wrong opening hours', '2 business days', '-', '-'],
    ]);
  });

  it('five named levels as bold items of a numbered list, the name as id', () => {
    expect(levels('named-five-levels.md')).toEqual([
      ['Emergency', '-', 'the array cannot be stowed before a storm', '2 min', '-', '-'],
      ['Critical', '-', 'observing has stopped for the night', '10 min', '-', '-'],
      ['High', '-', 'one dish is out of the array', '1 h', '-', '-'],
      ['Moderate', '-', 'data arrives late at the archive', '4 h', '-', '-'],
      ['Low', '-', 'a dashboard panel is blank', '2 business days', '-', '-'],
    ]);
  });

  it('an HTML table of five priorities', () => {
    expect(levels('html-five-priorities.md')).toEqual([
      ['P1', '-', 'No meter readings arrive', '15 min', '30 min', '-'],
      ['P2', '-', 'Readings for one region are delayed', '1 h', '2 h', '-'],
      ['P3', '-', 'Billing exports fail', '4 h', 'daily', '-'],
      ['P4', '-', 'Reports render slowly', 'next business day', '-', '-'],
      ['P5', '-', 'Typos in the customer portal', 'next sprint', '-', '-'],
    ]);
  });

  it('two levels sharing one heading ("Low and Medium")', () => {
    expect(levels('shared-heading.md')).toEqual([
      ['SEV1', 'Critical', 'Ticket scanners at every entrance reject valid tickets.', '5 min', '15 min', '-'],
      ['Low', '-', 'Anything smaller: one scanner down, slow online shop.', '1 h', '2 h', '-'],
      ['Medium', '-', 'Anything smaller: one scanner down, slow online shop.', '1 h', '2 h', '-'],
    ]);
  });

  it('a "Sev" table with names, and a table it cannot read named by its line', () => {
    expect(levels('sev-dash-labels.md')).toEqual([
      ['SEV-1', 'Loss of contact', '-', '5 min', '15 min', '1 h'],
      ['SEV-2', 'Degraded downlink', '-', '15 min', '1 h', '4 h'],
    ]);
    const report = importRunbook(fixture('sev-dash-labels.md'), { source: 'x.md' }).report;
    expect(report).toContainEqual({
      status: 'unread',
      field: 'severities',
      line: 14,
      detail: expect.stringMatching(/^"whenever it feels bad" in the Severity column is not a level I can read; name the level with an id such as SEV1/),
    });
  });

  it('levels on a line of their own with loose clauses, ranges, "within" deadlines and a grading list', () => {
    expect(levels('loose-clauses.md')).toEqual([
      // "every 20-40 minutes" keeps 20; "told within 15 minutes" is a deadline, not a cadence.
      ['SEV1', 'Critical', 'Freezers in more than one hall are warming up', '10 min', '20 min', '-'],
      ['SEV2', 'Major', 'One hall is warming up; stock can be moved', '30 min', 'daily', '-'],
      ['P3', 'minor', 'a door sensor reports nonsense', '-', '-', '-'],
      ['P4', 'trivial', 'a label printer jams', '-', '-', '-'],
    ]);
  });

  it('levels only named in sentences, when nothing defines them, with the values sentences give', () => {
    expect(levels('prose-levels.md')).toEqual([
      ['P1', '-', '-', '-', '20 min', '-'],
      ['P2', '-', '-', '-', '-', '-'],
      ['P3', '-', '-', '-', '-', '-'],
    ]);
  });

  it('a security IR plan with phases but no levels: no profile, and a sentence saying why', () => {
    const result = importRunbook(fixture('security-ir-plan.md'), { source: 'ir.md' });
    expect(result.profile).toBeUndefined();
    expect(result.partial.severities).toEqual([]);
    expect(result.report).toContainEqual(expect.objectContaining({ status: 'missing', field: 'severities', detail: expect.stringMatching(/no severity levels found/) }));
  });
});
