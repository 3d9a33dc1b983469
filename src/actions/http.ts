/**
 * One HTTP send with ky and the app's policy: a per-attempt timeout, a few retries with backoff on
 * 5xx, 429, timeouts and dropped connections, none on other 4xx. The outcome is a sentence for
 * people that never holds the URL (ky's own messages do, and a webhook URL is a secret).
 */
import ky, { HTTPError, NetworkError, TimeoutError } from 'ky';

/** Timing knobs; tests shorten them. */
export type HttpPolicy = {
  /** Per-attempt timeout (default 5000 ms). */
  readonly timeoutMs?: number;
  /** Retries after the first attempt (default 2). */
  readonly retries?: number;
  /** First retry delay, doubled each time (default 500 ms). */
  readonly backoffMs?: number;
};

/** What happened to one send. */
export type HttpOutcome = { readonly ok: boolean; readonly status?: number; readonly detail: string };

const RETRY_STATUS = [408, 429, 500, 502, 503, 504];

function codeOf(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth += 1) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

const NETWORK: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset by the server',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host name lookup failed (DNS)',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  UND_ERR_SOCKET: 'connection closed by the server',
  CERT_HAS_EXPIRED: 'TLS certificate has expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'TLS certificate is self-signed',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'TLS certificate could not be verified',
  ERR_TLS_CERT_ALTNAME_INVALID: 'TLS certificate does not match the host',
};

/** A sentence for people describing a failed send; never includes the URL. */
export function describeHttpError(error: unknown, timeoutMs: number): { detail: string; status?: number } {
  if (error instanceof HTTPError) {
    const { status, statusText } = error.response;
    return { status, detail: `HTTP ${status}${statusText ? ` ${statusText}` : ''}` };
  }
  if (error instanceof TimeoutError) return { detail: `timed out after ${seconds(timeoutMs)}` };
  const code = codeOf(error);
  if (code && NETWORK[code]) return { detail: NETWORK[code] };
  if (error instanceof NetworkError) return { detail: code ? `network error (${code})` : 'network error' };
  if (error instanceof TypeError && /invalid url|failed to parse url/i.test(error.message))
    return { detail: 'the configured URL is not a valid URL' };
  return { detail: code ? `request failed (${code})` : 'request failed' };
}

function seconds(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  return `${Math.round(ms / 100) / 10} s`;
}

/** Sends `body` (a JSON string) with the policy above and reports the outcome. */
export async function sendJson(
  method: string,
  url: string,
  body: string | undefined,
  policy: HttpPolicy = {},
): Promise<HttpOutcome> {
  const timeoutMs = policy.timeoutMs ?? 5000;
  const backoffMs = policy.backoffMs ?? 500;
  let attempts = 1;
  try {
    const response = await ky(url, {
      method,
      ...(body === undefined ? {} : { body, headers: { 'content-type': 'application/json' } }),
      timeout: timeoutMs,
      retry: {
        limit: policy.retries ?? 2,
        // POST is not retried by ky by default; a duplicate notice beats a lost one.
        methods: ['get', 'post', 'put', 'patch', 'delete'],
        statusCodes: RETRY_STATUS,
        afterStatusCodes: [429, 503],
        maxRetryAfter: 30_000,
        retryOnTimeout: true,
        delay: (n) => backoffMs * 2 ** (n - 1),
      },
      hooks: {
        beforeRetry: [
          ({ retryCount }) => {
            attempts = retryCount + 1;
          },
        ],
      },
    });
    const tries = attempts > 1 ? ` after ${attempts} attempts` : '';
    return { ok: true, status: response.status, detail: `HTTP ${response.status}${tries}` };
  } catch (error) {
    const { detail, status } = describeHttpError(error, timeoutMs);
    const tries = attempts > 1 ? ` (${attempts} attempts)` : '';
    return { ok: false, ...(status === undefined ? {} : { status }), detail: `${detail}${tries}` };
  }
}
