/** The built-in profiles, one per seed runbook, and the default for newcomers. */
import type { Profile } from '../profile-schema.js';
import { longFormSev } from './long-form-sev.js';
import { sev4Response } from './sev4-response.js';
import { skillPLevels } from './skill-p-levels.js';
import { sreSev3 } from './sre-sev3.js';
import { startupPLevels } from './startup-p-levels.js';

/** Every built-in profile, keyed by name. */
export const BUILT_IN_PROFILES: Readonly<Record<string, Profile>> = Object.freeze({
  [startupPLevels.name]: startupPLevels,
  [sev4Response.name]: sev4Response,
  [sreSev3.name]: sreSev3,
  [longFormSev.name]: longFormSev,
  [skillPLevels.name]: skillPLevels,
});

/**
 * The profile used when none is chosen: the SRE guide. Three levels are easy to pick from, it
 * holds the alerting thresholds and declare criteria the dashboard watches, and it has an ack
 * SLA, a cadence, a timed escalation path, a resolution watch and a post-mortem deadline.
 */
export const DEFAULT_PROFILE = sreSev3.name;

export { longFormSev, sev4Response, skillPLevels, sreSev3, startupPLevels };
