/** Entry point: arguments, config, wiring. Errors reach the user as sentences, never stack traces. */
// First, before anything else runs: the bundle restarts itself with V8's young-generation cap.
import './cli/young-gen-boot.js';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feedToken, loadConfig } from './config.js';
import { FixtureError, loadFixture } from './feeds/fixture.js';
import { startReplayServer } from './feeds/replay-server.js';
import { HELP, parseCommandLine, UsageError } from './cli/args.js';
import { runDashboard } from './cli/run-dashboard.js';
import { installCrashGuard } from './cli/crash.js';
import { loadTheme } from './theme/load.js';
import { applyKeyOverrides } from './keys/overrides.js';
import { listProfiles, loadProfile } from './incident/profile-load.js';
import { runProfileCommand } from './cli/profile-command.js';
import { subcommandHelp, wantsSubcommandHelp } from './cli/usage.js';
import { resolveDataDir } from './incident/data-dir.js';
import { DEFAULT_PROFILE } from './incident/profiles/index.js';
import { identity, saveUser } from './config.js';
import { runImportRunbook } from './runbook/command.js';
import { runBridgeCommand } from './bridge/command.js';
import { embeddedBridge } from './bridge/embedded.js';
import { hubTarget } from './seats/hub-options.js';
import { runRecordCommand } from './feeds/record-command.js';
import { runExportCommand } from './export/command.js';
import { secretsFromEnv } from './actions/secrets.js';
import { DrillSession } from './app/drill-session.js';
import { clampDrillSpeed } from './drill/clock.js';
import { createSharedWall, linkReplay } from './drill/replay-link.js';
import { listScenarios, loadScenarioFile, ScenarioFileError } from './drill/scenario-file.js';
import { builtInFixturesDir } from './scenarios/materialize.js';
import { runDrillReport } from './drill/report-command.js';

declare const WARROOM_VERSION: string | undefined;
const VERSION = typeof WARROOM_VERSION === 'string' ? WARROOM_VERSION : 'dev';

/** Files shipped beside src/ and dist/ (both one level below the project root). */
function projectFile(relative: string): string {
  return fileURLToPath(new URL(`../${relative}`, import.meta.url));
}

