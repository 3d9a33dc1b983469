/** Pieces the built-in profiles share: the alerting thresholds and a few common quick commands. */
import { minutes } from '../duration.js';
import type { Profile } from '../profile-schema.js';

/**
 * Alerting and declaring thresholds from the SRE guide (seed 002). The other runbooks give no
 * alerting table, so their profiles use these numbers too.
 */
export const GUIDE_THRESHOLDS: Profile['thresholds'] = {
  errorRate: { warn: 0.01, crit: 0.05 },
  p95Multiple: { warn: 2, crit: 3 },
  availability: { warn: 0.995, crit: 0.99 },
  dbPool: { warn: 0.7, crit: 0.9 },
  declare: { errorRate: 0.05, p95Multiple: 3, sustainedFor: minutes(5), baselineWindow: minutes(30) },
};

/** The commander, tech lead, comms lead and scribe, worded once for the profiles that use all four. */
export const FOUR_ROLES: Profile['roles'] = [
  { id: 'ic', name: 'Incident Commander', description: 'Runs the response and makes the calls; delegates hands-on work.' },
  { id: 'tech-lead', name: 'Technical Lead', description: 'Drives the investigation and the fix, reports findings to the IC.' },
  { id: 'comms-lead', name: 'Communications Lead', description: 'Keeps stakeholders, the status page and customers informed.' },
  { id: 'scribe', name: 'Scribe', description: 'Records the timeline, decisions and actions as they happen.' },
];
