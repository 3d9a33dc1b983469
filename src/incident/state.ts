/** The incident as it stands after folding its events. */
import type { Status } from './events.js';

/** Who holds a role, and who put them there when. */
export type RoleHolder = { readonly who: string; readonly at: number; readonly by: string };
/** A ticked checklist item. */
export type Tick = { readonly at: number; readonly by: string };
/** One severity change. */
export type SeverityChange = {
  readonly from: string;
  readonly to: string;
  readonly at: number;
  readonly by: string;
  readonly reason: string;
};
/** A posted update and the targets it has not yet reached. */
export type PostedUpdate = {
  readonly id: string;
  readonly at: number;
  readonly template?: string;
  readonly text: string;
  readonly pending: readonly string[];
};

/** The incident state; every field is derived from the events. */
export type IncidentState = {
  readonly declared: boolean;
  readonly id: string;
  readonly title: string;
  readonly drill: boolean;
  readonly severity: string;
  readonly severitySince: number;
  readonly severityHistory: readonly SeverityChange[];
  readonly status: Status;
  readonly statusSince: number;
  readonly declaredAt: number;
  readonly declaredBy: string;
  readonly acknowledgedAt: number | null;
  readonly acknowledgedBy: string | null;
  /** First time the incident reached monitoring since it was declared or last reopened. */
  readonly mitigatedAt: number | null;
  /** Start of the current monitoring stretch; null when not monitoring. */
  readonly monitoringSince: number | null;
  readonly resolvedAt: number | null;
  readonly resolvedBy: string | null;
  readonly resolveOverride: string | null;
  readonly closedAt: number | null;
  readonly reopenCount: number;
  readonly roles: Readonly<Record<string, RoleHolder>>;
  /** Ticks keyed by `checklist/item`. */
  readonly ticks: Readonly<Record<string, Tick>>;
  readonly lastUpdateAt: number | null;
  /** The next-update time the last update promised in its text, when it recorded one. */
  readonly nextUpdateAt: number | null;
  readonly updates: readonly PostedUpdate[];
  /** Written breaches keyed by `clock@dueAt`, with the time each was written. */
  readonly breaches: Readonly<Record<string, number>>;
  readonly postmortemDoneAt: number | null;
  readonly lastEventAt: number;
  readonly eventCount: number;
};

/** The state before any event: nothing declared. */
export const EMPTY_INCIDENT: IncidentState = Object.freeze({
  declared: false,
  id: '',
  title: '',
  drill: false,
  severity: '',
  severitySince: 0,
  severityHistory: [],
  status: 'investigating',
  statusSince: 0,
  declaredAt: 0,
  declaredBy: '',
  acknowledgedAt: null,
  acknowledgedBy: null,
  mitigatedAt: null,
  monitoringSince: null,
  resolvedAt: null,
  resolvedBy: null,
  resolveOverride: null,
  closedAt: null,
  reopenCount: 0,
  roles: {},
  ticks: {},
  lastUpdateAt: null,
  nextUpdateAt: null,
  updates: [],
  breaches: {},
  postmortemDoneAt: null,
  lastEventAt: 0,
  eventCount: 0,
});

/** The key of a checklist item in `ticks`. */
export function tickKey(checklist: string, item: string): string {
  return `${checklist}/${item}`;
}

/** The key of a breach in `breaches`. */
export function breachKey(clock: string, dueAt: number): string {
  return `${clock}@${dueAt}`;
}
