/** Wires feeds, store and screen together and owns their shutdown: the single exit point. */
import { render } from 'ink';
import { ActionsSession } from '../app/actions-session.js';
import type { Config } from '../config.js';
import type { DrillSession } from '../app/drill-session.js';
import { IncidentSession } from '../app/incident-session.js';
import { setReadOnlySeat } from '../keys/read-only.js';
import type { HubTarget } from '../seats/hub-options.js';
import { makeSeat } from '../seats/make-seat.js';
import { formatHeadedScorecard } from '../drill/scorecard-format.js';
import { saveScorecard } from '../drill/saved-card.js';
import { storeThresholds } from '../app/thresholds.js';
import { FeedClient } from '../feeds/client.js';
import { MetricStore } from '../feeds/store.js';
import { journalDir } from '../incident/data-dir.js';
import { listIncidents } from '../incident/incidents.js';
import type { Profile } from '../incident/profile-schema.js';
import { formatAge } from '../ui/view/format.js';
import { screenOutput } from '../render/output.js';
import type { Theme } from '../theme/tokens.js';
import { App } from '../ui/App.js';
import { ThemeProvider } from '../ui/theme-context.js';

/** Everything the dashboard needs to run. */
export type DashboardOptions = {
  urls: readonly string[];
  token?: string | undefined;
  theme: Theme;
  source: string;
  warnings: readonly string[];
  staleAfterMs: number;
  /** The service cap (the store's default when absent). */
  maxServices?: number;
  profile: Profile;
  dataDir: string;
  /** Who acts, for the timeline. */
  user: string;
  /** Incidents declared here are practice (journals kept apart, marked DRILL). */
  drillJournal: boolean;
  /** A drill run: its clock drives every countdown; no resume is offered; the scorecard is printed at the end. */
  drill?: ((store: MetricStore) => DrillSession) | undefined;
  /** Settings, for delivery targets and webhook URLs. */
  config: Config;
  /** The Markdown runbook for the viewer. */
  runbook?: { name: string; text: string } | undefined;
  /** The NATS hub seats share incidents through; a shared data dir when null. */
  hub?: HubTarget | null;
  /** Shows everything and acts on nothing. */
  readOnly?: boolean;
  /** Closed after the screen is restored (the embedded replay server, say). */
  onShutdown?: () => Promise<void>;
};

/** Runs until the user quits; resolves with the process exit code. */
export async function runDashboard(options: DashboardOptions): Promise<number> {
  const store = new MetricStore({
    staleAfterMs: options.staleAfterMs,
    ...(options.maxServices ? { maxServices: options.maxServices } : {}),
    thresholds: storeThresholds(options.profile),
  });
  const drill = options.drill?.(store);
  const clock = drill ? drill.now : Date.now;
  const kind = options.drill !== undefined ? 'drill' : options.drillJournal ? 'demo' : 'incident';
  const journals = journalDir(options.dataDir, kind);
  const readOnly = options.readOnly === true;
  setReadOnlySeat(readOnly);
  const session = new IncidentSession({
    dir: journals,
    seat: makeSeat({ dir: journals, hub: options.hub ?? null, name: options.user, readOnly, drill: kind !== 'incident' }),
    readOnly,
    profile: options.profile,
    user: () => options.user,
    clock,
    // A drill's and the demo's incidents are practice: marked DRILL in the journal, the header, the
    // timeline, exports and posts (which go to the drill outbox file only).
    drill: options.drill !== undefined || options.drillJournal,
    // Scenario time runs fast; each event also carries the wall time it was written.
    ...(options.drill ? { wallClock: Date.now } : {}),
  });
  const actions = new ActionsSession({
    session,
    profile: options.profile,
    config: options.config,
    dataDir: options.dataDir,
    // On a replayed feed (the demo, a drill) commands and webhooks are dry runs: it is not production.
    dryRun: options.drillJournal,
  });
  // Each kind resumes only its own: a real start a real incident, the demo a demo one; a drill
  // always starts afresh. Their journals live apart (data-dir.ts), so nothing else is ever offered.
  const listing = kind === 'drill' ? [] : listIncidents(options.dataDir, { demo: kind === 'demo' });
  const open = listing.find((i) => i.open);
  // A journal with no readable declaration is said out loud, not silently left out.
  const damaged = listing.filter((i) => i.damaged).map((i) => `${i.id}: ${i.warnings.at(-1) ?? 'no declaration'}`);
  // On a shared data dir the other seats are known at once: say who is already on it.
  const others = session.seat
    .peers()
    .filter((p) => !p.me)
    .map((p) => p.name);
  const onIt = others.length > 0 ? `\nOn it now: ${others.join(', ')}` : '';
  const resumable = open && {
    id: open.id,
    path: open.path,
    label: `${open.id} ${open.severity} "${open.title}" · ${open.status} · declared ${formatAge(Date.now() - open.declaredAt)} ago${onIt}`,
  };
  const client = new FeedClient({
    urls: options.urls,
    ...(options.token ? { token: options.token } : {}),
    onFrame: (url, result, receivedAt) => store.ingestFrame(url, result, receivedAt),
    onState: (url, state) => store.setFeedState(url, state),
  });
  client.start();
  for (const [url, state] of client.states()) store.setFeedState(url, state);

  const instance = render(
    <ThemeProvider value={options.theme}>
      <App
        store={store}
        session={session}
        profile={options.profile}
        resumable={resumable}
        runbook={options.runbook}
        clock={clock}
        wallClock={Date.now}
        drill={drill}
        actions={actions}
        source={options.source}
        warnings={[...options.warnings, ...damaged]}
      />
    </ThemeProvider>,
    {
      // Cell-diffing renderer unless WARROOM_RENDERER=ink (src/render/output.ts).
      ...screenOutput(process.stdout),
      // Ink turns itself off when CI=true; a real terminal is a real terminal.
      interactive: Boolean(process.stdout.isTTY),
      exitOnCtrlC: false,
      maxFps: 30,
    },
  );

  let finished = false;
  const finish = async (): Promise<void> => {
    if (finished) return;
    finished = true;
    instance.unmount();
    actions.close();
    await session.close();
    await client.stop();
    await options.onShutdown?.();
  };
  const onSignal = (): void => {
    void finish().then(() => process.exit(0));
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGHUP', onSignal);
  try {
    await instance.waitUntilExit();
  } finally {
    await finish();
    process.off('SIGTERM', onSignal);
    process.off('SIGHUP', onSignal);
  }
  if (drill) {
    // Printed after the screen is restored, so the result stays in the terminal's scrollback.
    const card = drill.scorecard(session.events, options.profile, true);
    let saved = '';
    if (session.state.declared) {
      try {
        const { name, title } = drill.scenario;
        saveScorecard(journals, session.state.id, {
          scenario: name,
          title,
          heading: card.heading,
          rows: card.rows,
          startedAtScenarioMs: card.options.startedAtScenarioMs,
        });
        saved = `\n(saved with the drill's journal; warroom export --drill ${session.state.id} includes it)\n`;
      } catch (error) {
        saved = `\n(the scorecard could not be saved: ${(error as Error).message})\n`;
      }
    }
    process.stdout.write(
      `Drill ${drill.scenario.name}: ${drill.scenario.title}\n${formatHeadedScorecard(card)}\n${saved}`,
    );
  }
  return 0;
}
