/**
 * Settings kept between runs (conf): feeds, identity, theme, staleness. Secrets such as the feed
 * token come from here or the environment, never from the command line. A bad setting is
 * reported and ignored; the file is never rewritten behind the user's back.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { userInfo } from 'node:os';
import Conf from 'conf';
import { z } from 'zod';
import { sourcesConfigSchema } from './bridge/config.js';
import { setTopLevelKey } from './config-edit.js';

/** Where a status update can be delivered; a URL is named by an env var or a `webhooks` key, never written here. */
export const deliveryTargetSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected an id of lower-case letters, digits and dashes'),
    kind: z.enum(['slack', 'webhook', 'file']),
    urlEnv: z
      .string()
      .regex(/^[A-Z_][A-Z0-9_]*$/, 'expected an environment variable name')
      .optional(),
    urlConfigKey: z.string().min(1).optional(),
    path: z.string().min(1).optional(),
  })
  .strict()
  .refine((t) => (t.kind === 'file' ? t.path !== undefined : Boolean(t.urlEnv || t.urlConfigKey)), {
    message: 'a file target needs "path"; a slack or webhook target needs "urlEnv" or "urlConfigKey"',
  });

/** One configured delivery target. */
export type DeliveryTargetConfig = z.output<typeof deliveryTargetSchema>;

/** The settings file's shape. Every key is optional. */
export const configSchema = z
  .object({
    user: z.string().min(1).max(60).optional(),
    feeds: z.array(z.string().url()).optional(),
    feedToken: z.string().min(1).optional(),
    theme: z.string().min(1).optional(),
    staleAfterSeconds: z.number().min(1).max(3600).optional(),
    /** Services held at most; past it the idlest is evicted or a new name refused. */
    maxServices: z.number().int().min(1).max(100_000).optional(),
    profile: z.string().min(1).optional(),
    dataDir: z.string().min(1).optional(),
    /** The NATS hub seats share incidents through, and how to log in to it. */
    hub: z.string().min(1).optional(),
    hubRoom: z.string().min(1).optional(),
    hubUser: z.string().min(1).optional(),
    hubPassword: z.string().min(1).optional(),
    hubToken: z.string().min(1).optional(),
    hubCredsFile: z.string().min(1).optional(),
    /** Command id → keys, e.g. {"incident.ack": ["A"]}. */
    keys: z.record(z.string(), z.array(z.string().min(1).max(12)).min(1)).optional(),
    /** Delivery targets for status updates. */
    targets: z.array(deliveryTargetSchema).optional(),
    /** URLs by key, for profile webhooks with `{"config": key}` and targets with `urlConfigKey`. */
    webhooks: z.record(z.string().min(1), z.string().url()).optional(),
    /** What `warroom bridge` and `--prometheus` read: Prometheus, health checks, where to listen. */
    sources: sourcesConfigSchema.optional(),
  })
  .strict();

/** Validated settings. */
export type Config = z.output<typeof configSchema>;

/** Settings plus where they came from and what was wrong with them. */
export type LoadedConfig = {
  config: Config;
  path: string;
  warnings: string[];
  /** Top-level keys that were wrong and left out (the bridge refuses to start without `sources`). */
  invalid?: string[];
};

/** Reads the settings; WARROOM_CONFIG_DIR moves the folder (tests use it). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): LoadedConfig {
  const cwd = env.WARROOM_CONFIG_DIR;
  let store: Conf<Record<string, unknown>>;
  try {
    store = new Conf({ projectName: 'warroom', projectSuffix: '', ...(cwd ? { cwd } : {}) });
  } catch (error) {
    const where = cwd ? `${cwd}/config.json` : 'the warroom config file';
    return {
      config: {},
      path: where,
      warnings: [`${where} could not be read (${(error as Error).message}); using defaults`],
    };
  }
  const raw = store.store;
  const parsed = configSchema.safeParse(raw);
  if (parsed.success) return { config: parsed.data, path: store.path, warnings: [] };
  const warnings = parsed.error.issues.map(
    (i) => `${store.path}: ${i.path.join('.') || '(top level)'}: ${i.message}; ignored`,
  );
  const config: Record<string, unknown> = {};
  const invalid: string[] = [];
  for (const [key, field] of Object.entries(configSchema.shape)) {
    const value = field.safeParse(raw[key]);
    if (value.success && value.data !== undefined) config[key] = value.data;
    else if (!value.success) invalid.push(key);
  }
  return { config: config as Config, path: store.path, warnings, invalid };
}

/** The feed token: WARROOM_FEED_TOKEN wins over the config; never printed. */
export function feedToken(config: Config, env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.WARROOM_FEED_TOKEN || config.feedToken || undefined;
}

/** Who the local user is, for the timeline: WARROOM_USER, the config, then the login name. */
export function identity(config: Config, env: NodeJS.ProcessEnv = process.env): string {
  if (env.WARROOM_USER) return env.WARROOM_USER;
  if (config.user) return config.user;
  try {
    return userInfo().username;
  } catch {
    return 'operator';
  }
}

/** Saves the name the timeline records for this user; returns where it was written. */
export function saveUser(name: string, env: NodeJS.ProcessEnv = process.env): string {
  const checked = configSchema.shape.user.safeParse(name.trim());
  if (!checked.success || !checked.data) throw new Error('a name is 1 to 60 characters');
  const cwd = env.WARROOM_CONFIG_DIR;
  const store = new Conf<Record<string, unknown>>({
    projectName: 'warroom',
    projectSuffix: '',
    ...(cwd ? { cwd } : {}),
  });
  const path = store.path;
  const text = existsSync(path) ? readFileSync(path, 'utf8') : '';
  if (text.trim() !== '') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw new Error(`${path} is not valid JSON (${(error as Error).message}); fix it first, it was not changed`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
      throw new Error(`${path} should hold a JSON object; it was not changed`);
  }
  // Only the "user" value changes; the rest of the file keeps the user's own layout.
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, setTopLevelKey(text, 'user', checked.data), { mode: 0o600 });
  renameSync(temp, path);
  return path;
}
