/**
 * One HTTP send with ky and the app's policy: a per-attempt timeout, a few retries with backoff on
 * 5xx, 408, 429 and refused connections, none on other 4xx. A timeout or a connection dropped after
 * the request went out leaves the outcome unknown (the receiver may have acted), so it is not
 * retried here unless the caller says the receiver dedupes. The outcome is a sentence for people
 * that never holds the URL (ky's own messages do, and a webhook URL is a secret).
 */
import ky from 'ky';
import { innerTries } from '../text/inner-tries.js';
import { describeHttpError, type HttpOutcomeKind, outcomeOf } from './http-errors.js';

export { describeHttpError, type HttpOutcomeKind } from './http-errors.js';

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
    const tries = attempts > 1 ? innerTries(attempts) : '';
    return { ok: false, outcome, ...(status === undefined ? {} : { status }), detail: `${detail}${tries}` };
  }
}

