/** The bridge inside the dashboard (`warroom --prometheus URL`): loopback, any free port. */
import type { Config } from '../config.js';
import { UsageError } from '../cli/args.js';
import { type Bridge, startBridge } from './bridge.js';
import { bridgeSetup, SetupError, type SourceFlags, setupSources } from './setup.js';

/** Starts an embedded bridge; a bad flag or setting becomes a UsageError. */
export async function embeddedBridge(
  flags: Omit<SourceFlags, 'listen'>,
  config: Config,
  token: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ bridge: Bridge; label: string }> {
  let setup: ReturnType<typeof bridgeSetup>;
  try {
    setup = bridgeSetup({ ...flags, listen: '127.0.0.1:0' }, config.sources, env);
  } catch (error) {
    if (error instanceof SetupError) throw new UsageError(error.message);
    throw error;
  }
  const bridge = await startBridge({
    host: '127.0.0.1',
    port: 0,
    sources: setupSources(setup),
    feedToken: token,
    ...(setup.serviceLabels ? { serviceLabels: setup.serviceLabels } : {}),
  });
  const parts = [
    setup.prometheus ? `prometheus ${new URL(setup.prometheus.url).host}` : '',
    setup.health.length ? `${setup.health.length} health check${setup.health.length === 1 ? '' : 's'}` : '',
  ].filter(Boolean);
  return { bridge, label: parts.join(' + ') };
}
