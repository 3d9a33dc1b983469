/**
 * Zod schemas for the pieces of a profile other than severities: roles, checklists, templates,
 * quick commands, webhooks, thresholds and patterns. Every object is strict: unknown keys are errors.
 */
import { z } from 'zod';
import { durationSchema } from './duration.js';

/** A lower-case identifier such as "tech-lead" or "db-pool". */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'expected an id of lower-case letters, digits and dashes, such as "tech-lead"');

const text = z.string().trim().min(1, 'must not be empty');

/** A responder role. */
export const roleSchema = z.strictObject({ id: idSchema, name: text, description: text.optional() });

/** The stages a checklist belongs to, in the order an incident reaches them. */
export const CHECKLIST_STAGES = ['triage', 'during', 'resolution', 'verify', 'after'] as const;

/** A checklist for one stage. */
export const checklistSchema = z.strictObject({
  id: idSchema,
  title: text,
  stage: z.enum(CHECKLIST_STAGES),
  items: z.array(z.strictObject({ id: idSchema, text })).min(1, 'a checklist needs at least one item'),
});

/** The kinds of communication template. */
export const TEMPLATE_KINDS = ['declaration', 'update', 'resolution', 'customer', 'internal'] as const;

/** A communication template; the body holds {placeholders}. */
export const templateSchema = z.strictObject({ id: idSchema, title: text, kind: z.enum(TEMPLATE_KINDS), body: text });

/** The categories of quick command. */
export const COMMAND_CATEGORIES = ['start', 'update', 'resolve', 'report', 'diagnosis', 'mitigation'] as const;

/** A quick command: argv (never a shell string) with {placeholders}. */
export const commandSchema = z.strictObject({
  id: idSchema,
  label: text,
  category: z.enum(COMMAND_CATEGORIES),
  argv: z.array(z.string().min(1, 'an argument must not be empty')).min(1, 'argv needs at least the program'),
  destructive: z.boolean(),
  /** Placeholder whose value is typed back before a destructive run; without it, the command id is. */
  confirmTarget: z.string().regex(/^[a-z_][a-z0-9_.]*$/, 'expected a placeholder name such as "deployment"').optional(),
  description: text.optional(),
});

/** Where a webhook's URL comes from; a literal URL is refused because it may carry a secret. */
export const urlSourceSchema = z.union(
  [
    z.strictObject({ env: z.string().regex(/^[A-Z_][A-Z0-9_]*$/, 'expected an environment variable name') }),
    z.strictObject({ config: z.string().regex(/^[a-zA-Z0-9_.-]+$/, 'expected a config key') }),
  ],
  { error: 'expected {"env": "VAR_NAME"} or {"config": "key"}; a literal URL is not allowed (it may hold a secret)' },
);

/** A webhook the responder may fire. */
export const webhookSchema = z.strictObject({
  id: idSchema,
  label: text,
  method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']),
  url: urlSourceSchema,
  body: z.string().optional(),
  requiresConfirmation: z.boolean(),
  when: text.optional(),
});

const ratio = z.number().min(0, 'expected a ratio from 0 to 1').max(1, 'expected a ratio from 0 to 1');
const multiple = z.number().min(1, 'expected a multiple of the baseline, 1 or more');
const rising = (n: z.ZodNumber) =>
  z.strictObject({ warn: n, crit: n }).refine((t) => t.warn < t.crit, {
    message: 'warn must be below crit',
    path: ['warn'],
  });

/** Alerting levels, the criteria for declaring, and an optional rollback rule. */
export const thresholdsSchema = z.strictObject({
  errorRate: rising(ratio),
  p95Multiple: rising(multiple),
  availability: z
    .strictObject({ warn: ratio, crit: ratio })
    .refine((t) => t.warn > t.crit, { message: 'availability warn must be above crit', path: ['warn'] }),
  dbPool: rising(ratio),
  declare: z.strictObject({
    errorRate: ratio,
    p95Multiple: multiple,
    sustainedFor: durationSchema,
    baselineWindow: durationSchema,
  }),
  rollback: z.strictObject({ errorRateIncrease: ratio, verifyFor: durationSchema }).optional(),
});

/** A known incident pattern with what to do first. */
export const patternSchema = z.strictObject({
  id: idSchema,
  name: text,
  symptoms: z.array(text).min(1),
  actions: z.array(text).min(1),
  causes: z.array(text).optional(),
  commands: z.array(idSchema),
  section: text,
});

/** Someone to reach, and how. */
export const contactSchema = z.strictObject({ who: text, reach: text });
