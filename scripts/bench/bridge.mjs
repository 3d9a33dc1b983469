// The bridge at 200 services and 3 seats: a metrics app with 200 jobs, a real Prometheus scraping
// it every second, `warroom bridge` polling that Prometheus, and three dashboards in ptys. Measures
// Prometheus queries per minute (from Prometheus's own request counter, the bench's own queries
// taken out), the bridge's CPU, and how long a value Prometheus answers takes to reach each screen.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, quantile } from './env.mjs';
import { cpuSeconds, pause, quit, screenText, spawnTerm, waitScreen } from './term.mjs';

const INTERVAL_S = 5;
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** A /metrics page for `n` jobs whose counters grow with wall time; `set` changes an error ratio. */
async function metricsApp(n) {
  const jobs = Array.from({ length: n }, (_, i) => ({
    name: `svc-${String(i).padStart(3, '0')}`,
    ratio: 0,
    ok: 0,
    errors: 0,
    latency: 0.02 + (i % 10) * 0.02,
  }));
  let last = Date.now();
  const advance = () => {
    const dt = (Date.now() - last) / 1000;
    last = Date.now();
    for (const j of jobs) {
      j.errors += 20 * dt * j.ratio;
      j.ok += 20 * dt * (1 - j.ratio);
    }
  };
  const server = createServer((_req, res) => {
    advance();
    const lines = [];
    for (const j of jobs) {
      lines.push(`http_requests_total{job="${j.name}",code="200"} ${j.ok}`);
      lines.push(`http_requests_total{job="${j.name}",code="500"} ${j.errors}`);
      const total = j.ok + j.errors;
      for (const le of BUCKETS)
        lines.push(
          `http_request_duration_seconds_bucket{job="${j.name}",le="${le}"} ${j.latency <= le ? total : 0}`,
        );
      lines.push(`http_request_duration_seconds_bucket{job="${j.name}",le="+Inf"} ${total}`);
    }
    res.writeHead(200, { 'content-type': 'text/plain' }).end(`${lines.join('\n')}\n`);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return {
    target: `127.0.0.1:${server.address().port}`,
    set: (name, ratio) => {
      advance();
      jobs.find((j) => j.name === name).ratio = ratio;
    },
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}

async function freePort() {
  const s = createServer();
  await new Promise((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address();
  await new Promise((r) => s.close(r));
  return port;
}

async function startPrometheus(dir, target) {
  const port = await freePort();
  writeFileSync(
    join(dir, 'prometheus.yml'),
    `global: {scrape_interval: 1s}\nscrape_configs:\n  - job_name: app\n    honor_labels: true\n    static_configs: [{targets: ['${target}']}]\n`,
  );
  const proc = spawn(
    'prometheus',
    [
      `--config.file=${join(dir, 'prometheus.yml')}`,
      `--storage.tsdb.path=${join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--log.level=warn',
    ],
    { stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i += 1) {
    if (
      await fetch(`${url}/-/ready`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { url, proc };
    await pause(100);
  }
  proc.kill('SIGKILL');
  throw new Error('Prometheus did not start');
}

/**
 * The bench asks through query_range (start = end), so Prometheus's own request counter for
 * /api/v1/query (read from its /metrics page) holds the bridge's queries alone.
 */
async function promQuery(url, query) {
  const t = (Date.now() / 1000).toFixed(3);
  const params = new URLSearchParams({ query, start: t, end: t, step: '1s' });
  const body = await (await fetch(`${url}/api/v1/query_range?${params}`)).json();
  return body.data.result.map((r) => ({ metric: r.metric, value: r.values.at(-1) }));
}

/** Instant queries Prometheus has answered so far. */
async function instantQueries(url) {
  const text = await (await fetch(`${url}/metrics`)).text();
  let n = 0;
  for (const m of text.matchAll(
    /^prometheus_http_requests_total\{[^}]*handler="\/api\/v1\/query"[^}]*\} (\S+)$/gm,
  ))
    n += Number(m[1]);
  return n;
}

/** The ERR% the screen shows for svc-000 (the only row once filtered). */
const shownRatio = (screen) => /svc-000 .*?(\d[\d.]*%|—)/.exec(screen)?.[1];

/** Runs the measurement; `changes` error-ratio flips of svc-000. */
export async function bridgeBench({ services = 200, seats = 3, changes = 4 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'warroom-bench-bridge-'));
  const app = await metricsApp(services);
  const prom = await startPrometheus(dir, app.target);
  writeFileSync(
    join(dir, 'config.json'),
    JSON.stringify({
      sources: {
        prometheus: { url: prom.url, intervalSeconds: INTERVAL_S, window: '10s', historyMinutes: 0 },
      },
    }),
  );
  const env = { ...process.env, WARROOM_CONFIG_DIR: dir, WARROOM_DATA_DIR: join(dir, 'journals') };
  const bridge = spawn(process.execPath, [BIN, 'bridge', '--prometheus', prom.url], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const terms = [];
  try {
    const url = await new Promise((resolve, reject) => {
      let out = '';
      bridge.stdout.on('data', (d) => {
        out += d;
        const m = /ws:\/\/[\d.]+:\d+/.exec(out);
        if (m) resolve(m[0]);
      });
      bridge.once('exit', () => reject(new Error(`bridge exited: ${out}`)));
    });
    for (let i = 0; i < seats; i += 1) {
      terms.push(
        spawnTerm([BIN, '--feed', url], {
          columns: 80,
          rows: 24,
          env: { WARROOM_CONFIG_DIR: dir, WARROOM_DATA_DIR: join(dir, `j${i}`) },
        }),
      );
    }
    for (const t of terms) {
      await waitScreen(
        t,
        (s) => s.includes('svc-000') && s.includes('● prometheus'),
        'services from the bridge',
        60_000,
      );
      t.proc.write('/svc-000\r');
      await waitScreen(t, (s) => !s.includes('svc-001') && shownRatio(s) !== undefined, 'the filter', 10_000);
    }
    const ask = (q) => promQuery(prom.url, q);
    const q0 = await instantQueries(prom.url);
    const cpu0 = cpuSeconds(bridge.pid);
    const t0 = performance.now();
    const ratioQuery =
      'sum by (job) (rate(http_requests_total{job="svc-000",code=~"5.."}[10s])) / sum by (job) (rate(http_requests_total{job="svc-000"}[10s]))';
    const delays = [];
    for (let k = 0; k < changes; k += 1) {
      const before = Number((await ask(ratioQuery))[0]?.value[1] ?? 0);
      const shownBefore = terms.map((t) => shownRatio(screenText(t.emu)));
      app.set('svc-000', k % 2 === 0 ? 0.5 : 0);
      // When Prometheus itself first answers a different value.
      let promAt;
      for (let i = 0; i < 200 && promAt === undefined; i += 1) {
        const v = Number((await ask(ratioQuery))[0]?.value[1] ?? 0);
        if (Math.abs(v - before) > 0.005) promAt = performance.now();
        else await pause(50);
      }
      const screens = await Promise.all(
        terms.map((t, i) =>
          waitScreen(t, (s) => shownRatio(s) !== shownBefore[i], 'the new value', 30_000).then(() =>
            performance.now(),
          ),
        ),
      );
      for (const at of screens) delays.push(Math.max(0, at - promAt));
      // Let the window fill so the next change starts from a steady value.
      if (k < changes - 1) await pause(12_000);
    }
    const minutes = (performance.now() - t0) / 60_000;
    const q1 = await instantQueries(prom.url);
    const cpu1 = cpuSeconds(bridge.pid);
    return {
      services,
      seats,
      intervalS: INTERVAL_S,
      queriesPerMin: (q1 - q0) / minutes,
      expectedPerMin: (6 * 60) / INTERVAL_S,
      bridgeCpuPct: ((cpu1 - cpu0) / (minutes * 60)) * 100,
      changeToScreenMs: { p50: quantile(delays, 0.5), max: Math.max(...delays), samples: delays.length },
    };
  } finally {
    for (const t of terms) await quit(t);
    bridge.kill('SIGTERM');
    prom.proc.kill('SIGKILL');
    app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
