/** Test helper: incident events at scenario offsets, with ids in order. */
import type { IncidentEvent } from '../../src/incident/events.js';

/** Scenario offset 0 of every drill in these tests. */
export const S = Date.UTC(2026, 10, 18, 12, 0);
/** Minutes to ms. */
export const m = (minutes: number): number => Math.round(minutes * 60_000);

type Body<T extends IncidentEvent['type']> = Omit<
  Extract<IncidentEvent, { type: T }>,
  'type' | 'id' | 'at' | 'by'
>;

/** Makes events at S + offset, by "ana" unless told otherwise. */
export function builder() {
  let n = 0;
  return <T extends IncidentEvent['type']>(type: T, offsetMs: number, body: Body<T>, by = 'ana') =>
    ({ type, id: `e${++n}`, at: S + offsetMs, by, ...body }) as unknown as Extract<
      IncidentEvent,
      { type: T }
    >;
}
