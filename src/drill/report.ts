/**
 * `warroom drill --report`: a drill's scorecard and its timeline against the scenario as Markdown,
 * for the post-drill review, compared with the previous run of the same scenario when there is one.
 */
import type { IncidentEvent } from '../incident/events.js';
import type { Profile } from '../incident/profile-schema.js';
import { outcomes, summarize } from '../incident/timeline.js';
import type { SavedScorecard } from './saved-card.js';
import { formatSpan, formatValue, STATUS_TEXT, type ScoreRow } from './score-values.js';
import { scoreSummary } from './scorecard-format.js';

const cell = (text: string): string => text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
const clock = (ms: number): string => new Date(ms).toISOString().slice(11, 19);

/** One run to report: its journal's events and the card saved with it. */
export type ReportRun = {
  readonly id: string;
  readonly events: readonly IncidentEvent[];
  readonly card: SavedScorecard;
};

const TIMED = ['declare', 'ack', 'mitigate', 'mitigate-feed'];

/** "faster by 1m 20s" / "slower by 40s" / "the same" for two duration rows, or undefined. */
function change(now: ScoreRow | undefined, before: ScoreRow | undefined): string | undefined {
  if (now?.value.kind !== 'duration' || before?.value.kind !== 'duration') return undefined;
  const d = now.value.ms - before.value.ms;
  if (now.id === 'mitigate-feed') return undefined;
  return d === 0 ? 'the same' : d < 0 ? `faster by ${formatSpan(-d)}` : `slower by ${formatSpan(d)}`;
}

/** The comparison with an earlier run of the same scenario. */
function comparison(run: ReportRun, before: ReportRun): string[] {
  const rows = TIMED.flatMap((id) => {
    const now = run.card.rows.find((r) => r.id === id);
    const then = before.card.rows.find((r) => r.id === id);
    if (!now) return [];
    const was = then ? formatValue(then.value) : '-';
    return [`| ${cell(now.label)} | ${was} | ${formatValue(now.value)} | ${change(now, then) ?? '-'} |`];
  });
  const met = (c: SavedScorecard): number => c.rows.filter((r) => r.status === 'ok').length;
  return [
    `## Against the previous run (${before.id})`,
    '',
    '| check | before | now | change |',
    '| --- | --- | --- | --- |',
    ...rows,
    `| checks met | ${met(before.card)} of ${before.card.rows.length} | ${met(run.card)} of ${run.card.rows.length} | - |`,
    '',
  ];
}

/** The report as Markdown. */
export function drillReport(run: ReportRun, profile: Profile, previous?: ReportRun): string {
  const { card } = run;
  const start = card.startedAtScenarioMs;
  const offset = (at: number): string => (start === undefined ? '-' : formatSpan(at - start));
  const lines = [
    `# Drill report: ${cell(card.title)}`,
    '',
    `Scenario \`${card.scenario}\`, incident ${run.id}, profile ${profile.name} (${cell(profile.title)}).`,
    `Scorecard ${card.heading}: ${scoreSummary(card.rows)}.`,
    '',
    '## Scorecard',
    '',
    '| check | result | target | status | note |',
    '| --- | --- | --- | --- | --- |',
    ...card.rows.map(
      (r) =>
        `| ${cell(r.label)} | ${formatValue(r.value)} | ${formatValue(r.target)} | ${STATUS_TEXT[r.status]} | ${cell(r.note)} |`,
    ),
    '',
    ...(previous ? comparison(run, previous) : []),
    '## Timeline',
    '',
    'Scenario time is where the drill stood; wall time is when it was written.',
    '',
    '| scenario | wall (UTC) | who | what |',
    '| --- | --- | --- | --- |',
    // One line per delivery outcome, as the timeline lists it: a try that will be retried is skipped.
    ...outcomes(run.events).map(
      ({ event: e, earlierTries }) =>
        `| ${offset(e.at)} | ${e.wall === undefined ? '-' : clock(e.wall)} | ${cell(e.by)} | ${cell(summarize(e, profile, earlierTries))} |`,
    ),
    '',
  ];
  return lines.join('\n');
}
