/**
 * One HTTP send with ky and the app's policy: a per-attempt timeout, a few retries with backoff on
 * 5xx, 408, 429 and refused connections, none on other 4xx. A timeout or a connection dropped after
 * the request went out leaves the outcome unknown (the receiver may have acted), so it is not
 * retried here unless the caller says the receiver dedupes. The outcome is a sentence for people
 * that never holds the URL (ky's own messages do, and a webhook URL is a secret).
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

/**
 * How a send ended: `delivered`; `failed` (certainly not acted on, worth retrying); `unknown`
 * (timed out or cut off after sending); `rejected` (a 4xx other than 408/429: final).
 */
export type HttpOutcomeKind = 'delivered' | 'failed' | 'unknown' | 'rejected';

/** What happened to one send. */
export type HttpOutcome = {
  readonly ok: boolean;
  readonly outcome: HttpOutcomeKind;
  readonly status?: number;
  readonly detail: string;
};

/** Per-send options besides the policy. */
export type SendOptions = {
  /** Retry after an unknown outcome too (only for receivers that dedupe on an id). */
  readonly retryUnknown?: boolean;
  readonly headers?: Readonly<Record<string, string>>;
};

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

// Errors that prove the request never reached the receiver.
const NOT_SENT = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'CERT_HAS_EXPIRED',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/** Whether a send that threw may still have been acted on. */
function outcomeOf(error: unknown): HttpOutcomeKind {
  if (error instanceof HTTPError) {
    const s = error.response.status;
    return s === 408 || s === 429 || s >= 500 ? 'failed' : 'rejected';
  }
  if (error instanceof TimeoutError) return 'unknown';
  if (error instanceof TypeError && /invalid url|failed to parse url/i.test(error.message)) return 'rejected';
  const code = codeOf(error);
  return code && NOT_SENT.has(code) ? 'failed' : 'unknown';
}

/** A sentence for people describing a failed send; never includes the URL. */
export function describeHttpError(
  error: unknown,
  timeoutMs: number,
): { detail: string; status?: number; outcome: HttpOutcomeKind } {
  const outcome = outcomeOf(error);
  const said = (detail: string) => ({
    outcome,
    detail: outcome === 'unknown' ? `outcome unknown: ${detail}` : detail,
  });
  if (error instanceof HTTPError) {
    const { status, statusText } = error.response;
    return { status, ...said(`HTTP ${status}${statusText ? ` ${statusText}` : ''}`) };
  }
  if (error instanceof TimeoutError) return said(`timed out after ${seconds(timeoutMs)}`);
  const code = codeOf(error);
  if (code && NETWORK[code]) return said(NETWORK[code]);
  if (error instanceof NetworkError) return said(code ? `network error (${code})` : 'network error');
  if (outcome === 'rejected') return said('the configured URL is not a valid URL');
  return said(code ? `request failed (${code})` : 'request failed');
}

/**
 * fetch refuses a URL holding `user:pass@`; the credentials go in a basic-auth header instead,
 * percent-decoded as RFC 3986 writes them.
 */
export function splitCredentials(url: string): { url: string; authorization?: string } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { url };
  }
  if (!parsed.username && !parsed.password) return { url };
  const pair = `${decodeURIComponent(parsed.username)}:${decodeURIComponent(parsed.password)}`;
  parsed.username = '';
  parsed.password = '';
  return { url: parsed.toString(), authorization: `Basic ${Buffer.from(pair, 'utf8').toString('base64')}` };
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
  options: SendOptions = {},
): Promise<HttpOutcome> {
  const timeoutMs = policy.timeoutMs ?? 5000;
  const backoffMs = policy.backoffMs ?? 500;
  const target = splitCredentials(url);
  const headers: Record<string, string> = {
    ...options.headers,
    ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    ...(target.authorization ? { authorization: target.authorization } : {}),
  };
  let attempts = 1;
  try {
    const response = await ky(target.url, {
      method,
      ...(body === undefined ? {} : { body }),
      headers,
      timeout: timeoutMs,
      retry: {
        limit: policy.retries ?? 2,
        // POST is not retried by ky by default; a duplicate notice beats a lost one.
        methods: ['get', 'post', 'put', 'patch', 'delete'],
        statusCodes: RETRY_STATUS,
        afterStatusCodes: [429, 503],
        maxRetryAfter: 30_000,
        retryOnTimeout: options.retryUnknown === true,
        // An unknown outcome is retried only for a receiver that dedupes; the rest, ky decides.
        shouldRetry: ({ error }) =>
          outcomeOf(error) === 'unknown' && options.retryUnknown !== true ? false : undefined,
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
    return {
      ok: true,
      outcome: 'delivered',
      status: response.status,
      detail: `HTTP ${response.status}${tries}`,
    };
  } catch (error) {
    const { detail, status, outcome } = describeHttpError(error, timeoutMs);
    const tries = attempts > 1 ? ` (${attempts} attempts)` : '';
    return { ok: false, outcome, ...(status === undefined ? {} : { status }), detail: `${detail}${tries}` };
  }
}
