/** Sending one posted update to one target, turning every outcome into a Delivery for the journal. */
import type { Delivery } from '../../incident/events.js';
import type { IncidentState, PostedUpdate } from '../../incident/state.js';
import { type HttpOutcomeKind, type HttpPolicy, sendJson } from '../http.js';
import { redact, urlSecretParts } from '../secrets.js';
import { appendJsonLine } from './append-line.js';
import { slackPayload, updatePayload } from './payload.js';
import { DRILL_OUTBOX, type ResolvedTarget } from './targets.js';

/** Options shared by every delivery. */
export type DeliverOptions = {
  readonly http?: HttpPolicy;
  /** Values scrubbed from every detail (see secretsFromEnv); the target's own URL always is. */
  readonly secrets?: readonly string[];
  /** For the drill outbox: the targets the update would have gone to. */
  readonly wouldGoTo?: readonly string[];
};

async function attempt(
  target: ResolvedTarget,
  state: IncidentState,
  update: PostedUpdate,
  options: DeliverOptions,
) {
  if (target.problem) return { ok: false, outcome: 'rejected' as const, detail: `not sent: ${target.problem}` };
  if (target.kind === 'file') {
    const payload = updatePayload(state, update);
    if (target.id === DRILL_OUTBOX) {
      appendJsonLine(target.path ?? '', { ...payload, drill: true, would_go_to: options.wouldGoTo ?? [] });
      const to = options.wouldGoTo?.length ? `; not sent to ${options.wouldGoTo.join(', ')}` : '';
      return { ok: true, detail: `drill: written to the drill outbox only${to}` };
    }
    appendJsonLine(target.path ?? '', payload);
    return { ok: true, detail: `appended to ${target.path}` };
  }
  const body = target.kind === 'slack' ? slackPayload(update, state) : updatePayload(state, update);
  // Every copy carries the update's id, so a receiver can dedupe a retry after an unknown outcome.
  return sendJson('POST', target.url ?? '', JSON.stringify(body), options.http, {
    headers: { 'idempotency-key': update.id },
  });
}

/** Delivers `update` to `target`; never throws, and the detail never holds a URL or a token. */
export async function deliver(
  target: ResolvedTarget,
  state: IncidentState,
  update: PostedUpdate,
  options: DeliverOptions = {},
): Promise<Delivery> {
  let outcome: { ok: boolean; detail: string; outcome?: HttpOutcomeKind };
  try {
    outcome = await attempt(target, state, update, options);
  } catch (error) {
    outcome = { ok: false, outcome: 'failed', detail: (error as Error).message };
  }
  const secrets = [...(options.secrets ?? []), ...(target.url ? urlSecretParts(target.url) : [])];
  const detail = redact(outcome.detail, secrets);
  if (outcome.ok) return { target: target.id, ok: true, detail };
  const kind = outcome.outcome === 'delivered' || outcome.outcome === undefined ? 'failed' : outcome.outcome;
  return { target: target.id, ok: false, detail, outcome: kind };
}
