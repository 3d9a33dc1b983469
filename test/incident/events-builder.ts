/** Test helpers: events at chosen times, with ids in order, and the times the tests use. */
import type { IncidentEvent } from '../../src/incident/events.js';

/** Wednesday 18 November 2026, 12:00 UTC: a weekday in every time zone from UTC-11 to UTC+11. */
export const T0 = Date.UTC(2026, 10, 18, 12, 0);
export const MIN = 60_000;
export const HOUR = 60 * MIN;
export const DAY = 24 * HOUR;

type Body<T extends IncidentEvent['type']> = Omit<Extract<IncidentEvent, { type: T }>, 'type' | 'id' | 'at' | 'by'>;

/** Makes events with ids e1, e2… at T0 + offset, by "ana" unless told otherwise. */
export function events() {
  let n = 0;
  return <T extends IncidentEvent['type']>(type: T, offsetMs: number, body: Body<T>, by = 'ana') =>
    ({ type, id: `e${++n}`, at: T0 + offsetMs, by, ...body }) as unknown as Extract<IncidentEvent, { type: T }>;
}

/** A declared event for `severity` at T0. */
export function declared(severity: string, title = 'Checkout failing') {
  return events()('incident/declared', 0, { incident: 'INC-20261118-1200', title, severity });
}
