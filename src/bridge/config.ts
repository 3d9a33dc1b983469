/** The `sources` section of config.json: what the bridge reads, validated with zod. */
import { z } from 'zod';
import { QUERY_NAMES } from '../sources/prometheus/queries.js';

const httpUrl = z
  .string()
  .url('expected a URL')
  .refine((u) => /^https?:\/\//.test(u), { message: 'expected an http:// or https:// URL' });

/** A PromQL range duration such as 30s, 5m, 1h. */
const promDuration = z
  .string()
  .regex(/^\d+(ms|s|m|h|d|w|y)$/, 'expected a PromQL duration such as 30s, 5m or 1h');

const queriesShape = Object.fromEntries(QUERY_NAMES.map((n) => [n, z.string().optional()])) as Record<
  (typeof QUERY_NAMES)[number],
  z.ZodOptional<z.ZodString>
>;

/** Prometheus: where, how often, which label names the service, and the PromQL. */
export const prometheusConfigSchema = z.strictObject({
  url: httpUrl,
  intervalSeconds: z.number().min(1).max(3600).optional(),
  serviceLabel: z
    .string()
    .regex(/^[a-zA-Z_][a-zA-Z0-9_]*$/, 'expected a Prometheus label name')
    .optional(),
  window: promDuration.optional(),
  baselineWindow: promDuration.optional(),
  historyMinutes: z.number().int().min(0).max(1440).optional(),
  maxSeries: z.number().int().min(1).max(10_000).optional(),
  retryCapSeconds: z.number().min(1).max(3600).optional(),
  /** Replaces default queries by name; "" turns one off. */
  queries: z.strictObject(queriesShape).optional(),
  /** Prefer WARROOM_PROMETHEUS_TOKEN in the environment. */
  bearerToken: z.string().min(1).optional(),
  /** Prefer WARROOM_PROMETHEUS_USER and WARROOM_PROMETHEUS_PASSWORD in the environment. */
  username: z.string().min(1).optional(),
  password: z.string().min(1).optional(),
});

/** One HTTP health check. */
export const healthCheckConfigSchema = z.strictObject({
  name: z
    .string()
    .min(1)
    .max(80)
    .regex(/^[^\u0000-\u001f\u007f]+$/, 'contains control characters'),
  url: httpUrl,
  intervalSeconds: z.number().min(1).max(3600).optional(),
  timeoutSeconds: z.number().min(0.1).max(120).optional(),
  slowMs: z.number().int().min(1).max(600_000).optional(),
});

/** Everything under `sources`. */
export const sourcesConfigSchema = z.strictObject({
  /** Where `warroom bridge` listens: HOST:PORT. */
  listen: z
    .string()
    .regex(/^(\[[0-9a-fA-F:]+\]|[^\s:]+):\d{1,5}$/, 'expected HOST:PORT')
    .optional(),
  prometheus: prometheusConfigSchema.optional(),
  health: z.array(healthCheckConfigSchema).optional(),
  /** Labels tried, in order, for an alert's service (default service, job, app). */
  alertServiceLabels: z.array(z.string().min(1)).min(1).optional(),
});

/** The validated `sources` section. */
export type SourcesConfig = z.output<typeof sourcesConfigSchema>;
/** The validated Prometheus settings. */
export type PrometheusConfig = z.output<typeof prometheusConfigSchema>;
