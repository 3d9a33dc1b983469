/**
 * The built-in profiles, one per seed runbook, kept as JSON beside this file and validated by the
 * profile schema when first read (imported as JSON so the single-file bundle carries them).
 */
import { type Profile, profileSchema } from '../profile-schema.js';
import longFormSevJson from './long-form-sev.json' with { type: 'json' };
import sev4ResponseJson from './sev4-response.json' with { type: 'json' };
import skillPLevelsJson from './skill-p-levels.json' with { type: 'json' };
import sreSev3Json from './sre-sev3.json' with { type: 'json' };
import startupPLevelsJson from './startup-p-levels.json' with { type: 'json' };

function builtIn(raw: unknown, file: string): Profile {
  const parsed = profileSchema.safeParse(raw);
  // A shipped profile that fails its own schema is a build mistake; the profiles test names the problem.
  if (!parsed.success) throw new Error(`built-in profile ${file} does not validate: ${parsed.error.message}`);
  return parsed.data;
}

/** Startup P0–P3 (seed 000). */
export const startupPLevels = builtIn(startupPLevelsJson, 'startup-p-levels.json');
/** SEV1–SEV4 response process (seed 001). */
export const sev4Response = builtIn(sev4ResponseJson, 'sev4-response.json');
/** SRE guide SEV1–SEV3 with thresholds (seed 002). */
export const sreSev3 = builtIn(sreSev3Json, 'sre-sev3.json');
/** Long-form SEV-1..SEV-4 with mitigation SLAs (seed 003). */
export const longFormSev = builtIn(longFormSevJson, 'long-form-sev.json');
/** P0–P3 with upgrade rules (seed 004). */
export const skillPLevels = builtIn(skillPLevelsJson, 'skill-p-levels.json');

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
