/**
 * Recorded feed scenarios in JSON Lines: a header line, then `{"t": ms, "msg": message}` lines
 * ordered by t. Messages carry no `ts`; the replay server stamps them as it plays.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { deploySchema, errorRateSchema, healthSchema, latencySchema, type WireMessage } from './protocol.js';

/** The current fixture format version. */
export const FIXTURE_VERSION = 1;

/** The first line of a fixture file. */
export const fixtureHeaderSchema = z.strictObject({
  fixture: z.literal(FIXTURE_VERSION, `fixture must be ${FIXTURE_VERSION} (the format version)`),
  name: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'name must be lowercase letters, digits and dashes'),
  title: z.string().min(1).max(200),
  services: z.array(z.string().min(1).max(80)).min(1, 'services must list at least one service'),
  duration_ms: z.number().int().positive(),
  interval_ms: z.number().int().positive(),
  seed: z.number().int().optional(),
});

const single = [
  healthSchema.omit({ ts: true }).strict(),
  errorRateSchema.omit({ ts: true }).strict(),
  latencySchema.omit({ ts: true }).strict(),
  deploySchema.omit({ ts: true }).strict(),
] as const;
const unstamped = z.discriminatedUnion('type', [...single]);

const batch = z.strictObject({
  type: z.literal('batch'),
  messages: z.array(unstamped).min(1, 'a batch must hold at least one message'),
});

const eventSchema = z.strictObject({
  t: z.number().int().nonnegative('t must be a whole number of milliseconds, 0 or more'),
  msg: z.discriminatedUnion('type', [...single, batch]),
});

/** Fixture header fields. */
export type FixtureHeader = z.output<typeof fixtureHeaderSchema>;
/** A message as stored in a fixture: a wire message without `ts`. */
export type UnstampedMessage = z.output<typeof unstamped>;
/** A batch as stored in a fixture. */
export type UnstampedBatch = z.output<typeof batch>;
/** One timed line of a fixture. */
export type FixtureEvent = { readonly t: number; readonly msg: UnstampedMessage | UnstampedBatch };
/** A parsed fixture. */
export type Fixture = { readonly header: FixtureHeader; readonly events: readonly FixtureEvent[] };
/** A batch frame on the wire. */
export type WireBatch = { type: 'batch'; messages: WireMessage[] };

/** A fixture that cannot be used; the message names the file, the line and the problem. */
export class FixtureError extends Error {
  override readonly name = 'FixtureError';
}

function issueText(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid line';
  const path = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  if (issue.code === 'invalid_union') {
    return `${path}must be one of health, error-rate, latency, deploy or batch`;
  }
  if (issue.code === 'invalid_type' && issue.message.endsWith('received undefined')) {
    return `${path}missing (expected ${issue.expected})`;
  }
  return `${path}${issue.message}`;
}

/** Parses fixture text; throws {@link FixtureError} naming `source:line` on the first problem. */
export function parseFixture(text: string, source: string): Fixture {
  const lines = text.split('\n');
  const fail = (line: number, what: string): never => {
    throw new FixtureError(`${source}:${line}: ${what}`);
  };
  const decode = (line: number, raw: string): unknown => {
    try {
      return JSON.parse(raw);
    } catch {
      return fail(line, 'not valid JSON');
    }
  };
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0) fail(1, 'the file is empty; expected a header line');
  const head = fixtureHeaderSchema.safeParse(decode(first + 1, lines[first]!));
  if (!head.success) fail(first + 1, `header: ${issueText(head.error)}`);
  const header = head.data!;
  const known = new Set(header.services);
  const events: FixtureEvent[] = [];
  let lastT = 0;
  for (let i = first + 1; i < lines.length; i++) {
    const raw = lines[i]!.trim();
    if (raw === '') continue;
    const line = i + 1;
    const obj = decode(line, raw);
    if (typeof obj === 'object' && obj !== null && 'msg' in obj) {
      const msg = (obj as { msg: unknown }).msg;
      const inner = (msg as { messages?: unknown })?.messages;
      const items = Array.isArray(inner) ? inner : [msg];
      if (items.some((m) => typeof m === 'object' && m !== null && 'ts' in m)) {
        fail(line, 'messages must not carry ts; the replay server stamps it');
      }
    }
    const parsed = eventSchema.safeParse(obj);
    if (!parsed.success) fail(line, issueText(parsed.error));
    const event = parsed.data!;
    if (event.t < lastT)
      fail(line, `t ${event.t} is earlier than the line before (${lastT}); lines must be ordered by t`);
    if (event.t > header.duration_ms) fail(line, `t ${event.t} is after duration_ms ${header.duration_ms}`);
    const msgs = event.msg.type === 'batch' ? event.msg.messages : [event.msg];
    for (const m of msgs) {
      if (!known.has(m.service)) fail(line, `service "${m.service}" is not listed in the header's services`);
    }
    lastT = event.t;
    events.push(event);
  }
  return { header, events };
}

/** Reads and parses a fixture file; every failure is a {@link FixtureError}. */
export async function loadFixture(path: string): Promise<Fixture> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const why =
      code === 'ENOENT' ? 'file not found' : code === 'EACCES' ? 'permission denied' : 'cannot be read';
    throw new FixtureError(`${path}: ${why}`);
  }
  return parseFixture(text, path);
}

/** Adds `ts` (epoch ms) to a message, or to every message of a batch. */
export function stampMessage(msg: UnstampedMessage, tsMs: number): WireMessage;
export function stampMessage(msg: UnstampedBatch, tsMs: number): WireBatch;
export function stampMessage(msg: UnstampedMessage | UnstampedBatch, tsMs: number): WireMessage | WireBatch;
export function stampMessage(msg: UnstampedMessage | UnstampedBatch, tsMs: number): WireMessage | WireBatch {
  if (msg.type === 'batch') return { type: 'batch', messages: msg.messages.map((m) => ({ ...m, ts: tsMs })) };
  return { ...msg, ts: tsMs };
}
