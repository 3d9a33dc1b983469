/**
 * Real Prometheus and Alertmanager (Debian's binaries) on 127.0.0.1 for tests: a temp dir, a
 * generated config, a free port. `stop` kills the process; `start` brings it back on the same port
 * and data, so a test can take Prometheus away and give it back.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitFor } from '../feeds/helpers.js';

/** A free TCP port on 127.0.0.1 (free when asked; the caller binds it soon after). */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/** A server process the test controls. */
export type Daemon = {
  readonly url: string;
  readonly port: number;
  readonly dir: string;
  /** Everything it wrote, for a failing test's message. */
  log(): string;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Stops it and removes its directory. */
  dispose(): Promise<void>;
};

async function ready(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/-/ready`);
    return response.ok;
  } catch {
    return false;
  }
}

function daemon(
  binary: string,
  args: (port: number, dir: string) => string[],
  dir: string,
  port: number,
): Daemon {
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  let output = '';
  const self: Daemon = {
    url,
    port,
    dir,
    log: () => output.slice(-4000),
    async start() {
      const proc = spawn(binary, args(port, dir), { stdio: ['ignore', 'pipe', 'pipe'] });
      child = proc;
      proc.stdout?.on('data', (d) => {
        output += String(d);
      });
      proc.stderr?.on('data', (d) => {
        output += String(d);
      });
      let up = false;
      const poll = async (): Promise<void> => {
        while (!up && proc.exitCode === null) {
          up = await ready(url);
          if (!up) await new Promise((r) => setTimeout(r, 100));
        }
      };
      await Promise.race([poll(), new Promise((r) => setTimeout(r, 30_000))]);
      if (!up) throw new Error(`${binary} did not become ready on ${url}:\n${self.log()}`);
    },
    async stop() {
      const proc = child;
      child = undefined;
      if (!proc || proc.exitCode !== null) return;
      const gone = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
      proc.kill('SIGKILL');
      await gone;
    },
    async dispose() {
      await self.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return self;
}

/** Prometheus scraping `targets` every second, with optional rules and Alertmanager. */
export async function startPrometheus(options: {
  targets: string[];
  rules?: string;
  alertmanager?: string;
}): Promise<Daemon> {
  const dir = mkdtempSync(join(tmpdir(), 'warroom-prom-'));
  const port = await freePort();
  writeFileSync(join(dir, 'rules.yml'), options.rules ?? 'groups: []\n');
  writeFileSync(
    join(dir, 'prometheus.yml'),
    [
      'global: {scrape_interval: 1s, evaluation_interval: 1s}',
      'rule_files: [rules.yml]',
      options.alertmanager
        ? `alerting: {alertmanagers: [{static_configs: [{targets: ['${options.alertmanager}']}]}]}`
        : '',
      'scrape_configs:',
      '  - job_name: standin',
      '    honor_labels: true',
      `    static_configs: [{targets: [${options.targets.map((t) => `'${t}'`).join(', ')}]}]`,
      '',
    ].join('\n'),
  );
  const d = daemon(
    'prometheus',
    (p, dd) => [
      `--config.file=${join(dd, 'prometheus.yml')}`,
      `--storage.tsdb.path=${join(dd, 'data')}`,
      `--web.listen-address=127.0.0.1:${p}`,
      '--log.level=warn',
    ],
    dir,
    port,
  );
  await d.start();
  return d;
}

/** Alertmanager sending every alert to `webhook` at once (group_wait 1s), clustering off. */
export async function startAlertmanager(webhook: string): Promise<Daemon> {
  const dir = mkdtempSync(join(tmpdir(), 'warroom-am-'));
  const port = await freePort();
  writeFileSync(
    join(dir, 'alertmanager.yml'),
    [
      'route:',
      '  receiver: warroom',
      '  group_by: [alertname, job]',
      '  group_wait: 1s',
      '  group_interval: 1s',
      '  repeat_interval: 1h',
      'receivers:',
      '  - name: warroom',
      '    webhook_configs:',
      `      - url: '${webhook}'`,
      '        send_resolved: true',
      '',
    ].join('\n'),
  );
  const d = daemon(
    'prometheus-alertmanager',
    (p, dd) => [
      `--config.file=${join(dd, 'alertmanager.yml')}`,
      `--storage.path=${join(dd, 'data')}`,
      `--web.listen-address=127.0.0.1:${p}`,
      '--cluster.listen-address=',
      '--log.level=warn',
    ],
    dir,
    port,
  );
  await d.start();
  return d;
}

/** Asks Prometheus an instant query at `timeMs` and returns value by `label`. */
export async function promValues(
  url: string,
  query: string,
  timeMs: number,
  label = 'job',
): Promise<Map<string, number>> {
  const params = new URLSearchParams({ query, time: (timeMs / 1000).toFixed(3) });
  const body = (await (await fetch(`${url}/api/v1/query?${params}`)).json()) as {
    data: { result: { metric: Record<string, string>; value: [number, string] }[] };
  };
  return new Map(body.data.result.map((r) => [r.metric[label] ?? '', Number.parseFloat(r.value[1])]));
}

export { waitFor };
