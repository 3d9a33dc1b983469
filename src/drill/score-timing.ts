/** Scorecard rows about speed: declaring, acknowledging, mitigating, and mitigating when the feed did. */
import { missedAfterMs } from '../incident/clock.js';
import { durationMs } from '../incident/duration.js';
import type { IncidentEvent } from '../incident/events.js';
import type { Severity } from '../incident/profile-schema.js';
import type { IncidentState } from '../incident/state.js';
import type { ScenarioFile } from './scenario-file.js';
import {
  duration,
  formatSpan,
  NONE,
  type ScoreMoment,
  type ScoreRow,
  type ScoreValue,
  undecided,
} from './score-values.js';

/** Where the drill stands in time, for every row. */
export type ScoreTimes = ScoreMoment & {
  /** Epoch ms of scenario offset 0 (the replay anchor). */
  readonly start: number;
  /** When declaring became warranted, and what said so. */
  readonly reference: { readonly at: number; readonly why: string };
};

/** "12m 30s into the drill". */
export const into = (times: Pick<ScoreTimes, 'start'>, at: number): string =>
  `${formatSpan(at - times.start)} into the drill`;

/**
 * A duration target, or none when the severity gives no fixed span. "Immediately" is scored as the
 * clock judges it: missed only after the minute's grace, so the card and the clock strip agree.
 */
export function spanTarget(d: Severity['ack'] | undefined): ScoreValue {
  const ms = d ? durationMs(d) : null;
  return ms === null ? NONE : duration(missedAfterMs(ms));
}

const within = (ms: number, target: ScoreValue): boolean => target.kind !== 'duration' || ms <= target.ms;
const deadline = (from: number, target: ScoreValue): number | undefined =>
  target.kind === 'duration' ? from + target.ms : undefined;

/** The first time the incident reached monitoring or was resolved. */
export function firstMitigation(events: readonly IncidentEvent[]): number | null {
  const e = events.find(
    (x) => (x.type === 'status/changed' && x.to === 'monitoring') || x.type === 'incident/resolved',
  );
  return e ? e.at : null;
}

/** The declare row when nothing has been declared yet. */
export function notDeclaredRow(times: ScoreTimes, ack: ScoreValue): ScoreRow {
  const ref = times.reference;
  const reached = ref.at <= times.asOf;
  const status = reached ? undecided(times, deadline(ref.at, ack)) : times.final ? 'missed' : 'pending';
  const note = reached
    ? `${ref.why} at ${formatSpan(ref.at - times.start)}; no incident declared ${status === 'pending' ? 'yet' : `by ${formatSpan(times.asOf - times.start)}`}`
    : `${ref.why} at ${formatSpan(ref.at - times.start)}, not reached yet`;
  return { id: 'declare', label: 'Time to declare', value: NONE, target: ack, status, note };
}

function declareRow(s: IncidentState, ack: ScoreValue, times: ScoreTimes): ScoreRow {
  const toDeclare = s.declaredAt - times.reference.at;
  const where = `${times.reference.why} at ${formatSpan(times.reference.at - times.start)}`;
  return {
    id: 'declare',
    label: 'Time to declare',
    value: duration(Math.max(0, toDeclare)),
    target: ack,
    status: within(toDeclare, ack) ? 'ok' : 'missed',
    note:
      toDeclare < 0
        ? `declared ${into(times, s.declaredAt)}, ${formatSpan(-toDeclare)} before ${where}`
        : `${where}; declared ${into(times, s.declaredAt)}`,
  };
}

function ackRow(s: IncidentState, ack: ScoreValue, times: ScoreTimes): ScoreRow {
  const base = { id: 'ack', label: 'Time to acknowledge', target: ack };
  const acked = s.acknowledgedAt;
  if (acked === null) {
    const status = undecided(times, deadline(s.declaredAt, ack));
    return {
      ...base,
      value: NONE,
      status,
      note: status === 'pending' ? 'not acknowledged yet' : 'never acknowledged',
    };
  }
  const took = acked - s.declaredAt;
  const ok = within(took, ack);
  return {
    ...base,
    value: duration(took),
    status: ok ? 'ok' : 'missed',
    note: `acknowledged by ${s.acknowledgedBy ?? '?'} ${formatSpan(took)} after declaring`,
  };
}

/** Time to declare, acknowledge and mitigate, and mitigation against the feed's own recovery. */
export function timingRows(
  s: IncidentState,
  sev: Severity,
  events: readonly IncidentEvent[],
  scenario: ScenarioFile,
  times: ScoreTimes,
): ScoreRow[] {
  const ack = spanTarget(sev.ack);
  const rows: ScoreRow[] = [declareRow(s, ack, times), ackRow(s, ack, times)];
  const mitigated = firstMitigation(events);
  const slaTarget = spanTarget(sev.mitigation);
  const feedAt = times.start + scenario.mitigated_when.at_ms;
  const sla =
    slaTarget.kind === 'duration'
      ? `within ${formatSpan(slaTarget.ms)} at ${sev.id}`
      : `no mitigation SLA at ${sev.id}`;
  if (mitigated === null) {
    const status = undecided(times, deadline(s.declaredAt, slaTarget));
    rows.push({
      id: 'mitigate',
      label: 'Time to mitigate',
      value: NONE,
      target: slaTarget,
      status,
      note: `${status === 'pending' ? 'not monitoring or resolved yet' : 'never reached monitoring or resolved'}; ${sla}`,
    });
    const recovered = feedAt <= times.asOf;
    rows.push({
      id: 'mitigate-feed',
      label: 'Mitigated vs the feed',
      value: NONE,
      target: duration(0),
      status: times.final ? 'missed' : 'pending',
      note: recovered
        ? `the feed recovered ${into(times, feedAt)}; not marked mitigated`
        : `the feed recovers ${into(times, feedAt)}`,
    });
    return rows;
  }
  const took = mitigated - s.declaredAt;
  rows.push({
    id: 'mitigate',
    label: 'Time to mitigate',
    value: duration(took),
    target: slaTarget,
    status: within(took, slaTarget) ? 'ok' : 'missed',
    note: `monitoring or resolved ${formatSpan(took)} after declaring; ${sla}`,
  });
  const lag = mitigated - feedAt;
  rows.push({
    id: 'mitigate-feed',
    label: 'Mitigated vs the feed',
    value: duration(lag),
    target: duration(0),
    status: lag >= 0 ? 'ok' : 'missed',
    note:
      lag >= 0
        ? `marked ${formatSpan(lag)} after the feed recovered (${scenario.mitigated_when.description})`
        : `marked ${formatSpan(-lag)} before the feed showed recovery`,
  });
  return rows;
}
