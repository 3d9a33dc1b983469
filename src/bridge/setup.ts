/**
 * From flags, the config's `sources` and the environment to the sources a bridge runs. Secrets
 * (Prometheus credentials, the alerts token) come from the environment or the config, never argv.
 */
import { healthSource, type HealthCheckOptions } from '../sources/health/check.js';
import { prometheusSource, type PrometheusOptions } from '../sources/prometheus/source.js';
import { resolveQueries } from '../sources/prometheus/queries.js';
import type { Source } from '../sources/types.js';
import type { PrometheusConfig, SourcesConfig } from './config.js';

/** What the command line said about sources. */
export type SourceFlags = {
  readonly prometheus?: string | undefined;
  readonly health?: readonly string[] | undefined;
  readonly listen?: string | undefined;
};

/** A mistake in what was asked for; the message is for people. */
export class SetupError extends Error {
  override name = 'SetupError';
}

/** Everything a bridge needs. */
export type BridgeSetup = {
  readonly host: string;
  readonly port: number;
  readonly prometheus?: PrometheusOptions;
  readonly health: readonly HealthCheckOptions[];
  readonly serviceLabels?: readonly string[];
  readonly alertsToken?: string | undefined;
};

function checkUrl(url: string, what: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new SetupError(`${what}: "${url}" is not a URL`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:')
    throw new SetupError(`${what}: expected an http:// or https:// URL`);
  if (u.username || u.password) {
    throw new SetupError(
      `${what}: credentials do not belong on the command line (they show in ps and shell history); set WARROOM_PROMETHEUS_USER and WARROOM_PROMETHEUS_PASSWORD, or WARROOM_PROMETHEUS_TOKEN`,
    );
  }
  return url;
}

/** Parses one --health NAME=URL. */
export function parseHealthFlag(text: string): { name: string; url: string } {
  const eq = text.indexOf('=');
  const name = text.slice(0, eq).trim();
  if (eq <= 0 || !name) throw new SetupError(`--health takes NAME=URL, not "${text}"`);
  return { name: name.slice(0, 80), url: checkUrl(text.slice(eq + 1), `--health ${name}`) };
}

/** Parses HOST:PORT (IPv6 in brackets). */
export function parseListen(text: string): { host: string; port: number } {
  const m = /^(?:\[([0-9a-fA-F:]+)\]|([^\s:[\]]+)):(\d{1,5})$/.exec(text);
  const port = Number(m?.[3]);
  if (!m || port > 65535)
    throw new SetupError(`--listen takes HOST:PORT (such as 127.0.0.1:7070), not "${text}"`);
  return { host: m[1] ?? m[2] ?? '127.0.0.1', port };
}

/** The Authorization header for Prometheus: environment first, then the config. */
export function prometheusAuth(
  config: PrometheusConfig | undefined,
  env: NodeJS.ProcessEnv,
): string | undefined {
  const token = env.WARROOM_PROMETHEUS_TOKEN || config?.bearerToken;
  if (token) return `Bearer ${token}`;
  const user = env.WARROOM_PROMETHEUS_USER || config?.username;
  const password = env.WARROOM_PROMETHEUS_PASSWORD || config?.password;
  if (user) return `Basic ${Buffer.from(`${user}:${password ?? ''}`).toString('base64')}`;
  return undefined;
}

/** Prometheus options from the flag (URL only) and the config (everything else). */
export function prometheusOptions(
  url: string,
  config: PrometheusConfig | undefined,
  env: NodeJS.ProcessEnv,
): PrometheusOptions {
  const label = config?.serviceLabel ?? 'job';
  const queries = resolveQueries(config?.queries, {
    label,
    window: config?.window ?? '5m',
    baselineWindow: config?.baselineWindow ?? '1h',
  });
  return {
    url,
    authorization: prometheusAuth(config, env),
    intervalMs: (config?.intervalSeconds ?? 15) * 1000,
    label,
    queries,
    historyMinutes: config?.historyMinutes ?? 30,
    maxSeries: config?.maxSeries ?? 500,
    retryCapMs: (config?.retryCapSeconds ?? 60) * 1000,
  };
}

/** Resolves flags over the config; throws SetupError with a sentence. */
export function bridgeSetup(
  flags: SourceFlags,
  config: SourcesConfig | undefined,
  env: NodeJS.ProcessEnv,
): BridgeSetup {
  const listen = parseListen(flags.listen ?? config?.listen ?? '127.0.0.1:0');
  const promUrl = flags.prometheus ? checkUrl(flags.prometheus, '--prometheus') : config?.prometheus?.url;
  const fromFlags = (flags.health ?? []).map(parseHealthFlag);
  const health: HealthCheckOptions[] = [
    ...(config?.health ?? []).map((h) => ({
      name: h.name,
      url: h.url,
      intervalMs: (h.intervalSeconds ?? 10) * 1000,
      timeoutMs: (h.timeoutSeconds ?? 5) * 1000,
      slowMs: h.slowMs ?? 1000,
    })),
    ...fromFlags.map((h) => ({ ...h, intervalMs: 10_000, timeoutMs: 5000, slowMs: 1000 })),
  ];
  return {
    ...listen,
    ...(promUrl ? { prometheus: prometheusOptions(promUrl, config?.prometheus, env) } : {}),
    health,
    ...(config?.alertServiceLabels ? { serviceLabels: config.alertServiceLabels } : {}),
    alertsToken: env.WARROOM_ALERTS_TOKEN || undefined,
  };
}

/** The sources a setup runs. */
export function setupSources(setup: BridgeSetup): Source[] {
  const out: Source[] = [];
  if (setup.prometheus) out.push(prometheusSource(setup.prometheus));
  if (setup.health.length > 0) out.push(healthSource(setup.health));
  return out;
}
