/** Resolving a URL named by an environment variable or a config key; the URL itself is never shown. */
import type { Config } from '../config.js';

/** Where a URL comes from, as profiles and targets name it. */
export type UrlSource = { readonly env: string } | { readonly config: string };

/** A resolved URL, or a sentence saying what to set. */
export type UrlLookup = { readonly url: string } | { readonly problem: string };

/**
 * Looks a URL up. A config key "webhooks.NAME" (as the built-in profiles use) or any other key
 * (such as "statusPage.url") is read from the config's `webhooks` map, with or without the prefix.
 */
export function resolveUrl(source: UrlSource, config: Config, env: NodeJS.ProcessEnv): UrlLookup {
  if ('env' in source) {
    const url = env[source.env];
    return url ? { url } : { problem: `$${source.env} is not set` };
  }
  const map = config.webhooks ?? {};
  const short = source.config.startsWith('webhooks.')
    ? source.config.slice('webhooks.'.length)
    : source.config;
  const url = map[short] ?? map[source.config];
  return url ? { url } : { problem: `the config has no webhooks["${short}"] URL` };
}

/** How a source is named on screen: "$VAR" or "config webhooks.key" — never the URL. */
export function describeUrlSource(source: UrlSource): string {
  return 'env' in source ? `$${source.env}` : `config ${source.config}`;
}
