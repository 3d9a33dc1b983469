/** Reads the incident session for the screen: state, clocks, checklist rows, timeline, roles. */
import { useMemo, useSyncExternalStore } from 'react';
import type { IncidentSession } from '../../app/incident-session.js';
import { computeClocks, currentSeverity } from '../../incident/clocks.js';
import { upgradeSuggestions } from '../../incident/escalation.js';
import type { Profile } from '../../incident/profile-schema.js';
import { requiredRoles } from '../../incident/roles.js';
import { timeline } from '../../incident/timeline.js';
import type { RoleView } from '../panels/RolesLine.js';
import { checklistRows, visibleClocks } from '../view/incident-view.js';

/** Everything the incident panels show, derived at `now`. */
export function useIncident(session: IncidentSession, profile: Profile, now: number) {
  const version = useSyncExternalStore(
    (l) => session.subscribe(l),
    () => session.getVersion(),
  );
  const state = session.state;
  // Derived from the event log only: recomputed when an event lands, not every second.
  // biome-ignore lint/correctness/useExhaustiveDependencies: version stands for the session's contents
  const fromEvents = useMemo(() => {
    const required = new Set(requiredRoles(state, profile).map((r) => r.id));
    const roles: RoleView[] = profile.roles.map((r) => ({
      id: r.id,
      name: r.name,
      who: state.roles[r.id]?.who,
      required: required.has(r.id),
    }));
    // Marked: an event the other seats do not have yet (⇡), one that lost a race to another seat (✗).
    const entries = timeline(session.events, profile)
      // A breach two seats both wrote is one breach.
      .filter((e) => !(e.type === 'clock/breached' && session.lost.has(e.id)))
      .map((e) => {
      const lost = session.lost.get(e.id);
      const summary = lost ? `✗ ${e.summary} (not applied: ${lost.by} was first)` : e.summary;
      return { ...e, summary: session.seat.isShared(e.id) ? summary : `⇡ ${summary}` };
    });
    return { checklist: checklistRows(state, profile), entries, roles };
  }, [version, profile]);
  const clocks = state.declared ? visibleClocks(computeClocks(state, profile, now)) : [];
  const upgrades =
    state.declared && state.status !== 'resolved' ? upgradeSuggestions(state, profile, now) : [];
  return { state, severity: currentSeverity(state, profile), clocks, upgrades, ...fromEvents };
}
