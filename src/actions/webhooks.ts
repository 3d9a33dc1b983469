/**
 * Profile webhooks. The URL comes from an environment variable or the config, never the profile,
 * and is never shown: the screen says "POST $WARROOM_TEAM_WEBHOOK_URL". The body is the profile's
 * template filled with JSON-escaped values. Every webhook needs a confirmation (the long-form
 * runbook says so for all of them); one marked `requiresConfirmation` needs its id typed back.
 * In a drill nothing is sent; the timeline records a dry run.
 */
import type { IncidentSession } from '../app/incident-session.js';
import type { Config } from '../config.js';
import type { Webhook } from '../incident/profile-schema.js';
import { jsonEscape, renderTemplate } from '../incident/templates.js';
import { escapeControls } from '../text/controls.js';
import { type HttpPolicy, sendJson } from './http.js';
import { redact, urlSecretParts } from './secrets.js';
import { describeUrlSource, resolveUrl } from './url-source.js';

/** What the person must do before a webhook fires. */
export type Confirmation =
  | { readonly kind: 'yes-no' }
  | { readonly kind: 'type-back'; readonly expect: string };

/** Every webhook needs at least a y/n; one the runbook flags needs its id typed back. */
export function needsConfirmation(webhook: Webhook): Confirmation {
  return webhook.requiresConfirmation ? { kind: 'type-back', expect: webhook.id } : { kind: 'yes-no' };
}

/** A webhook filled in and ready to show. */
export type PreparedWebhook = {
  readonly id: string;
  readonly label: string;
  readonly method: Webhook['method'];
  /** "POST $VAR" or "POST config webhooks.key" — never the URL. */
  readonly display: string;
  readonly body?: string;
  readonly missing: readonly string[];
  readonly confirmation: Confirmation;
  /** Why it cannot be sent (URL not configured, body not JSON), if so. */
  readonly problem?: string;
};

/** Fills the body (JSON-escaped values) and checks the URL is configured. */
export function prepareWebhook(
  webhook: Webhook,
  values: Readonly<Record<string, string>>,
  config: Config,
  env: NodeJS.ProcessEnv = process.env,
): PreparedWebhook {
  const safe = Object.fromEntries(
    Object.entries(values).map(([k, v]) => [k, escapeControls(v, { multiline: true })]),
  );
  const rendered = webhook.body === undefined ? undefined : renderTemplate(webhook.body, safe, jsonEscape);
  const url = resolveUrl(webhook.url, config, env);
  let problem = 'problem' in url ? url.problem : undefined;
  if (!problem && rendered && rendered.missing.length === 0) {
    try {
      JSON.parse(rendered.text);
    } catch {
      problem = `the profile's body for "${webhook.id}" is not valid JSON once filled`;
    }
  }
  return {
    id: webhook.id,
    label: webhook.label,
    method: webhook.method,
    display: `${webhook.method} ${describeUrlSource(webhook.url)}`,
    ...(rendered ? { body: rendered.text } : {}),
    missing: rendered?.missing ?? [],
    confirmation: needsConfirmation(webhook),
    ...(problem ? { problem } : {}),
  };
}

/** How to fire. */
export type FireContext = {
  readonly values: Readonly<Record<string, string>>;
  readonly config: Config;
  readonly env?: NodeJS.ProcessEnv;
  /** The person's answer: `yes` for a y/n, `typed` for a type-back. */
  readonly confirmed: { readonly yes?: boolean; readonly typed?: string };
  /** Forced on in a drill. */
  readonly dryRun?: boolean;
  readonly http?: HttpPolicy;
  readonly secrets?: readonly string[];
};

/** What happened when firing. */
export type FireResult = {
  readonly ok: boolean;
  readonly dryRun: boolean;
  readonly httpStatus?: number;
  readonly detail: string;
};

function checkConfirmed(c: Confirmation, answer: FireContext['confirmed']): void {
  if (c.kind === 'yes-no' && !answer.yes) throw new Error('not confirmed; nothing was sent');
  if (c.kind === 'type-back' && answer.typed?.trim() !== c.expect)
    throw new Error(`type "${c.expect}" to confirm; nothing was sent`);
}

/** Confirms, sends (or dry-runs) the webhook and journals webhook/fired; throws only before anything is sent. */
export async function fireWebhook(
  session: IncidentSession,
  webhook: Webhook,
  context: FireContext,
): Promise<FireResult> {
  const env = context.env ?? process.env;
  const prepared = prepareWebhook(webhook, context.values, context.config, env);
  checkConfirmed(prepared.confirmation, context.confirmed);
  if (prepared.missing.length > 0)
    throw new Error(`fill in ${prepared.missing.map((m) => `{${m}}`).join(', ')} first; nothing was sent`);
  const dryRun = session.state.drill || context.dryRun === true;
  const confirmedBy = session.options.user();
  let result: FireResult;
  if (dryRun) {
    result = { ok: true, dryRun, detail: `dry run: would ${prepared.display}` };
  } else if (prepared.problem) {
    result = { ok: false, dryRun, detail: `not sent: ${prepared.problem}` };
  } else {
    const found = resolveUrl(webhook.url, context.config, env);
    const url = 'url' in found ? found.url : '';
    const sent = await sendJson(webhook.method, url, prepared.body, context.http);
    const secrets = [...(context.secrets ?? []), ...urlSecretParts(url)];
    result = {
      ok: sent.ok,
      dryRun,
      ...(sent.status === undefined ? {} : { httpStatus: sent.status }),
      // Firing it again could do it twice: whoever pressed the key decides, after checking.
      detail: redact(
        sent.outcome === 'unknown'
          ? `${sent.detail}; not retried: check whether it took effect before firing it again`
          : sent.detail,
        secrets,
      ),
    };
  }
  session.record({
    type: 'webhook/fired',
    webhook: webhook.id,
    confirmedBy,
    ...(result.httpStatus === undefined ? {} : { httpStatus: result.httpStatus }),
    ok: result.ok,
    dryRun,
  });
  return result;
}

/** The environment variables a profile's webhooks read, for secretsFromEnv's `extraEnvNames`. */
export function webhookEnvNames(webhooks: readonly Webhook[]): string[] {
  return webhooks.flatMap((w) => ('env' in w.url ? [w.url.env] : []));
}
