/** Picks the seat's transport at start: a NATS hub when one is set, the shared data dir otherwise. */
import { hostname } from 'node:os';
import { newEventId } from '../incident/events.js';
import { DirSeat } from './dir-seat.js';
import type { HubTarget } from './hub-options.js';
import { HubSeat } from './hub-seat.js';
import type { Seat } from './seat.js';

/** What choosing a seat needs. */
export type SeatChoice = {
  /** The folder of incident journals. */
  readonly dir: string;
  readonly hub: HubTarget | null;
  /** Who sits here (the whoami name). */
  readonly name: string;
  readonly readOnly: boolean;
  /** Practice incidents travel apart from real ones. */
  readonly drill: boolean;
};

/** The seat for this dashboard. */
export function makeSeat(choice: SeatChoice): Seat {
  const me = {
    id: `${hostname()}-${process.pid}-${newEventId().slice(0, 8)}`,
    name: choice.name,
    readOnly: choice.readOnly,
  };
  return choice.hub
    ? new HubSeat({ target: choice.hub, dir: choice.dir, me, kind: choice.drill ? 'drill' : 'real' })
    : new DirSeat({ dir: choice.dir, me });
}
