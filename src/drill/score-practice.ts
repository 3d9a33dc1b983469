/** Scorecard rows about practice: update cadence, roles, checklists and the severity chosen. */
import { checklistsFor, currentStage, STAGE_ORDER } from '../incident/checklists.js';
import { durationMs } from '../incident/duration.js';
import type { IncidentEvent } from '../incident/events.js';
import type { ChecklistStage, Profile, Severity } from '../incident/profile-schema.js';
import { requiredRoles } from '../incident/roles.js';
import { type IncidentState, tickKey } from '../incident/state.js';
import type { ScenarioFile } from './scenario-file.js';
import {
  count,
  duration,
  formatSpan,
  NONE,
  type ScoreMoment,
  type ScoreRow,
  text,
  undecided,
} from './score-values.js';
import { severityForRank } from './severity-rank.js';

/** Updates against the cadence: how many were posted, how many were due, and the gaps too long. */
export function updateRow(
  s: IncidentState,
  sev: Severity,
  profile: Profile,
  events: readonly IncidentEvent[],
  m: ScoreMoment,
): ScoreRow {
  const cadence = sev.updateEvery ? durationMs(sev.updateEvery) : null;
  const label = 'Updates on cadence';
  const posts = events.filter((e) => e.type === 'update/posted').map((e) => e.at);
  const posted = `${posts.length} update${posts.length === 1 ? '' : 's'} posted`;
  if (cadence === null || cadence === 0)
    return {
      id: 'updates',
      label,
      value: count(posts.length),
      target: NONE,
      status: 'n/a',
      note: `${posted}; no fixed cadence at ${sev.id}`,
    };
  const first = Math.min(
    profile.firstUpdateWithin ? (durationMs(profile.firstUpdateWithin) ?? cadence) : cadence,
    cadence,
  );
  const end = s.resolvedAt !== null && s.resolvedAt < m.asOf ? s.resolvedAt : m.asOf;
  const span = end - s.declaredAt;
  const due = span < first ? 0 : 1 + Math.floor((span - first) / cadence);
  const marks = [s.declaredAt, ...posts.filter((at) => at <= end), end];
  let late = 0;
  for (let i = 1; i < marks.length; i++) {
    if ((marks[i] ?? 0) - (marks[i - 1] ?? 0) > (i === 1 ? first : cadence)) late += 1;
  }
  const rule = `due every ${formatSpan(cadence)} at ${sev.id}${first < cadence ? `, the first within ${formatSpan(first)}` : ''}`;
  const gaps = late === 0 ? 'no gap too long' : `${late} gap${late === 1 ? '' : 's'} longer than allowed`;
  const status = late > 0 ? 'missed' : m.final ? 'ok' : 'pending';
  return {
    id: 'updates',
    label,
    value: count(posts.length),
    target: count(due),
    status,
    note: `${posted}; ${due} ${due === 1 ? 'was' : 'were'} due (${rule}); ${gaps}${status === 'pending' ? ' so far' : ''}`,
  };
}

/** One row per role the severity requires: filled or not, and how soon. */
export function roleRows(
  s: IncidentState,
  profile: Profile,
  events: readonly IncidentEvent[],
  m: ScoreMoment,
): ScoreRow[] {
  return requiredRoles(s, profile).map((role) => {
    const first = events.find(
      (e): e is Extract<IncidentEvent, { type: 'role/assigned' }> =>
        e.type === 'role/assigned' && e.role === role.id,
    );
    const limit =
      role.id === profile.commanderRole && profile.assignCommanderWithin
        ? durationMs(profile.assignCommanderWithin)
        : null;
    const target = limit === null ? NONE : duration(limit);
    if (!first) {
      const status = undecided(m, limit === null ? undefined : s.declaredAt + limit);
      return {
        id: `role:${role.id}`,
        label: `Role: ${role.name}`,
        value: NONE,
        target,
        status,
        note: status === 'pending' ? 'not filled yet' : 'never filled',
      };
    }
    const took = first.at - s.declaredAt;
    return {
      id: `role:${role.id}`,
      label: `Role: ${role.name}`,
      value: duration(took),
      target,
      status: limit === null || took <= limit ? 'ok' : 'missed',
      note: `${first.who}, ${formatSpan(took)} after declaring`,
    };
  });
}

/** The checklist stages the incident has been in at some point. */
export function stagesReached(s: IncidentState, events: readonly IncidentEvent[]): Set<ChecklistStage> {
  const reached = new Set<ChecklistStage>(['triage', currentStage(s)]);
  for (const e of events) {
    if (e.type === 'status/changed')
      reached.add(e.to === 'monitoring' ? 'verify' : e.to === 'investigating' ? 'triage' : 'during');
    if (e.type === 'incident/resolved') reached.add('resolution');
    if (e.type === 'incident/closed') reached.add('after');
  }
  return reached;
}

/** One row per stage that has checklists: items ticked, or not applicable when never reached. */
export function checklistRows(
  s: IncidentState,
  profile: Profile,
  events: readonly IncidentEvent[],
  m: ScoreMoment,
): ScoreRow[] {
  const reached = stagesReached(s, events);
  return STAGE_ORDER.flatMap((stage) => {
    const lists = checklistsFor(profile, stage);
    if (lists.length === 0) return [];
    const items = lists.flatMap((l) => l.items.map((i) => tickKey(l.id, i.id)));
    const done = items.filter((k) => s.ticks[k]).length;
    const titles = lists.map((l) => l.title).join(', ');
    const ticked = done > 0 || items.length === 0;
    const status =
      done === items.length ? 'ok' : !reached.has(stage) && !ticked ? 'n/a' : m.final ? 'missed' : 'pending';
    const note =
      status === 'n/a'
        ? `the incident never reached ${stage} (${titles})`
        : `${done} of ${items.length} ticked: ${titles}`;
    return [
      {
        id: `checklist:${stage}`,
        label: `Checklist: ${stage}`,
        value: count(done, items.length),
        target: count(items.length),
        status,
        note,
      },
    ];
  });
}

/** The severity the banner's rule suggested during the drill, if it did. */
export type Suggested = { readonly severity: string; readonly reason: string };

/**
 * The severity declared (and ended at) against what the banner suggested from the same signals;
 * the scenario's own rank is accepted too, and the note says why when the two differ.
 */
export function severityRow(
  s: IncidentState,
  profile: Profile,
  scenario: ScenarioFile,
  declared: string,
  m: ScoreMoment,
  suggested?: Suggested,
): ScoreRow {
  const rank = scenario.expected.severity_hint;
  const byRank = severityForRank(profile, rank);
  const want = suggested?.severity ?? byRank?.id;
  const accepted = new Set([want, byRank?.id].filter((x): x is string => x !== undefined));
  const chosen = declared === s.severity ? declared : `${declared} → ${s.severity}`;
  const met = accepted.has(declared) || accepted.has(s.severity);
  const scenarioSays = byRank
    ? `the scenario rates it ${rank} (${byRank.id} ${byRank.label})`
    : `the profile has no severity for ${rank}`;
  const note = suggested
    ? suggested.severity === byRank?.id
      ? `the banner suggested ${suggested.severity} (${suggested.reason}), as ${scenarioSays}`
      : `the banner suggested ${suggested.severity} (${suggested.reason}); ${scenarioSays}, accepted too`
    : `the banner never suggested one; ${scenarioSays}`;
  return {
    id: 'severity',
    label: 'Severity chosen',
    value: text(chosen),
    target: text(want ?? rank),
    status: met ? 'ok' : m.final ? 'missed' : 'pending',
    note,
  };
}
