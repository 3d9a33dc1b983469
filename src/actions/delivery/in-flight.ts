/** Deliveries under way per session, so a post and an outbox retry never send the same update twice at once. */
import type { IncidentSession } from '../../app/incident-session.js';

const busy = new WeakMap<IncidentSession, Set<string>>();

/** Claims (update, target) for this session; false when someone else is already sending it. */
export function claim(session: IncidentSession, update: string, target: string): boolean {
  const set = busy.get(session) ?? new Set<string>();
  busy.set(session, set);
  const key = `${update}\u0000${target}`;
  if (set.has(key)) return false;
  set.add(key);
  return true;
}

/** Releases a claim. */
export function release(session: IncidentSession, update: string, target: string): void {
  busy.get(session)?.delete(`${update}\u0000${target}`);
}

/** Whether (update, target) is being sent right now. */
export function sending(session: IncidentSession, update: string, target: string): boolean {
  return busy.get(session)?.has(`${update}\u0000${target}`) ?? false;
}
