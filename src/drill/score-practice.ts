/** Scorecard rows about practice: update cadence, roles, checklists and the severity chosen. */
import { checklistsFor, STAGE_ORDER } from '../incident/checklists.js';
import { durationMs } from '../incident/duration.js';
import type { IncidentEvent } from '../incident/events.js';
import type { Profile, Severity } from '../incident/profile-schema.js';
import { requiredRoles } from '../incident/roles.js';
import { type IncidentState, tickKey } from '../incident/state.js';
import type { ScenarioFile } from './scenario-file.js';
import { count, duration, formatSpan, NONE, type ScoreRow, text } from './score-values.js';
import { severityForRank } from './severity-rank.js';

/** Gaps between updates (declaring to the first, between updates, the last to `end`) longer than allowed. */
export function updateRow(
  s: IncidentState,
  sev: Severity,
  profile: Profile,
  events: readonly IncidentEvent[],
  end: number,
): ScoreRow {
  const cadence = sev.updateEvery ? durationMs(sev.updateEvery) : null;
  const label = 'Updates on cadence';
  if (cadence === null || cadence === 0)
    return { id: 'updates', label, value: count(0), target: count(0), ok: true, note: 'no fixed cadence' };
  const first = profile.firstUpdateWithin ? (durationMs(profile.firstUpdateWithin) ?? cadence) : cadence;
  const posts = events.filter((e) => e.type === 'update/posted').map((e) => e.at);
  const marks = [s.declaredAt, ...posts, end];
  let late = 0;
  for (let i = 1; i < marks.length; i++) {
    const limit = i === 1 ? Math.min(first, cadence) : cadence;
    if ((marks[i] ?? 0) - (marks[i - 1] ?? 0) > limit) late += 1;
  }
  const note = `${posts.length} update${posts.length === 1 ? '' : 's'}; every ${formatSpan(cadence)} at ${sev.id}`;
  return { id: 'updates', label, value: count(late), target: count(0), ok: late === 0, note };
}

/** One row per role the severity requires: filled or not, and how soon. */
export function roleRows(s: IncidentState, profile: Profile, events: readonly IncidentEvent[]): ScoreRow[] {
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
    if (!first)
      return {
        id: `role:${role.id}`,
        label: `Role: ${role.name}`,
        value: NONE,
        target,
        ok: false,
        note: 'never filled',
      };
    const took = first.at - s.declaredAt;
    return {
      id: `role:${role.id}`,
      label: `Role: ${role.name}`,
      value: duration(took),
      target,
      ok: limit === null || took <= limit,
      note: first.who,
    };
  });
}

/** One row per stage that has checklists: items ticked at the end. */
export function checklistRows(s: IncidentState, profile: Profile): ScoreRow[] {
  return STAGE_ORDER.flatMap((stage) => {
    const lists = checklistsFor(profile, stage);
    if (lists.length === 0) return [];
    const items = lists.flatMap((l) => l.items.map((i) => tickKey(l.id, i.id)));
    const done = items.filter((k) => s.ticks[k]).length;
    const titles = lists.map((l) => l.title).join(', ');
    return [
      {
        id: `checklist:${stage}`,
        label: `Checklist: ${stage}`,
        value: count(done, items.length),
        target: count(items.length),
        ok: done === items.length,
        note: titles,
      },
    ];
  });
}

/** The severity declared (and ended at) against the scenario's expected rank. */
export function severityRow(
  s: IncidentState,
  profile: Profile,
  scenario: ScenarioFile,
  declared: string,
): ScoreRow {
  const rank = scenario.expected.severity_hint;
  const want = severityForRank(profile, rank);
  const chosen = declared === s.severity ? declared : `${declared} → ${s.severity}`;
  const ok = want !== undefined && (declared === want.id || s.severity === want.id);
  const note = want
    ? `expected ${want.id} ${want.label} (${rank})`
    : `the profile has no severity for ${rank}`;
  return {
    id: 'severity',
    label: 'Severity chosen',
    value: text(chosen),
    target: text(want?.id ?? rank),
    ok,
    note,
  };
}
