/**
 * The Prometheus source: every interval it runs its queries at one evaluation time and sends what
 * came back as feed messages, plus a `source` message saying how it went. A Prometheus that is down
 * is retried with backoff; a broken query degrades the source and the others keep flowing.
 */
import { backoffDelay } from '../../feeds/backoff.js';
import type { WireMessage } from '../../feeds/protocol.js';
import { type Source, type SourceSink, sourceState } from '../types.js';
import { instantQuery, type PrometheusEndpoint, type QueryResult, rangeQuery } from './api.js';
import { historyMessages, type PollAnswers, pollMessages } from './convert.js';
import type { QueryName } from './queries.js';

/** Everything the Prometheus source needs, defaults already applied. */
export type PrometheusOptions = {
  readonly url: string;
  readonly authorization?: string | undefined;
  readonly intervalMs: number;
  readonly label: string;
  readonly queries: ReadonlyMap<QueryName, string>;
  /** Minutes of history fetched with query_range on the first good poll (0 = none). */
  readonly historyMinutes: number;
  /** Step of that history (default one minute, the sparklines' bucket). */
  readonly historyStepMs?: number;
  /** Series kept per query; beyond that the source says how many were left out. */
  readonly maxSeries: number;
  /** Longest wait between retries while Prometheus is unreachable. */
  readonly retryCapMs: number;
  readonly now?: () => number;
};

/** The host part of a URL for reasons; never the credentials. */
function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'prometheus';
  }
}

/** Creates the source; nothing happens before `start`. */
export function prometheusSource(options: PrometheusOptions): Source {
  const now = options.now ?? Date.now;
  const abort = new AbortController();
  const endpoint: PrometheusEndpoint = {
    url: options.url,
    authorization: options.authorization,
    timeoutMs: Math.max(2000, Math.min(options.intervalMs, 10_000)),
    signal: abort.signal,
  };
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let started = false;
  let failures = 0;
  let historyDone = options.historyMinutes <= 0;

  const history = async (end: number): Promise<WireMessage[]> => {
    const start = end - options.historyMinutes * 60_000;
    const step = options.historyStepMs ?? 60_000;
    const names = (['error-ratio', 'p95'] as const).filter((n) => options.queries.has(n));
    const results = await Promise.all(
      names.map((n) => rangeQuery(endpoint, options.queries.get(n)!, start, end - step, step)),
    );
    const answers: PollAnswers = {};
    names.forEach((n, i) => {
      const r = results[i];
      if (r?.ok) answers[n] = r.series.slice(0, options.maxSeries);
    });
    return historyMessages(answers, options.label);
  };

  const poll = async (sink: SourceSink): Promise<void> => {
    const at = now();
    const names = [...options.queries.keys()];
    const results: QueryResult[] = await Promise.all(
      names.map((n) => instantQuery(endpoint, options.queries.get(n)!, at)),
    );
    if (stopped) return;
    const failed = results.flatMap((r, i) => (r.ok ? [] : [{ name: names[i]!, ...r }]));
    if (failed.length === results.length && failed.some((f) => f.unreachable)) {
      failures += 1;
      sink([sourceState('prometheus', 'down', at, `${failed[0]!.reason} (${hostOf(options.url)})`)]);
      return schedule(
        sink,
        backoffDelay(failures - 1, { baseMs: options.intervalMs, capMs: options.retryCapMs }),
      );
    }
    failures = 0;
    const problems = failed.map((f) => `${f.name} query: ${f.reason}`);
    const answers: PollAnswers = {};
    results.forEach((r, i) => {
      if (!r.ok) return;
      const name = names[i]!;
      if (r.series.length > options.maxSeries)
        problems.push(`${name} query: ${r.series.length} series, showing the first ${options.maxSeries}`);
      answers[name] = r.series.slice(0, options.maxSeries);
    });
    const past = historyDone ? [] : await history(at);
    historyDone = true;
    if (stopped) return;
    const status = problems.length > 0 ? 'degraded' : 'up';
    sink([
      ...past,
      ...pollMessages(answers, options.label, at),
      sourceState('prometheus', status, at, problems.join('; ')),
    ]);
    schedule(sink, options.intervalMs);
  };

  const schedule = (sink: SourceSink, delay: number): void => {
    if (stopped) return;
    timer = setTimeout(() => {
      // A poll never throws to here; anything unexpected still must not stop the polling.
      poll(sink).catch((error: unknown) => {
        sink([sourceState('prometheus', 'down', now(), `internal error: ${(error as Error).message}`)]);
        schedule(sink, options.intervalMs);
      });
    }, delay);
  };

  return {
    name: 'prometheus',
    start(sink) {
      if (started || stopped) return;
      started = true;
      schedule(sink, 0);
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      abort.abort();
    },
  };
}
