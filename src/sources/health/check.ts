/**
 * HTTP health checks for teams without Prometheus: each URL polled with ky, its answer judged up,
 * degraded (slow, or 429/503: alive but refusing) or down, and its latency sent as p95.
 */
import ky from 'ky';
import { describeHttpError } from '../../actions/http.js';
import type { WireMessage } from '../../feeds/protocol.js';
import type { Source } from '../types.js';

/** One URL to check. */
export type HealthCheckOptions = {
  readonly name: string;
  readonly url: string;
  readonly intervalMs: number;
  readonly timeoutMs: number;
  /** An answer slower than this is degraded. */
  readonly slowMs: number;
};

/** What one check found. */
export type CheckOutcome = {
  readonly status: 'up' | 'degraded' | 'down';
  readonly detail?: string;
  readonly latencyMs?: number;
};

/** Judges an HTTP answer: pure, so the rules are tested without a server. */
export function judge(httpStatus: number, latencyMs: number, slowMs: number): CheckOutcome {
  const took = `${Math.round(latencyMs)} ms`;
  if (httpStatus === 429 || httpStatus === 503)
    return { status: 'degraded', detail: `HTTP ${httpStatus}`, latencyMs };
  if (httpStatus >= 400) return { status: 'down', detail: `HTTP ${httpStatus}`, latencyMs };
  if (latencyMs > slowMs) return { status: 'degraded', detail: `slow: ${took}`, latencyMs };
  return { status: 'up', latencyMs };
}

/** Runs one check now. */
export async function checkOnce(
  options: HealthCheckOptions,
  signal?: AbortSignal,
  now: () => number = performance.now.bind(performance),
): Promise<CheckOutcome> {
  const started = now();
  try {
    const response = await ky.get(options.url, {
      timeout: options.timeoutMs,
      retry: 0,
      throwHttpErrors: false,
      redirect: 'follow',
      ...(signal ? { signal } : {}),
    });
    const latency = now() - started;
    await response.body?.cancel();
    return judge(response.status, latency, options.slowMs);
  } catch (error) {
    return { status: 'down', detail: describeHttpError(error, options.timeoutMs).detail };
  }
}

/** A source that checks every configured URL on its own interval. */
export function healthSource(checks: readonly HealthCheckOptions[], wall: () => number = Date.now): Source {
  const abort = new AbortController();
  const timers = new Set<NodeJS.Timeout>();
  let stopped = false;
  let started = false;
  return {
    name: 'health',
    start(sink) {
      if (started || stopped) return;
      started = true;
      const run = (check: HealthCheckOptions): void => {
        void checkOnce(check, abort.signal).then((outcome) => {
          if (stopped) return;
          const ts = wall();
          const out: WireMessage[] = [
            {
              type: 'health',
              service: check.name,
              status: outcome.status,
              ts,
              ...(outcome.detail ? { detail: outcome.detail } : {}),
            },
          ];
          if (outcome.latencyMs !== undefined)
            out.push({ type: 'latency', service: check.name, p95: outcome.latencyMs, ts });
          sink(out);
          const timer = setTimeout(() => {
            timers.delete(timer);
            run(check);
          }, check.intervalMs);
          timers.add(timer);
        });
      };
      for (const check of checks) run(check);
    },
    async stop() {
      stopped = true;
      for (const t of timers) clearTimeout(t);
      abort.abort();
    },
  };
}
