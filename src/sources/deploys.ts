/** A deploy reported by CI (`POST /deploys` with service, version and who) -> a `deploy` message. */
import { z } from 'zod';
import type { WireMessage } from '../feeds/protocol.js';

const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `longer than ${max} characters`)
    .regex(/^[^\u0000-\u001f\u007f]+$/, 'contains control characters');

/** The body CI sends. */
export const deployBodySchema = z.object({
  service: text(80),
  version: text(120),
  by: text(120).optional(),
});

/** Reads a deploy body into a message stamped `now`, or the reason it cannot be one. */
export function deployMessage(
  body: unknown,
  now: number,
): { ok: true; message: WireMessage } | { ok: false; reason: string } {
  const parsed = deployBodySchema.safeParse(body);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return { ok: false, reason: `${first?.path.join('.') || 'body'}: ${first?.message ?? 'invalid'}` };
  }
  const { service, version, by } = parsed.data;
  return { ok: true, message: { type: 'deploy', service, version, ts: now, ...(by ? { by } : {}) } };
}
