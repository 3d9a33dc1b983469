/**
 * Prometheus's HTTP API (/api/v1/query and /api/v1/query_range) through ky, every answer checked
 * with zod. Failures come back as sentences for the footer, never as exceptions, and never hold
 * credentials.
 */
import ky from 'ky';
import { z } from 'zod';
import { describeHttpError } from '../../actions/http.js';

/** How to reach one Prometheus. */
export type PrometheusEndpoint = {
  readonly url: string;
  /** Sent as the Authorization header (Bearer or Basic); from the environment or the config. */
  readonly authorization?: string | undefined;
  readonly timeoutMs: number;
  /** Aborts requests in flight when the source stops. */
  readonly signal?: AbortSignal | undefined;
};

/** One series of an answer: its labels and its samples (epoch ms, value). */
export type Series = { readonly labels: Record<string, string>; readonly samples: [number, number][] };

/** An answer, or why there is none; `unreachable` tells a down server from a bad query. */
export type QueryResult =
  | { readonly ok: true; readonly series: Series[] }
  | { readonly ok: false; readonly reason: string; readonly unreachable: boolean };

/** Sample values arrive as strings ("NaN" and "+Inf" included); time as float seconds. */
const sample = z.tuple([z.number(), z.string()]);
const answer = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('success'),
    data: z.discriminatedUnion('resultType', [
      z.object({
        resultType: z.literal('vector'),
        result: z.array(z.object({ metric: z.record(z.string(), z.string()), value: sample })),
      }),
      z.object({
        resultType: z.literal('matrix'),
        result: z.array(z.object({ metric: z.record(z.string(), z.string()), values: z.array(sample) })),
      }),
      z.object({ resultType: z.literal('scalar'), result: sample }),
    ]),
    warnings: z.array(z.string()).optional(),
  }),
  z.object({ status: z.literal('error'), errorType: z.string().optional(), error: z.string() }),
]);

const toSamples = (raw: readonly (readonly [number, string])[]): [number, number][] =>
  raw.map(([t, v]) => [Math.round(t * 1000), Number.parseFloat(v)]);

function fromAnswer(body: z.output<typeof answer>): QueryResult {
  if (body.status === 'error') {
    // "invalid parameter \"query\": 1:58: parse error: …" — the query name already says which.
    const reason = body.error.replace(/^invalid parameter "query": /, '').slice(0, 200);
    return { ok: false, reason, unreachable: false };
  }
  const data = body.data;
  if (data.resultType === 'scalar')
    return { ok: true, series: [{ labels: {}, samples: toSamples([data.result]) }] };
  if (data.resultType === 'vector') {
    return {
      ok: true,
      series: data.result.map((r) => ({ labels: r.metric, samples: toSamples([r.value]) })),
    };
  }
  return { ok: true, series: data.result.map((r) => ({ labels: r.metric, samples: toSamples(r.values) })) };
}

async function get(
  endpoint: PrometheusEndpoint,
  path: string,
  params: Record<string, string>,
): Promise<QueryResult> {
  let response: Response;
  try {
    response = await ky.get(new URL(path, endpoint.url.endsWith('/') ? endpoint.url : `${endpoint.url}/`), {
      searchParams: params,
      timeout: endpoint.timeoutMs,
      retry: 0,
      throwHttpErrors: false,
      ...(endpoint.signal ? { signal: endpoint.signal } : {}),
      headers: endpoint.authorization ? { authorization: endpoint.authorization } : {},
    });
  } catch (error) {
    return { ok: false, reason: describeHttpError(error, endpoint.timeoutMs).detail, unreachable: true };
  }
  // 401/403 are about us, not the query: every query would fail the same way.
  if (response.status === 401 || response.status === 403)
    return { ok: false, reason: `HTTP ${response.status}: check the credentials`, unreachable: true };
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    // A proxy's HTML error page, an empty body: the status says enough.
    const why = response.ok ? 'answer is not JSON' : `HTTP ${response.status}`;
    return { ok: false, reason: why, unreachable: !response.ok };
  }
  const parsed = answer.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || 'answer';
    return {
      ok: false,
      reason: `unexpected answer (HTTP ${response.status}): ${where}: ${issue?.message}`,
      unreachable: false,
    };
  }
  return fromAnswer(parsed.data);
}

/** An instant query evaluated at `timeMs`. */
export function instantQuery(
  endpoint: PrometheusEndpoint,
  query: string,
  timeMs: number,
): Promise<QueryResult> {
  return get(endpoint, 'api/v1/query', { query, time: (timeMs / 1000).toFixed(3) });
}

/** A range query from `startMs` to `endMs` every `stepMs`. */
export function rangeQuery(
  endpoint: PrometheusEndpoint,
  query: string,
  startMs: number,
  endMs: number,
  stepMs: number,
): Promise<QueryResult> {
  return get(endpoint, 'api/v1/query_range', {
    query,
    start: (startMs / 1000).toFixed(3),
    end: (endMs / 1000).toFixed(3),
    step: `${Math.max(1, Math.round(stepMs / 1000))}s`,
  });
}
