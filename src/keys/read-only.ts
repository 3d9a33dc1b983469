/**
 * A read-only seat (the wall screen, an observer) shows everything and acts on nothing: the keys
 * that act are left out of its footer and help, and say "read-only seat" when pressed.
 */
import type { Binding, CommandId } from './bindings.js';
import { activeBindings } from './overrides.js';

/** Commands that change the incident or reach outside the dashboard. */
export const ACTING_COMMANDS: ReadonlySet<CommandId> = new Set<CommandId>([
  'incident.declare',
  'incident.ack',
  'incident.severity',
  'incident.status',
  'incident.roles',
  'incident.note',
  'incident.resolve',
  'checklist.tick',
  'comms.compose',
  'commands.palette',
  'webhooks.palette',
  'patterns.hint',
  'compose.post',
  'compose.both',
  'output.cancel',
  'outbox.retry',
  'outbox.drop',
]);

let readOnly = false;

/** Makes this process a read-only seat (or not). */
export function setReadOnlySeat(on: boolean): void {
  readOnly = on;
}

/** True when this process is a read-only seat. */
export function isReadOnlySeat(): boolean {
  return readOnly;
}

/** True when this seat refuses the binding's command. */
export function refused(binding: Binding): boolean {
  return readOnly && ACTING_COMMANDS.has(binding.id);
}

/** The bindings to show in the footer and help on this seat. */
export function shownBindings(): readonly Binding[] {
  return activeBindings().filter((b) => !refused(b));
}
