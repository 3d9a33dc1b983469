/** The values a scorecard row holds, and how they read in a table. */

/** A measured value or target. */
export type ScoreValue =
  | { readonly kind: 'duration'; readonly ms: number }
  | { readonly kind: 'count'; readonly n: number; readonly of?: number }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'none' };

/**
 * Where a check stands: met, missed, not yet decidable while the drill runs, or not applicable
 * (a stage the incident never reached).
 */
export type RowStatus = 'ok' | 'missed' | 'pending' | 'n/a';

/** One line of the scorecard. */
export type ScoreRow = {
  readonly id: string;
  readonly label: string;
  readonly value: ScoreValue;
  /** What the profile (or the scenario) asks for; none where it sets no limit. */
  readonly target: ScoreValue;
  readonly status: RowStatus;
  /** A sentence a person can read: what was measured against what. */
  readonly note: string;
};

/** How a status reads in the table. */
export const STATUS_TEXT: Record<RowStatus, string> = {
  ok: 'ok',
  missed: 'MISSED',
  pending: 'pending',
  'n/a': 'n/a',
};

/** Where the drill stands when it is scored. */
export type ScoreMoment = {
  /** Epoch ms (scenario time) the card is taken at: the scenario's end, or now while it runs. */
  readonly asOf: number;
  /** True once the scenario has ended (or the drill was quit): nothing is pending any more. */
  readonly final: boolean;
};

/** Missed when final or past `deadline`; pending otherwise. */
export const undecided = (m: ScoreMoment, deadline?: number): RowStatus =>
  m.final || (deadline !== undefined && m.asOf > deadline) ? 'missed' : 'pending';

/** A duration value. */
export const duration = (ms: number): ScoreValue => ({ kind: 'duration', ms });
/** A count value, optionally "n of m". */
export const count = (n: number, of?: number): ScoreValue =>
  of === undefined ? { kind: 'count', n } : { kind: 'count', n, of };
/** A text value. */
export const text = (t: string): ScoreValue => ({ kind: 'text', text: t });
/** No value. */
export const NONE: ScoreValue = { kind: 'none' };

/** "45s", "4m 05s", "1h 02m", with a minus sign for negative spans. */
export function formatSpan(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  const s = Math.round(Math.abs(ms) / 1000);
  if (s < 60) return `${sign}${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${sign}${m}m ${String(s % 60).padStart(2, '0')}s`;
  return `${sign}${Math.floor(m / 60)}h ${String(m % 60).padStart(2, '0')}m`;
}

/** How a value reads in the table. */
export function formatValue(v: ScoreValue): string {
  switch (v.kind) {
    case 'duration':
      return formatSpan(v.ms);
    case 'count':
      return v.of === undefined ? String(v.n) : `${v.n}/${v.of}`;
    case 'text':
      return v.text;
    case 'none':
      return '-';
    default: {
      const _never: never = v;
      return _never;
    }
  }
}
