/** What a profile needs that no runbook states: the product's defaults, each reported as a default. */
import type { Profile, Role } from '../incident/profile-schema.js';
import { sreSev3 } from '../incident/profiles/index.js';
import type { Reporter } from './report.js';

/** The alerting levels and declare criteria of the default profile (the SRE guide's table). */
export const DEFAULT_THRESHOLDS: Profile['thresholds'] = sreSev3.thresholds;

/** The commander role written when the runbook names none. */
export const DEFAULT_COMMANDER: Role = { id: 'ic', name: 'Incident Commander' };

const COMMANDER =
  /incident commander|^ic$|\bcommander\b|incident (response )?(lead|manager|owner|coordinator|captain)|response (lead|coordinator|manager)|major incident manager/i;

/** The role that leads the incident, whatever the runbook calls it; undefined when none reads so. */
export function findCommander(roles: readonly { id: string; name: string }[]): string | undefined {
  return (roles.find((r) => r.id === 'ic') ?? roles.find((r) => COMMANDER.test(r.name)))?.id;
}

/** The thresholds: the base's with --merge, else the product default (reported as such). */
export function thresholdsFor(base: Profile | undefined, r: Reporter): Profile['thresholds'] {
  if (base) {
    r.base('thresholds', `alerting and declare thresholds of "${base.name}"`);
    return base.thresholds;
  }
  const t = DEFAULT_THRESHOLDS;
  r.defaulted(
    'thresholds',
    `alerting levels and declare criteria are not read from runbooks; the default profile's are written: error rate ${t.errorRate.warn * 100}%/${t.errorRate.crit * 100}%, ` +
      `p95 ${t.p95Multiple.warn}x/${t.p95Multiple.crit}x baseline, declare at ${t.declare.errorRate * 100}% errors or ${t.declare.p95Multiple}x p95`,
  );
  return t;
}
