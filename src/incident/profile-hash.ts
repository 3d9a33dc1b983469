/** A profile's fingerprint, so seats and a later resume can tell whether they run the incident's own profile. */
import { createHash } from 'node:crypto';
import type { Profile } from './profile-schema.js';

/** The first 16 hex digits of the SHA-256 of the profile's JSON. */
export function profileHash(profile: Profile): string {
  return createHash('sha256').update(JSON.stringify(profile)).digest('hex').slice(0, 16);
}
