/** The scorecard row for naming the scenario's pattern in the incident's own words. */
import type { IncidentEvent } from '../incident/events.js';
import type { Profile } from '../incident/profile-schema.js';
import type { IncidentState } from '../incident/state.js';
import { PATTERN_INFO } from '../patterns/catalog.js';
import type { ScenarioFile } from './scenario-file.js';
import { duration, type ScoreRow, text } from './score-values.js';

function patternWords(profile: Profile, id: ScenarioFile['expected']['pattern']): string[] {
  const info = (PATTERN_INFO as Record<string, (typeof PATTERN_INFO)[keyof typeof PATTERN_INFO] | undefined>)[
    id
  ];
  const own = profile.patterns.filter((p) => info?.profileIds.includes(p.id)).map((p) => p.name);
  const words = [id.replace(/-/g, ' '), ...(info ? [info.name] : []), ...own];
  if (id === 'cleanup-job-data-loss') words.push('data loss', 'cleanup job');
  return words.map((w) => w.toLowerCase());
}

/** Whether the team wrote the pattern's name in a note, an update or the resolution, and when. */
export function patternRow(
  s: IncidentState,
  profile: Profile,
  scenario: ScenarioFile,
  events: readonly IncidentEvent[],
): ScoreRow {
  const words = patternWords(profile, scenario.expected.pattern);
  const said = events.find((e) => {
    const t =
      e.type === 'note/added' || e.type === 'update/posted'
        ? e.text
        : e.type === 'incident/resolved'
          ? (e.summary ?? '')
          : '';
    return words.some((w) => t.toLowerCase().includes(w));
  });
  const target = text(scenario.expected.pattern);
  if (!said)
    return {
      id: 'pattern',
      label: 'Pattern named',
      value: text('not named'),
      target,
      ok: false,
      note: `listening for: ${words.join(' / ')}`,
    };
  return {
    id: 'pattern',
    label: 'Pattern named',
    value: duration(said.at - s.declaredAt),
    target,
    ok: true,
    note: `named by ${said.by}`,
  };
}
