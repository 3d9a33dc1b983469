/** The scorecard row for naming the scenario's pattern: chosen from the hint, or in the team's own words. */
import type { IncidentEvent } from '../incident/events.js';
import type { Profile } from '../incident/profile-schema.js';
import type { IncidentState } from '../incident/state.js';
import { PATTERN_INFO } from '../patterns/catalog.js';
import type { ScenarioFile } from './scenario-file.js';
import { duration, formatSpan, type ScoreMoment, type ScoreRow, text } from './score-values.js';

/** How a pattern chosen from the hint is written to the timeline: a note with this prefix. */
export const PATTERN_NOTE_PREFIX = 'Pattern named: ';

/** The note that records a pattern chosen as an action: "Pattern named: Bad deploy [bad-deploy]". */
export function patternNote(id: string, name: string): string {
  return `${PATTERN_NOTE_PREFIX}${name} [${id}]`;
}

/** The pattern id in a note written by {@link patternNote}, if it is one. */
export function namedPattern(note: string): string | undefined {
  if (!note.startsWith(PATTERN_NOTE_PREFIX)) return undefined;
  return /\[([a-z0-9-]+)\]$/.exec(note)?.[1];
}

type Info = (typeof PATTERN_INFO)[keyof typeof PATTERN_INFO];
const infoFor = (id: string): Info | undefined => (PATTERN_INFO as Record<string, Info | undefined>)[id];

function patternWords(profile: Profile, id: ScenarioFile['expected']['pattern']): string[] {
  const info = infoFor(id);
  const own = profile.patterns.filter((p) => info?.profileIds.includes(p.id)).map((p) => p.name);
  const words = [id.replace(/-/g, ' '), ...(info ? [info.name] : []), ...own];
  if (id === 'cleanup-job-data-loss') words.push('data loss', 'cleanup job');
  return words.map((w) => w.toLowerCase());
}

/** True when a chosen id means the expected pattern (its own id or one of the profile's ids for it). */
const sameAs = (chosen: string, expected: string): boolean =>
  chosen === expected || (infoFor(expected)?.profileIds.includes(chosen) ?? false);

/**
 * Whether the team named the pattern: the last one chosen from the hint counts; without one, the
 * pattern's name written in a note, an update or the resolution.
 */
export function patternRow(
  s: IncidentState,
  profile: Profile,
  scenario: ScenarioFile,
  events: readonly IncidentEvent[],
  m: ScoreMoment,
): ScoreRow {
  const expected = scenario.expected.pattern;
  const target = text(expected);
  const base = { id: 'pattern', label: 'Pattern named', target };
  const chosen = events.filter((e) => e.type === 'note/added' && namedPattern(e.text) !== undefined).at(-1);
  if (chosen?.type === 'note/added') {
    const id = namedPattern(chosen.text) ?? '';
    const took = formatSpan(chosen.at - s.declaredAt);
    return sameAs(id, expected)
      ? {
          ...base,
          value: duration(chosen.at - s.declaredAt),
          status: 'ok',
          note: `chosen by ${chosen.by} ${took} after declaring`,
        }
      : {
          ...base,
          value: text(id),
          status: m.final ? 'missed' : 'pending',
          note: `${chosen.by} chose ${id}; the scenario is ${expected}`,
        };
  }
  const words = patternWords(profile, expected);
  const said = events.find((e) => {
    const t =
      e.type === 'note/added' || e.type === 'update/posted'
        ? e.text
        : e.type === 'incident/resolved'
          ? (e.summary ?? '')
          : '';
    return words.some((w) => t.toLowerCase().includes(w));
  });
  if (!said)
    return {
      ...base,
      value: text('not named'),
      status: m.final ? 'missed' : 'pending',
      note: `${m.final ? 'never named' : 'not named yet'}: choose it from the hint (h), or write its name in a note`,
    };
  return {
    ...base,
    value: duration(said.at - s.declaredAt),
    status: 'ok',
    note: `named by ${said.by} in the timeline ${formatSpan(said.at - s.declaredAt)} after declaring`,
  };
}
