/**
 * The profile: everything warroom takes from one runbook. A strict zod schema with cross-reference
 * checks; the JSON Schema for editors is generated from it by scripts/make-schema.ts.
 */
import { z } from 'zod';
import { durationSchema } from './duration.js';
import {
  checklistSchema,
  commandSchema,
  contactSchema,
  idSchema,
  patternSchema,
  roleSchema,
  templateSchema,
  thresholdsSchema,
  webhookSchema,
} from './profile-parts.js';
import { severitySchema } from './severity-schema.js';

const baseProfileSchema = z.strictObject({
  $schema: z.string().optional(),
  name: idSchema,
  title: z.string().trim().min(1),
  summary: z.string().trim().min(1).optional(),
  /** Where the profile came from (a runbook file name or a URL). */
  source: z.string().trim().min(1),
  /** Most severe first. */
  severities: z.array(severitySchema).min(1, 'a profile needs at least one severity'),
  roles: z.array(roleSchema),
  /** The role that leads the incident; its holder fills {ic} in templates. */
  commanderRole: idSchema,
  assignCommanderWithin: durationSchema.optional(),
  /** The first update is due this soon after declaring, when sooner than the cadence. */
  firstUpdateWithin: durationSchema.optional(),
  checklists: z.array(checklistSchema),
  templates: z.array(templateSchema),
  commands: z.array(commandSchema),
  webhooks: z.array(webhookSchema),
  thresholds: thresholdsSchema,
  patterns: z.array(patternSchema),
  contacts: z.array(contactSchema).optional(),
  /**
   * An alert's `severity` label -> the severity to suggest declaring ({"critical": "SEV1"}).
   * Without it: critical/page -> the most severe level, high/major/error -> the next, warning -> the third.
   */
  alertSeverities: z.record(z.string().min(1), idSchema).optional(),
});

type BaseProfile = z.infer<typeof baseProfileSchema>;
type Ctx = z.core.$RefinementCtx<BaseProfile>;

function checkUnique(ctx: Ctx, items: readonly { id: string }[], path: (string | number)[]): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [...path, i, 'id'], message: `duplicate id "${item.id}"` });
    seen.add(item.id);
  });
}

function checkOneOf(ctx: Ctx, value: string, known: Set<string>, path: (string | number)[], what: string): void {
  if (known.has(value)) return;
  const list = [...known].map((k) => `"${k}"`).join(', ') || 'none defined';
  ctx.addIssue({ code: 'custom', path, message: `unknown ${what} "${value}" (known: ${list})` });
}

function checkReferences(p: BaseProfile, ctx: Ctx): void {
  for (const key of ['severities', 'roles', 'checklists', 'templates', 'commands', 'webhooks', 'patterns'] as const) {
    checkUnique(ctx, p[key], [key]);
  }
  p.checklists.forEach((list, i) => {
    checkUnique(ctx, list.items, ['checklists', i, 'items']);
  });
  const roles = new Set(p.roles.map((r) => r.id));
  const severities = new Set(p.severities.map((s) => s.id));
  const commands = new Set(p.commands.map((c) => c.id));
  checkOneOf(ctx, p.commanderRole, roles, ['commanderRole'], 'role');
  p.severities.forEach((sev, i) => {
    sev.requiredRoles.forEach((r, j) => {
      checkOneOf(ctx, r, roles, ['severities', i, 'requiredRoles', j], 'role');
    });
    const rules = sev.escalation ?? [];
    checkUnique(ctx, rules, ['severities', i, 'escalation']);
    rules.forEach((rule, j) => {
      const at = ['severities', i, 'escalation', j];
      if (rule.kind === 'upgrade') {
        checkOneOf(ctx, rule.to, severities, [...at, 'to'], 'severity');
        if (rule.to === sev.id) ctx.addIssue({ code: 'custom', path: [...at, 'to'], message: 'cannot upgrade to itself' });
      }
      if (rule.from === 'mitigation-due' && !sev.mitigation) {
        ctx.addIssue({ code: 'custom', path: [...at, 'from'], message: 'this severity has no mitigation SLA to count from' });
      }
    });
  });
  for (const [label, id] of Object.entries(p.alertSeverities ?? {})) {
    checkOneOf(ctx, id, severities, ['alertSeverities', label], 'severity');
  }
  p.commands.forEach((cmd, i) => {
    if (cmd.confirmTarget && !cmd.argv.some((a) => a.includes(`{${cmd.confirmTarget}}`))) {
      ctx.addIssue({
        code: 'custom',
        path: ['commands', i, 'confirmTarget'],
        message: `argv has no {${cmd.confirmTarget}} placeholder`,
      });
    }
  });
  p.patterns.forEach((pat, i) => {
    pat.commands.forEach((c, j) => {
      checkOneOf(ctx, c, commands, ['patterns', i, 'commands', j], 'command');
    });
  });
}

/** Zod schema of a whole profile, including cross-reference checks. */
export const profileSchema = baseProfileSchema.superRefine(checkReferences);

/** A validated profile. */
export type Profile = z.infer<typeof profileSchema>;
/** One severity level of a profile. */
export type Severity = Profile['severities'][number];
/** One escalation rule. */
export type EscalationRule = NonNullable<Severity['escalation']>[number];
/** One checklist. */
export type Checklist = Profile['checklists'][number];
/** The stage a checklist belongs to. */
export type ChecklistStage = Checklist['stage'];
/** One communication template. */
export type Template = Profile['templates'][number];
/** One quick command. */
export type QuickCommand = Profile['commands'][number];
/** One webhook. */
export type Webhook = Profile['webhooks'][number];
/** Alerting and declaring thresholds. */
export type Thresholds = Profile['thresholds'];
/** One known incident pattern. */
export type Pattern = Profile['patterns'][number];
/** One role. */
export type Role = Profile['roles'][number];

/** The JSON Schema (draft 2020-12) editors use to check a profile file. */
export function profileJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(baseProfileSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
}
