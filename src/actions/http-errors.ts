/** How a failed send is told to people, and whether the receiver may still have acted on it. */
import { HTTPError, NetworkError, TimeoutError } from 'ky';

/**
 * How a send ended: `delivered`; `failed` (certainly not acted on, worth retrying); `unknown`
 * (timed out or cut off after sending); `rejected` (a 4xx other than 408/429: final).
 */
export type HttpOutcomeKind = 'delivered' | 'failed' | 'unknown' | 'rejected';

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
export function outcomeOf(error: unknown): HttpOutcomeKind {
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

function seconds(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  return `${Math.round(ms / 100) / 10} s`;
}
