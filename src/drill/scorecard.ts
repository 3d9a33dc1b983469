/**
 * The drill scorecard: the incident log of a drill scored against the profile's SLAs for the
 * severity the team ended at, and against what the scenario expected.
 */
import { currentSeverity } from '../incident/clocks.js';
import type { IncidentEvent } from '../incident/events.js';
import type { Profile } from '../incident/profile-schema.js';
import { fold } from '../incident/reducer.js';
import type { ScenarioFile } from './scenario-file.js';
import { patternRow } from './score-pattern.js';
import { checklistRows, roleRows, severityRow, updateRow } from './score-practice.js';
import { timingRows, type ScoreTimes } from './score-timing.js';
import { NONE, type ScoreRow } from './score-values.js';

/** Options of {@link scoreDrill}. */
export type ScoreOptions = {
  /** Epoch ms of scenario offset 0: the drill clock's `startScenarioMs`. */
  readonly startedAtScenarioMs: number;
  /** Feed time the live store first met the declare criteria (`criteriaMet()` non-empty), if it did. */
  readonly criteriaMetAtMs?: number;
  /** Scenario offset the fault began, used when the criteria are never met. */
  readonly faultStartOffsetMs?: number;
  /** When the drill ended (scenario epoch ms); defaults to the resolution, else the last event. */
  readonly endedAtMs?: number;
};

function reference(scenario: ScenarioFile, o: ScoreOptions): ScoreTimes['reference'] {
  const start = o.startedAtScenarioMs;
  if (o.criteriaMetAtMs !== undefined) return { at: o.criteriaMetAtMs, why: 'criteria met in the feed' };
  const by = scenario.expected.declare_by_ms;
  if (by !== undefined) return { at: start + by, why: 'criteria met (scenario)' };
  const fault = o.faultStartOffsetMs ?? scenario.injects[0]?.at_ms ?? 0;
  return { at: start + fault, why: 'criteria never met; fault began' };
}

/** Scores a drill's events; every row says what was measured, the target and whether it was met. */
export function scoreDrill(
  events: readonly IncidentEvent[],
  profile: Profile,
  scenario: ScenarioFile,
  options: ScoreOptions,
): ScoreRow[] {
  const s = fold(events);
  const sev = currentSeverity(s, profile);
  if (!s.declared || !sev) {
    const why = s.declared
      ? `severity ${s.severity} is not in profile ${profile.name}`
      : 'no incident was declared';
    return [{ id: 'declare', label: 'Time to declare', value: NONE, target: NONE, ok: false, note: why }];
  }
  const times: ScoreTimes = { start: options.startedAtScenarioMs, reference: reference(scenario, options) };
  const declared = events.find((e) => e.type === 'incident/declared');
  const end = options.endedAtMs ?? s.resolvedAt ?? s.lastEventAt;
  return [
    ...timingRows(s, sev, events, scenario, times),
    updateRow(s, sev, profile, events, end),
    ...roleRows(s, profile, events),
    ...checklistRows(s, profile),
    severityRow(
      s,
      profile,
      scenario,
      declared?.type === 'incident/declared' ? declared.severity : s.severity,
    ),
    patternRow(s, profile, scenario, events),
  ];
}
