/** Scorecard rows about speed: declaring, acknowledging, mitigating, and mitigating when the feed did. */
import { durationMs } from '../incident/duration.js';
import type { IncidentEvent } from '../incident/events.js';
import type { Severity } from '../incident/profile-schema.js';
import type { IncidentState } from '../incident/state.js';
import type { ScenarioFile } from './scenario-file.js';
import { duration, formatSpan, NONE, type ScoreRow, type ScoreValue } from './score-values.js';

/** Where the drill stands in time, for every row. */
export type ScoreTimes = {
  /** Epoch ms of scenario offset 0 (the replay anchor). */
  readonly start: number;
  /** When declaring became warranted, and what said so. */
  readonly reference: { readonly at: number; readonly why: string };
};

/** "12:30 into the drill". */
export const into = (times: ScoreTimes, at: number): string =>
  `${formatSpan(at - times.start)} into the drill`;

/** A duration target, or none when the severity gives no fixed span. */
export function spanTarget(d: Severity['ack'] | undefined): ScoreValue {
  const ms = d ? durationMs(d) : null;
  return ms === null ? NONE : duration(ms);
}

const within = (ms: number, target: ScoreValue): boolean => target.kind !== 'duration' || ms <= target.ms;

/** The first time the incident reached monitoring or was resolved. */
export function firstMitigation(events: readonly IncidentEvent[]): number | null {
  const e = events.find(
    (x) => (x.type === 'status/changed' && x.to === 'monitoring') || x.type === 'incident/resolved',
  );
  return e ? e.at : null;
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
  const toDeclare = s.declaredAt - times.reference.at;
  const rows: ScoreRow[] = [
    {
      id: 'declare',
      label: 'Time to declare',
      value: duration(toDeclare),
      target: ack,
      ok: within(toDeclare, ack),
      note: `${times.reference.why} at ${formatSpan(times.reference.at - times.start)}; declared ${into(times, s.declaredAt)}`,
    },
  ];
  const acked = s.acknowledgedAt;
  rows.push(
    acked === null
      ? {
          id: 'ack',
          label: 'Time to acknowledge',
          value: NONE,
          target: ack,
          ok: false,
          note: 'never acknowledged',
        }
      : {
          id: 'ack',
          label: 'Time to acknowledge',
          value: duration(acked - s.declaredAt),
          target: ack,
          ok: within(acked - s.declaredAt, ack),
          note: `acknowledged by ${s.acknowledgedBy ?? '?'}`,
        },
  );
  const mitigated = firstMitigation(events);
  const slaTarget = spanTarget(sev.mitigation);
  const feedAt = times.start + scenario.mitigated_when.at_ms;
  if (mitigated === null) {
    rows.push({
      id: 'mitigate',
      label: 'Time to mitigate',
      value: NONE,
      target: slaTarget,
      ok: false,
      note: 'never reached monitoring or resolved',
    });
    rows.push({
      id: 'mitigate-feed',
      label: 'Mitigated vs the feed',
      value: NONE,
      target: duration(0),
      ok: false,
      note: `the feed recovered ${into(times, feedAt)}`,
    });
    return rows;
  }
  const took = mitigated - s.declaredAt;
  rows.push({
    id: 'mitigate',
    label: 'Time to mitigate',
    value: duration(took),
    target: slaTarget,
    ok: within(took, slaTarget),
    note:
      slaTarget.kind === 'duration'
        ? `from declaring to monitoring or resolved`
        : 'no mitigation SLA at this severity',
  });
  const lag = mitigated - feedAt;
  rows.push({
    id: 'mitigate-feed',
    label: 'Mitigated vs the feed',
    value: duration(lag),
    target: duration(0),
    ok: lag >= 0,
    note:
      lag >= 0
        ? `marked ${formatSpan(lag)} after the feed recovered (${scenario.mitigated_when.description})`
        : `marked ${formatSpan(-lag)} before the feed showed recovery`,
  });
  return rows;
}
