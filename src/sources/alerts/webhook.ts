/**
 * Alertmanager's webhook payload (version 4) and Grafana's contact-point webhook (the same shape
 * plus a few fields) -> v1.1 `alert` messages. A body that is not that shape is refused with the
 * reason and its JSON path; extra fields are ignored.
 */
import { z } from 'zod';
import { singleMessageSchema, type WireMessage } from '../../feeds/protocol.js';

/** Labels tried, in order, for the service an alert is about. */
export const DEFAULT_SERVICE_LABELS = ['service', 'job', 'app'] as const;

const labels = z.record(z.string(), z.string());
const alertSchema = z.object({
  status: z.enum(['firing', 'resolved']),
  labels: labels.refine((l) => Boolean(l.alertname), { message: 'alertname label missing' }),
  annotations: labels.optional(),
  startsAt: z.string().optional(),
  endsAt: z.string().optional(),
  generatorURL: z.string().optional(),
});

/** The webhook body: only `alerts` matters to us. */
export const webhookSchema = z.object({
  version: z.string().optional(),
  status: z.enum(['firing', 'resolved']).optional(),
  alerts: z.array(alertSchema).max(2000, 'more than 2000 alerts in one notification'),
});

/** Epoch ms of an RFC 3339 time; undefined for Go's zero time (year 1) or nonsense. */
export function alertTime(text: string | undefined): number | undefined {
  if (!text || text.startsWith('0001-')) return undefined;
  // Go writes up to nine fractional digits; JavaScript reads three.
  const ms = Date.parse(text.replace(/(\.\d{3})\d+/, '$1'));
  return Number.isFinite(ms) && ms > 0 ? ms : undefined;
}

const clip = (s: string | undefined, n: number): string | undefined => (s ? s.slice(0, n) : undefined);

/** The result of reading one webhook body. */
export type WebhookResult =
  | { readonly ok: true; readonly messages: WireMessage[] }
  | { readonly ok: false; readonly reason: string };

function issueText(error: z.ZodError): string {
  const first = error.issues[0];
  const path = first?.path.length ? first.path.join('.') : 'body';
  return `${path}: ${first?.message ?? 'invalid'}`;
}

/** Reads a webhook body into alert messages stamped `now`. */
export function alertMessages(
  body: unknown,
  now: number,
  serviceLabels: readonly string[] = DEFAULT_SERVICE_LABELS,
): WebhookResult {
  const parsed = webhookSchema.safeParse(body);
  if (!parsed.success) return { ok: false, reason: issueText(parsed.error) };
  const messages: WireMessage[] = [];
  for (const [i, a] of parsed.data.alerts.entries()) {
    const service = serviceLabels.map((l) => a.labels[l]).find(Boolean);
    const startsAt = alertTime(a.startsAt);
    const endsAt = alertTime(a.endsAt);
    const candidate = {
      type: 'alert',
      name: clip(a.labels.alertname, 200),
      status: a.status,
      ts: now,
      ...(service ? { service: service.slice(0, 80) } : {}),
      ...(a.labels.severity ? { severity: clip(a.labels.severity, 40) } : {}),
      ...(a.annotations?.summary || a.annotations?.description
        ? { summary: clip(a.annotations.summary || a.annotations.description, 500) }
        : {}),
      ...(startsAt ? { startsAt } : {}),
      ...(endsAt ? { endsAt } : {}),
      ...(a.generatorURL ? { url: clip(a.generatorURL, 2000) } : {}),
    };
    const checked = singleMessageSchema.safeParse(candidate);
    if (!checked.success) return { ok: false, reason: `alerts.${i}: ${issueText(checked.error)}` };
    messages.push(checked.data);
  }
  return { ok: true, messages };
}
