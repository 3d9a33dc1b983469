/**
 * Feed protocol, version 1.1: the messages any program may send to warroom over WebSocket.
 * One JSON object per text frame; see README "Feed protocol". 1.1 adds `alert` and `source`,
 * which a 1.0 client ignores as unknown types.
 */
import { z } from 'zod';
import { escapeControls, hasControls } from '../text/controls.js';

/** The protocol version this module speaks. */
export const PROTOCOL_VERSION = 1.1;

/** Frames above this many bytes are refused before parsing. */
export const DEFAULT_MAX_FRAME_BYTES = 256 * 1024;

/** Timestamps further than this in the past of the receiver's clock are rejected as absurd. */
export const MAX_CLOCK_SKEW_MS = 48 * 60 * 60 * 1000;
/** Timestamps further than this ahead are rejected: room for a fast replay, none for a broken clock. */
export const MAX_FUTURE_MS = 6 * 60 * 60 * 1000;

/** The feeds a client subscribes to. */
export const FEED_KINDS = ['health', 'error-rate', 'latency'] as const;

const serviceName = z
  .string()
  .min(1, 'service must not be empty')
  .max(80, 'service name longer than 80 characters')
  .refine((s) => !hasControls(s), 'service name contains control characters');

/** Free text from a feed: bounded, with every control character in a visible form. */
const feedText = (max: number) =>
  z
    .string()
    .max(max)
    .transform((s) => escapeControls(s));

/** ISO-8601 with a zone, or epoch milliseconds; normalised to epoch ms. */
const timestamp = z.union([
  z.number().int().positive(),
  z
    .string()
    .regex(/(Z|[+-]\d\d:?\d\d)$/, 'ts string must carry a zone (Z or ±hh:mm)')
    .transform((s, ctx) => {
      const ms = Date.parse(s);
      if (Number.isNaN(ms)) {
        ctx.addIssue({ code: 'custom', message: `ts "${s}" is not an ISO-8601 time` });
        return z.NEVER;
      }
      return ms;
    }),
]);

const nonNegativeMs = z.number().finite().nonnegative();

export const healthSchema = z.object({
  type: z.literal('health'),
  service: serviceName,
  status: z.enum(['up', 'degraded', 'down']),
  ts: timestamp,
  detail: feedText(500).optional(),
});

export const errorRateSchema = z.object({
  type: z.literal('error-rate'),
  service: serviceName,
  ratio: z.number().min(0, 'ratio must be between 0 and 1').max(1, 'ratio must be between 0 and 1'),
  ts: timestamp,
  requests: z.number().int().nonnegative().optional(),
});

export const latencySchema = z.object({
  type: z.literal('latency'),
  service: serviceName,
  p95: nonNegativeMs,
  ts: timestamp,
  p50: nonNegativeMs.optional(),
  p99: nonNegativeMs.optional(),
  baseline_p95: nonNegativeMs.optional(),
});

export const deploySchema = z.object({
  type: z.literal('deploy'),
  service: serviceName,
  version: feedText(120).pipe(z.string().min(1)),
  ts: timestamp,
  by: feedText(120).optional(),
});

/** v1.1: an alert from Alertmanager or Grafana, as the bridge received it. */
export const alertSchema = z.object({
  type: z.literal('alert'),
  name: serviceName.max(200, 'alert name longer than 200 characters'),
  status: z.enum(['firing', 'resolved']),
  ts: timestamp,
  service: serviceName.optional(),
  severity: feedText(40).optional(),
  summary: feedText(500).optional(),
  startsAt: timestamp.optional(),
  endsAt: timestamp.optional(),
  url: feedText(2000).optional(),
});

/** v1.1: how one of the sender's own sources is doing (a Prometheus it polls, say). */
export const sourceSchema = z.object({
  type: z.literal('source'),
  name: serviceName,
  status: z.enum(['up', 'degraded', 'down']),
  ts: timestamp,
  reason: feedText(300).optional(),
});

export const heartbeatSchema = z.object({
  type: z.literal('heartbeat'),
  ts: timestamp,
});

/** A single (non-batch) message, after validation. */
export const singleMessageSchema = z.discriminatedUnion('type', [
  healthSchema,
  errorRateSchema,
  latencySchema,
  deploySchema,
  alertSchema,
  sourceSchema,
  heartbeatSchema,
]);

