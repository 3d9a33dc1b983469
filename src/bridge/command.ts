/** `warroom bridge`: its flags, its help, and the process around a running bridge. */
import { parseArgs } from 'node:util';
import type { LoadedConfig } from '../config.js';
import { feedToken } from '../config.js';
import { startBridge } from './bridge.js';
import { bridgeSetup, type BridgeSetup, SetupError, setupSources } from './setup.js';

/** `warroom bridge --help`. */
export const BRIDGE_HELP = `warroom bridge — serve your Prometheus, alerts, deploys and health checks as a warroom feed

Usage
  warroom bridge [--prometheus URL] [--health NAME=URL ...] [--listen HOST:PORT]
  warroom bridge --print-queries [--prometheus URL]

Once listening it prints the ws:// URL; dashboards connect with warroom --feed URL.
Prometheus is queried once per interval however many dashboards watch.

Options
  --prometheus URL   poll this Prometheus (its HTTP API); queries and interval from the config
  --health NAME=URL  check this URL every 10 s: up, degraded (slow, 429/503) or down; repeatable
  --listen HOST:PORT where to listen (default 127.0.0.1 and a free port)
  --print-queries    print the PromQL in use and exit
  -h, --help         this text

On the same port
  POST /alerts       Alertmanager webhook_configs / Grafana webhook contact point
  POST /deploys      {"service":"checkout","version":"v42","by":"ci"} from CI
  GET  /status       what was received and refused, as JSON

Environment (never put secrets on the command line)
  WARROOM_PROMETHEUS_TOKEN                          bearer token for Prometheus
  WARROOM_PROMETHEUS_USER, WARROOM_PROMETHEUS_PASSWORD  basic auth for Prometheus
  WARROOM_ALERTS_TOKEN   bearer token POST /alerts and /deploys must carry
  WARROOM_FEED_TOKEN     bearer token dashboards must send to connect

Config: "sources" in config.json (see README "Connect your metrics").`;

/** Where the command writes. */
export type BridgeIo = { out: (text: string) => void; err: (text: string) => void };

/** The PromQL in use, one query per paragraph. */
export function formatQueries(setup: BridgeSetup): string {
  const p = setup.prometheus;
  if (!p) return 'no Prometheus configured (pass --prometheus URL or set sources.prometheus.url)\n';
  const head = `# ${p.url} every ${p.intervalMs / 1000} s, service label "${p.label}"\n`;
  return head + [...p.queries].map(([name, q]) => `${name}:\n  ${q}\n`).join('');
}

/** Runs the bridge until SIGINT/SIGTERM; resolves with the exit code. */
export async function runBridgeCommand(
  argv: readonly string[],
  loaded: LoadedConfig,
  io: BridgeIo,
): Promise<number> {
  let values: {
    prometheus?: string;
    health?: string[];
    listen?: string;
    'print-queries'?: boolean;
    help?: boolean;
  };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        prometheus: { type: 'string' },
        health: { type: 'string', multiple: true },
        listen: { type: 'string' },
        'print-queries': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    io.err(
      `warroom bridge: ${(error as Error).message.replace(/\. To specify a positional.*$/s, '')}\nTry warroom bridge --help.\n`,
    );
    return 2;
  }
  if (values.help) {
    io.out(`${BRIDGE_HELP}\n`);
    return 0;
  }
  for (const w of loaded.warnings) io.err(`warroom bridge: ${w}\n`);
  if (loaded.invalid?.includes('sources')) {
    io.err('warroom bridge: the "sources" settings are wrong (above); fix them first\n');
    return 2;
  }
  let setup: BridgeSetup;
  try {
    setup = bridgeSetup(values, loaded.config.sources, process.env);
  } catch (error) {
    if (!(error instanceof SetupError)) throw error;
    io.err(`warroom bridge: ${error.message}\nTry warroom bridge --help.\n`);
    return 2;
  }
  if (values['print-queries']) {
    io.out(formatQueries(setup));
    return 0;
  }
  let bridge: Awaited<ReturnType<typeof startBridge>>;
  try {
    bridge = await startBridge({
      host: setup.host,
      port: setup.port,
      sources: setupSources(setup),
      alertsToken: setup.alertsToken,
      feedToken: feedToken(loaded.config),
      ...(setup.serviceLabels ? { serviceLabels: setup.serviceLabels } : {}),
    });
  } catch (error) {
    io.err(`warroom bridge: ${(error as Error).message}\n`);
    return 2;
  }
  const what = [
    setup.prometheus ? `prometheus ${new URL(setup.prometheus.url).host}` : '',
    setup.health.length ? `${setup.health.length} health check${setup.health.length === 1 ? '' : 's'}` : '',
    'alerts',
    'deploys',
  ].filter(Boolean);
  io.out(
    `warroom bridge on ${bridge.url} (${what.join(', ')}; POST ${bridge.httpUrl}/alerts and /deploys) — Ctrl+C stops\n`,
  );
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await bridge.close();
  return 0;
}
