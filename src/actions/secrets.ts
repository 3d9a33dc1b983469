/**
 * Secrets the app knows about (tokens and webhook URLs from the environment or the config), so
 * details, journals, exports and the screen can be scrubbed of them before anything is shown.
 */
import type { Config } from '../config.js';

/** What a secret is replaced with. */
export const REDACTED = '‹redacted›';

// Shorter values are too likely to be ordinary words to scrub everywhere.
const MIN_SECRET = 6;

/** Replaces every secret (and its URL-encoded form) in `text` with ‹redacted›; longest first. */
export function redact(text: string, secrets: readonly string[]): string {
  const forms = new Set<string>();
  for (const s of secrets) {
    if (s.length < MIN_SECRET) continue;
    forms.add(s);
    forms.add(encodeURIComponent(s));
  }
  let out = text;
  for (const form of [...forms].sort((a, b) => b.length - a.length)) out = out.split(form).join(REDACTED);
  return out;
}

/** A URL plus the parts of it that may leak on their own: the path and query, a password. */
export function urlSecretParts(value: string): string[] {
  const parts = [value];
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return parts;
  }
  const rest = `${url.pathname}${url.search}`;
  if (rest.length >= 16) parts.push(rest);
  if (url.password) parts.push(url.password);
  for (const v of url.searchParams.values()) if (v.length >= 8) parts.push(v);
  return parts;
}

/** Environment variables that hold secrets whatever the config says. */
const SECRET_ENV = /(TOKEN|SECRET|PASSWORD|API_KEY|WEBHOOK|_URL)$/;

/**
 * Every token and URL value configured: the feed token, `webhooks` URLs, delivery-target URLs,
 * the env vars named by targets and by `extraEnvNames` (say, a profile's webhook env vars), and
 * any WARROOM_* variable whose name looks secret.
 */
export function secretsFromEnv(
  config: Config,
  env: NodeJS.ProcessEnv = process.env,
  extraEnvNames: readonly string[] = [],
): string[] {
  const found = new Set<string>();
  const add = (value: string | undefined) => {
    if (!value) return;
    for (const part of urlSecretParts(value)) if (part.length >= MIN_SECRET) found.add(part);
  };
  add(config.feedToken);
  for (const url of Object.values(config.webhooks ?? {})) add(url);
  const names = new Set(extraEnvNames);
  for (const t of config.targets ?? []) if (t.urlEnv) names.add(t.urlEnv);
  for (const name of Object.keys(env))
    if (name.startsWith('WARROOM_') && SECRET_ENV.test(name)) names.add(name);
  for (const name of names) add(env[name]);
  return [...found];
}
