/**
 * The PromQL the Prometheus source runs. The defaults follow the common conventions
 * (http_requests_total with a `code` label, http_request_duration_seconds histograms, `up`,
 * blackbox `probe_success`); every one can be replaced in the config. `$label`, `$window` and
 * `$baseline_window` are filled in before a query is sent.
 */

/** The queries by name; the names appear in error reasons ("error-ratio query: …"). */
export const QUERY_NAMES = ['error-ratio', 'requests', 'p95', 'baseline-p95', 'up', 'probe'] as const;
/** One of the query names. */
export type QueryName = (typeof QUERY_NAMES)[number];

/** The default query templates. */
export const DEFAULT_QUERIES: Readonly<Record<QueryName, string>> = {
  // Services without any 5xx still get a ratio of 0: the "or … * 0" supplies the missing series.
  'error-ratio':
    '(sum by ($label) (rate(http_requests_total{code=~"5.."}[$window])) or sum by ($label) (rate(http_requests_total[$window])) * 0) / sum by ($label) (rate(http_requests_total[$window]))',
  requests: 'sum by ($label) (increase(http_requests_total[$window]))',
  p95: 'histogram_quantile(0.95, sum by ($label, le) (rate(http_request_duration_seconds_bucket[$window]))) * 1000',
  'baseline-p95':
    'histogram_quantile(0.95, sum by ($label, le) (rate(http_request_duration_seconds_bucket[$baseline_window]))) * 1000',
  up: 'avg by ($label) (up)',
  probe: 'avg by ($label) (probe_success)',
};

/** What fills the placeholders. */
export type QueryVars = { readonly label: string; readonly window: string; readonly baselineWindow: string };

/** A template with its placeholders filled. */
export function fillQuery(template: string, vars: QueryVars): string {
  return template
    .replaceAll('$baseline_window', vars.baselineWindow)
    .replaceAll('$window', vars.window)
    .replaceAll('$label', vars.label);
}

/** The queries in use: the defaults, replaced where the config says; an empty string turns one off. */
export function resolveQueries(
  overrides: Partial<Record<QueryName, string>> | undefined,
  vars: QueryVars,
): Map<QueryName, string> {
  const out = new Map<QueryName, string>();
  for (const name of QUERY_NAMES) {
    const template = overrides?.[name] ?? DEFAULT_QUERIES[name];
    if (template.trim()) out.set(name, fillQuery(template, vars));
  }
  return out;
}
