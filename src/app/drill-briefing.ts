/** The briefing a paused drill shows until `p` starts it: what the team is told, the objectives, the profile. */
import type { LoadedScenario } from '../drill/scenario-file.js';
import { formatSpan } from '../drill/score-values.js';
import { severityForRank } from '../drill/severity-rank.js';
import { durationMs } from '../incident/duration.js';
import type { Profile } from '../incident/profile-schema.js';

const span = (d: Parameters<typeof durationMs>[0] | undefined): string | undefined => {
  const ms = d ? durationMs(d) : null;
  return ms === null || ms === undefined ? undefined : formatSpan(ms);
};

/** The briefing as lines of plain text (the screen wraps and fits them). */
export function briefingLines(scenario: LoadedScenario, profile: Profile, speed: number): string[] {
  const t = profile.thresholds.declare;
  const sev = severityForRank(profile, scenario.expected.severity_hint);
  const ack = span(sev?.ack);
  const every = span(sev?.updateEvery);
  const mitigate = span(sev?.mitigation);
  const objectives = [
    `Declare when the criteria hold: error rate above ${Math.round(t.errorRate * 1000) / 10}% or p95 above ${t.p95Multiple}x baseline for ${span(t.sustainedFor) ?? t.sustainedFor}; the banner suggests a severity.`,
    `Acknowledge${ack ? ` within ${ack}` : ''}, fill the roles the severity needs and work the checklists.`,
    every
      ? `Post status updates every ${every} (u): in a drill they go to the drill outbox file only.`
      : 'Post status updates (u): in a drill they go to the drill outbox file only.',
    'Name the pattern: h shows the hint; choose it there.',
    `Mark monitoring once the fix holds${mitigate ? ` (mitigation SLA ${mitigate} at ${sev?.id})` : ''}; resolve after the watch.`,
  ];
  return [
    `Briefing — ${scenario.title}`,
    '',
    scenario.briefing,
    '',
    'Objectives',
    ...objectives.map((o) => `• ${o}`),
    '',
    `Profile: ${profile.name} — ${profile.title}. Scored against its SLAs; v shows the scorecard at any time.`,
    `Scenario: ${formatSpan(scenario.duration_ms)} of feed at ${speed}x; < > change speed, [ ] seek a minute.`,
    '',
    'Press p to start the drill.',
  ];
}
