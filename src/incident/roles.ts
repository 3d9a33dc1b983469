/** Roles the current severity requires, and which of them nobody holds yet. */
import type { Profile, Role } from './profile-schema.js';
import type { IncidentState } from './state.js';

/** The roles the incident's current severity asks for, in profile order. */
export function requiredRoles(s: IncidentState, profile: Profile): Role[] {
  const sev = profile.severities.find((x) => x.id === s.severity);
  if (!sev) return [];
  return profile.roles.filter((r) => sev.requiredRoles.includes(r.id));
}

/** Required roles nobody holds. */
export function missingRoles(s: IncidentState, profile: Profile): Role[] {
  return requiredRoles(s, profile).filter((r) => !s.roles[r.id]);
}
