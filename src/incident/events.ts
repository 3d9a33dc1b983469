/**
 * The incident log: every change is an event with an id, a time (epoch ms) and an actor.
 * Schemas validate events read back from a journal; the types are inferred from them.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';

/** Where an incident stands. */
export const STATUSES = ['investigating', 'identified', 'mitigating', 'monitoring', 'resolved'] as const;
/** A status. */
export type Status = (typeof STATUSES)[number];
/** The statuses a status change may move to; resolving has its own event. */
export const WORKING_STATUSES = ['investigating', 'identified', 'mitigating', 'monitoring'] as const;

const text = z.string().min(1);
// `wall`: in a drill, `at` is scenario time (the SLA clocks run on it) and `wall` the wall-clock time written.
const base = {
  id: text,
  at: z.number().int().nonnegative(),
  by: text,
  wall: z.number().int().nonnegative().optional(),
};
const ev = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.strictObject({ type: z.literal(type), ...base, ...shape });

/** Sends of one (update, target) before it waits for a person: the post and two retries. */
export const DEFAULT_MAX_ATTEMPTS = 3;

/** How a delivery that did not succeed ended; `dropped` is a person giving up on it. */
export const DELIVERY_OUTCOMES = ['failed', 'unknown', 'rejected', 'dropped'] as const;

/**
 * Result of sending an update to one target. Since the outbox panel, each send also says which
 * attempt it was and, when it failed, whether it is now parked for a person (no more automatic
 * retries); journals written before carry neither and are read by counting (see timeline.ts).
 */
export const deliverySchema = z.strictObject({
  target: text,
  ok: z.boolean(),
  detail: z.string().optional(),
  outcome: z.enum(DELIVERY_OUTCOMES).optional(),
  attempt: z.number().int().positive().optional(),
  parked: z.boolean().optional(),
});

/** Schema of any incident event. */
export const incidentEventSchema = z.discriminatedUnion('type', [
  ev('incident/declared', {
    incident: text,
    title: text,
    severity: text,
    drill: z.boolean().optional(),
    /** The profile the incident runs: its name, a hash, and its content (checked when used). */
    profile: z.strictObject({ name: text, hash: text, content: z.unknown().optional() }).optional(),
  }),
  ev('incident/acknowledged', {}),
  ev('severity/changed', { from: text, to: text, reason: text }),
  ev('status/changed', { to: z.enum(WORKING_STATUSES) }),
  ev('role/assigned', { role: text, who: text }),
  ev('role/cleared', { role: text }),
  ev('checklist/ticked', { checklist: text, item: text }),
  ev('checklist/unticked', { checklist: text, item: text }),
  ev('note/added', { text }),
  ev('update/posted', {
    template: z.string().optional(),
    text,
    targets: z.array(text),
    deliveries: z.array(deliverySchema),
    /** The next-update time the text promised (epoch ms), which the clock then counts to. */
    nextUpdateAt: z.number().optional(),
  }),
  ev('update/delivered', { update: text, delivery: deliverySchema }),
  ev('command/ran', {
    command: text,
    argv: z.array(z.string()),
    confirmedBy: z.string().optional(),
    exitCode: z.number().int().nullable(),
    durationMs: z.number().nonnegative(),
    dryRun: z.boolean(),
  }),
  ev('webhook/fired', {
    webhook: text,
    confirmedBy: z.string().optional(),
    httpStatus: z.number().int().optional(),
    ok: z.boolean(),
    dryRun: z.boolean(),
  }),
  ev('clock/breached', { clock: text, dueAt: z.number() }),
  ev('incident/resolved', { summary: z.string().optional(), override: z.string().optional() }),
  ev('incident/reopened', { reason: text }),
  ev('incident/closed', {}),
  ev('postmortem/done', { link: z.string().optional() }),
]);

/** Any incident event. */
export type IncidentEvent = z.infer<typeof incidentEventSchema>;
/** The event type names. */
export type IncidentEventType = IncidentEvent['type'];
/** The event of one type. */
export type EventOf<T extends IncidentEventType> = Extract<IncidentEvent, { type: T }>;
/** One delivery result. */
export type Delivery = z.infer<typeof deliverySchema>;

/** A fresh, unique event id. */
export function newEventId(): string {
  return randomUUID();
}
