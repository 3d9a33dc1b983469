/**
 * A small instrumented stand-in for a team's services: one /metrics page with
 * http_requests_total{job,code} and an http_request_duration_seconds histogram per service. The
 * test sets each service's traffic, error ratio and latency; counters grow with wall time.
 */
import { createServer, type Server } from 'node:http';

/** What one service is doing right now. */
export type Traffic = { rps: number; errorRatio: number; latencyMs: number };

const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

type Counters = { ok: number; errors: number; buckets: number[]; sum: number; traffic: Traffic };

/** The running app. */
export type StandinApp = {
  readonly port: number;
  readonly target: string;
  set(service: string, traffic: Partial<Traffic>): void;
  close(): Promise<void>;
};

/** Starts the app on 127.0.0.1 and a free port. */
export async function startStandinApp(services: Record<string, Traffic>): Promise<StandinApp> {
  const state = new Map<string, Counters>();
  let last = Date.now();
  const advance = (): void => {
    const now = Date.now();
    const dt = (now - last) / 1000;
    last = now;
    for (const c of state.values()) {
      const n = c.traffic.rps * dt;
      c.errors += n * c.traffic.errorRatio;
      c.ok += n * (1 - c.traffic.errorRatio);
      const seconds = c.traffic.latencyMs / 1000;
      BUCKETS.forEach((le, i) => {
        if (seconds <= le) c.buckets[i]! += n;
      });
      c.sum += n * seconds;
    }
  };
  const set = (service: string, traffic: Partial<Traffic>): void => {
    advance();
    const old = state.get(service);
    const base = old?.traffic ?? { rps: 10, errorRatio: 0, latencyMs: 50 };
    if (old) old.traffic = { ...base, ...traffic };
    else
      state.set(service, {
        ok: 0,
        errors: 0,
        buckets: BUCKETS.map(() => 0),
        sum: 0,
        traffic: { ...base, ...traffic },
      });
  };
  for (const [name, t] of Object.entries(services)) set(name, t);
  const metrics = (): string => {
    advance();
    const lines = [
      '# TYPE http_requests_total counter',
      ...[...state].flatMap(([job, c]) => [
        `http_requests_total{job="${job}",code="200"} ${c.ok}`,
        `http_requests_total{job="${job}",code="500"} ${c.errors}`,
      ]),
      '# TYPE http_request_duration_seconds histogram',
      ...[...state].flatMap(([job, c]) => {
        const total = c.ok + c.errors;
        return [
          ...BUCKETS.map(
            (le, i) => `http_request_duration_seconds_bucket{job="${job}",le="${le}"} ${c.buckets[i]}`,
          ),
          `http_request_duration_seconds_bucket{job="${job}",le="+Inf"} ${total}`,
          `http_request_duration_seconds_sum{job="${job}"} ${c.sum}`,
          `http_request_duration_seconds_count{job="${job}"} ${total}`,
        ];
      }),
    ];
    return `${lines.join('\n')}\n`;
  };
  const server: Server = createServer((req, res) => {
    if (req.url === '/metrics')
      res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' }).end(metrics());
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    target: `127.0.0.1:${port}`,
    set,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
