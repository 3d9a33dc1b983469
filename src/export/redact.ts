/** Redaction for exports: named secrets, bearer tokens and tokens in URL query strings never leave. */

/** What a removed secret reads as. */
export const REDACTED = '[redacted]';

const BEARER = /\b(Bearer\s+)[A-Za-z0-9\-._~+/]+=*/gi;
const QUERY_TOKEN =
  /([?&](?:token|access_token|id_token|api_key|apikey|key|sig|signature|auth|password)=)(?!\[redacted\])[^&\s#)"'\]]+/gi;

/** `text` with every secret replaced (longest first, so one inside another goes too) and tokens scrubbed. */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of [...secrets].filter((x) => x.length > 0).sort((a, b) => b.length - a.length)) {
    out = out.split(s).join(REDACTED);
  }
  return out.replace(BEARER, `$1${REDACTED}`).replace(QUERY_TOKEN, `$1${REDACTED}`);
}

/** A copy of plain data with every string redacted. */
export function redactDeep<T>(value: T, secrets: readonly string[]): T {
  if (typeof value === 'string') return redact(value, secrets) as T;
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, secrets)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactDeep(v, secrets)])) as T;
  }
  return value;
}
