/**
 * The drill scorecard: the incident log of a drill scored against the profile's SLAs for the
 * severity the team ended at, and against what the scenario expected. One pure function of the
 * journal, the scenario and a few facts about the run, so the screen, the exit and an export agree.
 */
import { currentSeverity } from '../incident/clocks.js';
import type { IncidentEvent } from '../incident/events.js';
import type { Profile } from '../incident/profile-schema.js';
import { fold } from '../incident/reducer.js';
import type { ScenarioFile } from './scenario-file.js';
import { patternRow } from './score-pattern.js';
import { checklistRows, roleRows, severityRow, type Suggested, updateRow } from './score-practice.js';
import { notDeclaredRow, spanTarget, timingRows, type ScoreTimes } from './score-timing.js';
import { NONE, type ScoreRow } from './score-values.js';
import { severityForRank } from './severity-rank.js';

/** Facts about a drill run the journal does not hold; saved beside it so an export scores the same. */
export type ScoreOptions = {
  /** Epoch ms of scenario offset 0: the drill clock's anchor. */
  readonly startedAtScenarioMs: number;
  /** Feed time the live store first met the declare criteria (`criteriaMet()` non-empty), if it did. */
  readonly criteriaMetAtMs?: number;
  /** Scenario offset the fault began, used when the criteria are never met. */
  readonly faultStartOffsetMs?: number;
  /** When the card is taken (scenario epoch ms): the scenario's end, or now while it runs. Defaults to the resolution, else the last event. */
  readonly endedAtMs?: number;
  /** False while the drill is still running ("so far": undecided rows are pending). Defaults to true. */
  readonly final?: boolean;
  /** The most severe severity the declare banner suggested during the drill. */
  readonly suggested?: Suggested;
};

function reference(scenario: ScenarioFile, o: ScoreOptions): ScoreTimes['reference'] {
  const start = o.startedAtScenarioMs;
  if (o.criteriaMetAtMs !== undefined) return { at: o.criteriaMetAtMs, why: 'criteria met in the feed' };
  const by = scenario.expected.declare_by_ms;
  if (by !== undefined) return { at: start + by, why: 'criteria met (scenario)' };
  const fault = o.faultStartOffsetMs ?? scenario.injects[0]?.at_ms ?? 0;
  return { at: start + fault, why: 'criteria never met; fault began' };
}

/** Scores a drill's events; every row says what was measured, the target and where it stands. */
export function scoreDrill(
  events: readonly IncidentEvent[],
  profile: Profile,
  scenario: ScenarioFile,
  options: ScoreOptions,
): ScoreRow[] {
  const s = fold(events);
  const final = options.final ?? true;
  const asOf = options.endedAtMs ?? s.resolvedAt ?? s.lastEventAt;
  const times: ScoreTimes = {
    start: options.startedAtScenarioMs,
    reference: reference(scenario, options),
    asOf,
    final,
  };
  if (!s.declared) {
    const expected =
      options.suggested?.severity ?? severityForRank(profile, scenario.expected.severity_hint)?.id;
    const sev = profile.severities.find((x) => x.id === expected) ?? profile.severities[0];
    return [notDeclaredRow(times, spanTarget(sev?.ack))];
  }
  const sev = currentSeverity(s, profile);
  if (!sev)
    return [
      {
        id: 'declare',
        label: 'Time to declare',
        value: NONE,
        target: NONE,
        status: 'missed',
        note: `severity ${s.severity} is not in profile ${profile.name}`,
      },
    ];
  const declared = events.find((e) => e.type === 'incident/declared');
  return [
    ...timingRows(s, sev, events, scenario, times),
    updateRow(s, sev, profile, events, times),
    ...roleRows(s, profile, events, times),
    ...checklistRows(s, profile, events, times),
    severityRow(
      s,
      profile,
      scenario,
      declared?.type === 'incident/declared' ? declared.severity : s.severity,
      times,
      options.suggested,
    ),
    patternRow(s, profile, scenario, events, times),
  ];
}