async function main(argv: readonly string[]): Promise<number> {
  // Before any subcommand's own parsing, which would call --help an unknown option.
  if (wantsSubcommandHelp(argv)) {
    process.stdout.write(subcommandHelp(argv[0] ?? '') ?? HELP);
    return 0;
  }
  if (argv[0] === 'import-runbook') {
    return runImportRunbook(argv.slice(1), {
      out: (text: string) => process.stdout.write(text),
      err: (text: string) => process.stderr.write(text),
    });
  }
  if (argv[0] === 'bridge') {
    return runBridgeCommand(argv.slice(1), loadConfig(), {
      out: (text: string) => process.stdout.write(text),
      err: (text: string) => process.stderr.write(text),
    });
  }
  if (argv[0] === 'export') {
    const { config } = loadConfig();
    const loaded = loadProfile(config.profile ?? DEFAULT_PROFILE);
    return runExportCommand(argv.slice(1), {
      dataDir: resolveDataDir({ flag: config.dataDir }),
      out: process.stdout,
      err: process.stderr,
      ...(loaded.ok ? { profile: loaded.profile } : {}),
      secrets: secretsFromEnv(config),
    });
  }
  if (argv[0] === 'drill' && argv.includes('--report')) {
    const { config } = loadConfig();
    const loaded = loadProfile(config.profile ?? DEFAULT_PROFILE);
    if (!loaded.ok) throw new UsageError(`the profile cannot be used:\n${loaded.error.message}`);
    return runDrillReport(argv.slice(1), {
      dataDir: resolveDataDir({ flag: config.dataDir }),
      profile: loaded.profile,
      out: process.stdout,
      err: process.stderr,
    });
  }
  const { command, positionals, flags } = parseCommandLine(argv);
  if (flags.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (flags.version) {
    process.stdout.write(`warroom ${VERSION}\n`);
    return 0;
  }
  const { config, warnings } = loadConfig();
  const themeChoice = loadTheme(flags.theme ?? config.theme);
  const keyWarnings = applyKeyOverrides(config.keys);
  const allWarnings = [...warnings, ...keyWarnings, ...(themeChoice.warning ? [themeChoice.warning] : [])];
  const staleAfterMs = (flags['stale-after'] ?? config.staleAfterSeconds ?? 15) * 1000;

  if (command === 'whoami') {
    const name = positionals.join(' ');
    if (!name) {
      process.stdout.write(`${identity(config)}\n`);
      return 0;
    }
    try {
      process.stdout.write(`the timeline will record you as "${name.trim()}" (saved in ${saveUser(name)})\n`);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    return 0;
  }

  if (command === 'profiles') {
    for (const p of listProfiles()) {
      const origin =
        p.origin === 'user' ? ` (your file${p.overrides ? ', replaces the built-in' : ''}: ${p.path})` : '';
      process.stdout.write(`${p.name.padEnd(18)} ${p.title}${origin}\n`);
    }
    return 0;
  }
  if (command === 'profile') {
    return runProfileCommand(positionals, {
      out: (text: string) => process.stdout.write(text),
      err: (text: string) => process.stderr.write(text),
    });
  }

  // The shipped fixtures/, or (dist/warroom.js copied alone) the same generated from the scenarios' code.
  const fixturesDir = (): string =>
    builtInFixturesDir(
      projectFile('fixtures'),
      join(resolveDataDir({ flag: flags['data-dir'] ?? config.dataDir }), 'cache'),
      VERSION,
    );
  if (command === 'drill' && positionals.length === 0) {
    const scenarios = await listScenarios(fixturesDir());
    for (const sc of scenarios) {
      process.stdout.write(
        `${sc.name.padEnd(24)} ${String(Math.round(sc.durationMs / 60_000)).padStart(3)} min  ${sc.pattern.padEnd(22)} ${sc.title}\n`,
      );
    }
    process.stdout.write('\nRun one: warroom drill NAME [--speed 1..60]\n');
    return 0;
  }

  if (command === 'record') {
    const url = flags.feed?.[0];
    if (!url || !flags.out) throw new UsageError('usage: warroom record --feed URL -o FILE.jsonl');
    const token = feedToken(config);
    return runRecordCommand({ url, out: flags.out, ...(token ? { token } : {}) });
  }

  if (command === 'replay') {
    const path = positionals[0];
    if (!path) throw new UsageError('replay needs a fixture file: warroom replay FIXTURE');
    if (!existsSync(path)) throw new UsageError(`no fixture at ${path}`);
    const fixture = await loadFixture(path);
    const server = await startReplayServer({
      fixture,
      port: flags.port ?? 0,
      speed: flags.speed ?? 1,
      loop: Boolean(flags.loop),
    });
    process.stdout.write(
      `replaying ${fixture.header.name} at ${server.speed}x on ${server.url} (Ctrl+C stops)\n`,
    );
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
      if (!flags.loop) server.onEnd = resolve;
    });
    await server.close();
    return 0;
  }

  if (!process.stdout.isTTY || !process.stdin.isTTY) {
    throw new UsageError('the dashboard needs a terminal (stdin and stdout must be a TTY)');
  }
  if (process.env.TERM === 'dumb') {
    throw new UsageError(
      'TERM=dumb cannot move the cursor, which a full-screen dashboard needs; try TERM=xterm-256color',
    );
  }
  const loaded = loadProfile(flags.profile ?? config.profile ?? DEFAULT_PROFILE);
  if (!loaded.ok) throw new UsageError(`the profile cannot be used:\n${loaded.error.message}`);
  const runbookPath =
    flags.runbook ?? (existsSync(loaded.profile.source) ? loaded.profile.source : undefined);
  if (flags.runbook && !existsSync(flags.runbook)) throw new UsageError(`no runbook at ${flags.runbook}`);
  const runbook = runbookPath
    ? { name: basename(runbookPath), text: readFileSync(runbookPath, 'utf8') }
    : undefined;
  let hub: ReturnType<typeof hubTarget>;
  try {
    hub = hubTarget(flags.hub, config);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const common = {
    hub,
    readOnly: Boolean(flags['read-only']),
    runbook,
    config,
    theme: themeChoice.theme,
    warnings: allWarnings,
    staleAfterMs,
    ...(config.maxServices ? { maxServices: config.maxServices } : {}),
    profile: loaded.profile,
    dataDir: resolveDataDir({ flag: flags['data-dir'] ?? config.dataDir }),
    user: identity(config),
  };

  if (command === 'demo') {
    const path = join(fixturesDir(), 'demo.jsonl');
    if (!existsSync(path))
      throw new UsageError(`the demo fixture is missing at ${path}; run npm run fixtures`);
    const fixture = await loadFixture(path);
    const speed = flags.speed ?? 10;
    const loop = !flags['no-loop'];
    const server = await startReplayServer({ fixture, port: flags.port ?? 0, speed, loop });
    return runDashboard({
      ...common,
      urls: [server.url],
      source: `demo · replay ×${speed}`,
      // A replayed scenario is practice: its incidents are journalled apart and marked DRILL.
      drillJournal: true,
      onShutdown: () => server.close(),
    });
  }

  if (command === 'drill') {
    const name = positionals[0] ?? '';
    const path = join(fixturesDir(), `${name}.scenario.json`);
    if (!/^[a-z0-9-]+$/.test(name) || !existsSync(path))
      throw new UsageError(`no drill scenario "${name}"; warroom drill lists them`);
    const scenario = await loadScenarioFile(path);
    const fixture = await loadFixture(scenario.fixturePath);
    const speed = clampDrillSpeed(flags.speed ?? scenario.speed_hint ?? 10);
    const wall = createSharedWall();
    const server = await startReplayServer({
      fixture,
      port: flags.port ?? 0,
      speed,
      loop: false,
      now: wall.now,
      paused: Boolean(flags.paused),
    });
    const controls = linkReplay(server, wall, { durationMs: scenario.duration_ms });
    return runDashboard({
      ...common,
      urls: [server.url],
      source: `drill ${name}`,
      drillJournal: true,
      drill: (store) => new DrillSession(scenario, controls, store, loaded.profile),
      onShutdown: () => server.close(),
    });
  }

  const configured = config.sources?.prometheus || config.sources?.health?.length;
  const noFeeds = !flags.feed && !config.feeds?.length;
  // --prometheus / --health, or sources in the config and no feed to connect to instead.
  if (flags.prometheus || flags.health || (configured && noFeeds)) {
    // The same bridge `warroom bridge` runs, on loopback, reached through the same WebSocket path.
    const token = feedToken(config);
    const embedded = await embeddedBridge({ prometheus: flags.prometheus, health: flags.health }, config, token);
    return runDashboard({
      ...common,
      urls: [embedded.bridge.url, ...(flags.feed ?? [])],
      token,
      source: embedded.label,
      drillJournal: false,
      onShutdown: () => embedded.bridge.close(),
    });
  }

  const urls = flags.feed ?? config.feeds ?? [];
  if (urls.length === 0) {
    throw new UsageError(
      'no feeds: pass --feed ws://HOST:PORT (repeatable) or --prometheus URL, set "feeds" or "sources" in the config, or try warroom demo',
    );
  }
  return runDashboard({
    ...common,
    urls,
    token: feedToken(config),
    source: `${urls.length} feed${urls.length === 1 ? '' : 's'}`,
    drillJournal: false,
  });
}

installCrashGuard();
main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError || error instanceof FixtureError || error instanceof ScenarioFileError) {
      process.stderr.write(`warroom: ${error.message}\nTry warroom --help.\n`);
      process.exit(2);
    }
    throw error;
  },
);
