/**
 * Feed URLs as people may see them: a token in the query or a password in the authority never
 * reaches the footer, a log line or a reason.
 */

const SECRET_PARAM =
  /^(token|access_token|id_token|api_key|apikey|key|sig|signature|auth|password|secret|jwt)$/i;
const QUERY_SECRET =
  /([?&](?:token|access_token|id_token|api_key|apikey|key|sig|signature|auth|password|secret|jwt)=)[^&\s#]*/gi;

/** What a hidden value reads as. */
export const HIDDEN = '[redacted]';

/** `url` without user or password, and with secret-looking query values replaced. */
export function displayUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return url.replace(/\/\/[^/@\s]*@/, '//').replace(QUERY_SECRET, `$1${HIDDEN}`);
  }
  u.username = '';
  u.password = '';
  const query = u.search
    .slice(1)
    .split('&')
    .filter((p) => p.length > 0)
    .map((pair) => {
      const name = decodeURIComponent(pair.split('=')[0] ?? '');
      return SECRET_PARAM.test(name) ? `${pair.split('=')[0]}=${HIDDEN}` : pair;
    });
  u.search = '';
  return `${u.toString()}${query.length > 0 ? `?${query.join('&')}` : ''}`;
}

/** The secret parts of `url` (password, secret-looking query values), to scrub from any text. */
export function urlSecrets(url: string): string[] {
  const out: string[] = [];
  try {
    const u = new URL(url);
    if (u.password) out.push(u.password, decodeURIComponent(u.password));
    for (const [name, value] of u.searchParams) if (SECRET_PARAM.test(name) && value) out.push(value);
  } catch {
    for (const m of url.matchAll(QUERY_SECRET)) {
      const value = url.slice((m.index ?? 0) + m[1]!.length).split(/[&\s#]/)[0];
      if (value) out.push(value);
    }
  }
  return out.filter((s) => s.length >= 3);
}