export type HealthMessage = z.output<typeof healthSchema>;
export type ErrorRateMessage = z.output<typeof errorRateSchema>;
export type LatencyMessage = z.output<typeof latencySchema>;
export type DeployMessage = z.output<typeof deploySchema>;
export type HeartbeatMessage = z.output<typeof heartbeatSchema>;
export type AlertMessage = z.output<typeof alertSchema>;
export type SourceMessage = z.output<typeof sourceSchema>;
/** A validated feed message; `ts` is always epoch milliseconds. */
export type FeedMessage = z.output<typeof singleMessageSchema>;
/** The wire form of a message (ts may still be an ISO string). */
export type WireMessage = z.input<typeof singleMessageSchema>;
export type HealthStatus = HealthMessage['status'];

const KNOWN_TYPES = new Set([
  'health',
  'error-rate',
  'latency',
  'deploy',
  'alert',
  'source',
  'heartbeat',
  'batch',
]);

/** What came out of one frame: accepted messages, how many were unknown, and any rejections. */
export type FrameResult = {
  readonly messages: FeedMessage[];
  readonly unknown: number;
  readonly rejected: string[];
};

/** For a union (such as ts: number or string) the useful reason is the branch whose type matched. */
function specificIssue(issue: z.core.$ZodIssue): z.core.$ZodIssue {
  if (issue.code !== 'invalid_union') return issue;
  const branches = issue.errors.flat();
  return branches.find((i) => i.code !== 'invalid_type') ?? issue;
}

function describeIssues(error: z.ZodError): string {
  const first = error.issues[0];
  if (!first) return 'invalid message';
  const issue = specificIssue(first);
  const path = first.path.length > 0 ? first.path.join('.') : 'message';
  return `${path}: ${issue.message}`;
}

/** Validates one decoded message object (not a batch). */
export function parseMessage(
  raw: unknown,
  now: number,
): { ok: true; message: FeedMessage } | { ok: false; unknown: boolean; reason: string } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, unknown: false, reason: 'frame is not a JSON object' };
  }
  const type = (raw as { type?: unknown }).type;
  if (typeof type !== 'string') return { ok: false, unknown: false, reason: 'type: missing or not a string' };
  if (!KNOWN_TYPES.has(type))
    return { ok: false, unknown: true, reason: `unknown type "${type.slice(0, 40)}"` };
  const parsed = singleMessageSchema.safeParse(raw);
  if (!parsed.success)
    return { ok: false, unknown: false, reason: `${type}: ${describeIssues(parsed.error)}` };
  const message = parsed.data;
  if (message.ts - now > MAX_FUTURE_MS) {
    const hours = Math.floor((message.ts - now) / 3_600_000);
    return { ok: false, unknown: false, reason: `${type}: ts is ${hours} h ahead of this machine's clock` };
  }
  if (now - message.ts > MAX_CLOCK_SKEW_MS) {
    return {
      ok: false,
      unknown: false,
      reason: `${type}: ts is more than 48 h behind this machine's clock`,
    };
  }
  return { ok: true, message };
}

/**
 * Decodes one text frame: a message or a batch of messages.
 * Never throws; every problem becomes a reason in `rejected`.
 */
export function parseFrame(text: string, now: number, maxBytes = DEFAULT_MAX_FRAME_BYTES): FrameResult {
  if (Buffer.byteLength(text, 'utf8') > maxBytes) {
    return { messages: [], unknown: 0, rejected: [`frame larger than ${maxBytes} bytes`] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { messages: [], unknown: 0, rejected: ['frame is not valid JSON'] };
  }
  const items =
    typeof raw === 'object' && raw !== null && (raw as { type?: unknown }).type === 'batch'
      ? (raw as { messages?: unknown }).messages
      : [raw];
  if (!Array.isArray(items))
    return { messages: [], unknown: 0, rejected: ['batch: messages must be an array'] };
  const messages: FeedMessage[] = [];
  const rejected: string[] = [];
  let unknown = 0;
  for (const item of items) {
    if (typeof item === 'object' && item !== null && (item as { type?: unknown }).type === 'batch') {
      rejected.push('batch: a batch may not contain another batch');
      continue;
    }
    const result = parseMessage(item, now);
    if (result.ok) messages.push(result.message);
    else if (result.unknown) unknown += 1;
    else rejected.push(result.reason);
  }
  return { messages, unknown, rejected };
}

/** The subscribe request a client sends once a connection opens. */
export function subscribeFrame(feeds: readonly string[] = FEED_KINDS): string {
  return JSON.stringify({ type: 'subscribe', feeds });
}
