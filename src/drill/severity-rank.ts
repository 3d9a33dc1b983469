/** The profile-neutral rank a scenario expects (critical/high/medium/low) in a profile's own severities. */
import { SEVERITY_COLOURS } from '../incident/severity-schema.js';
import type { Profile, Severity } from '../incident/profile-schema.js';

/** A profile-neutral severity rank. */
export type SeverityRank = (typeof SEVERITY_COLOURS)[number];

/**
 * The profile's severity drawn in the rank's colour (the most severe such); when the profile has
 * none in that colour, the one whose colour is nearest in rank, preferring the more severe.
 */
export function severityForRank(profile: Profile, rank: SeverityRank): Severity | undefined {
  const want = SEVERITY_COLOURS.indexOf(rank);
  let best: Severity | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const sev of profile.severities) {
    const distance = Math.abs(SEVERITY_COLOURS.indexOf(sev.colour) - want);
    if (distance < bestDistance) {
      best = sev;
      bestDistance = distance;
    }
  }
  return best;
}
