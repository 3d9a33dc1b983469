/** Zod schema of one severity level: its SLAs, cadence, escalation rules, watch and post-mortem. */
import { z } from 'zod';
import { durationSchema } from './duration.js';
import { idSchema } from './profile-parts.js';

/** A severity id as the runbook writes it: "SEV1", "P0", "SEV-2", "S1", or a name such as "Critical". */
export const severityIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,31}$/, 'expected a severity id such as "SEV1", "P0", "SEV-2" or "Critical"');

/** Theme token names a severity may be drawn with. */
export const SEVERITY_COLOURS = ['critical', 'high', 'medium', 'low'] as const;

/** What a timed rule is measured from. */
export const RULE_ANCHORS = ['declared', 'severity-set', 'mitigation-due'] as const;

/** What makes a rule stop applying. */
export const RULE_STOPS = ['acknowledged', 'mitigated', 'resolved'] as const;

const text = z.string().trim().min(1, 'must not be empty');

/** Tell someone; with `after`, a clock; without it, a standing instruction (`condition` says when). */
export const notifyRuleSchema = z.strictObject({
  id: idSchema,
  kind: z.literal('notify'),
  who: text,
  after: durationSchema.optional(),
  from: z.enum(RULE_ANCHORS),
  stopsWhen: z.enum(RULE_STOPS),
  condition: text.optional(),
});

/** Suggest raising the severity to `to` when the incident is still not at `stopsWhen` after `after`. */
export const upgradeRuleSchema = z.strictObject({
  id: idSchema,
  kind: z.literal('upgrade'),
  after: durationSchema,
  from: z.enum(RULE_ANCHORS),
  to: severityIdSchema,
  stopsWhen: z.enum(RULE_STOPS),
});

/** An escalation rule. */
export const escalationRuleSchema = z
  .discriminatedUnion('kind', [notifyRuleSchema, upgradeRuleSchema])
  .meta({ id: 'escalation-rule', description: 'Notify someone, or suggest a higher severity, after a time' });

/** When the post-mortem is due and whether it must happen. */
export const postMortemSchema = z.strictObject({
  required: z.boolean(),
  /** The review meeting (or the post-mortem as a whole when there is one deadline). */
  due: durationSchema.optional(),
  /** The written document, when the runbook gives it its own deadline. */
  documentDue: durationSchema.optional(),
  from: z.enum(['resolved', 'closed']),
});

/**
 * One severity level. Only the id, the colour and the required roles are needed: a value the
 * runbook does not state stays absent (a level without `ack` simply has no acknowledge clock).
 */
export const severitySchema = z.strictObject({
  id: severityIdSchema,
  label: text.optional(),
  colour: z.enum(SEVERITY_COLOURS),
  summary: text.optional(),
  examples: z.array(text).optional(),
  /** Time to acknowledge: the clock that stops at the acknowledged event. */
  ack: durationSchema.optional(),
  /** The runbook's response time when it differs from the acknowledge SLA (shown, not clocked). */
  response: durationSchema.optional(),
  mitigation: durationSchema.optional(),
  updateEvery: durationSchema.optional(),
  notify: z.array(text).optional(),
  requiredRoles: z.array(idSchema),
  escalation: z.array(escalationRuleSchema).optional(),
  /** How long the service must stay stable in monitoring before resolving without an override. */
  watch: durationSchema.optional(),
  postMortem: postMortemSchema.optional(),
}).meta({ id: 'severity', description: 'One severity level, most severe first' });
