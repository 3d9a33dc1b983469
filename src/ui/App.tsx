/** The dashboard: reads the store and the incident at a bounded rate, routes keys, lays out panels. */
import { Box, useApp, useInput, useWindowSize } from 'ink';
import { useCallback, useEffect, useMemo, useReducer, useRef, useSyncExternalStore } from 'react';
import type { ActionsSession } from '../app/actions-session.js';
import type { CommandDeps } from '../app/commands.js';
import { drillLine } from '../app/drill-commands.js';
import type { DrillSession } from '../app/drill-session.js';
import type { IncidentSession } from '../app/incident-session.js';
import { formatHeadedScorecard } from '../drill/scorecard-format.js';
import { briefingLines } from '../app/drill-briefing.js';
import type { MetricStore } from '../feeds/store.js';
import { currentStage } from '../incident/checklists.js';
import type { Profile } from '../incident/profile-schema.js';
import { keyNames } from '../keys/decode.js';
import { hintLine, useHints } from './hooks/use-hints.js';
import { useIncident } from './hooks/use-incident.js';
import { type RunbookSource, useRunbook } from './hooks/use-runbook.js';
import { useThrottledVersion } from './hooks/use-throttled-store.js';
import { useTick } from './hooks/use-tick.js';
import { type KeyEnv, keyActions } from './key-loop.js';
import { Footer } from './panels/Footer.js';
import { MainArea } from './panels/MainArea.js';
import { TooSmall } from './panels/TooSmall.js';
import { TopLines } from './panels/TopLines.js';
import { contexts } from './router.js';
import { INITIAL_UI, type UiAction, type UiState, uiReducer } from './state.js';
import { feedSegments, trafficText } from './view/feed-summary.js';
import { actionSegments } from './view/action-segments.js';
import { checklistRows } from './view/incident-view.js';
import { computeLayout } from './view/layout.js';
import { useUrgent } from './hooks/use-urgent.js';
import { catchUp } from '../incident/catch-up.js';
import { seatSegments } from './view/seat-summary.js';
import { useServiceRows } from './hooks/use-service-rows.js';
import { maxBack, wrapOutput } from './view/output-lines.js';

/** What the dashboard needs from its caller. */
export type AppProps = {
  readonly store: MetricStore;
  readonly session: IncidentSession;
  readonly profile: Profile;
  /** The clock incidents run on (injected so tests control time; a drill's is scenario time). */
  readonly clock: () => number;
  /** Wall clock for feed staleness and rates; defaults to `clock`. */
  readonly wallClock?: () => number;
  /** Where the data comes from, for the header: "demo · replay ×10". */
  readonly source: string;
  /** Problems found at start-up (a bad theme file, say), shown on one line. */
  readonly warnings?: readonly string[];
  /** An open incident found on disk, offered for resume at start. */
  readonly resumable?: { readonly id: string; readonly path: string; readonly label: string } | undefined;
  /** Runs confirmed commands, posts and webhooks. */
  readonly actions?: ActionsSession | undefined;
  /** The drill being run, when this is one. */
  readonly drill?: DrillSession | undefined;
  /** The Markdown runbook to read beside the incident (b). */
  readonly runbook?: RunbookSource | undefined;
  /** Fixed size for tests; the live terminal size otherwise. */
  readonly size?: { readonly columns: number; readonly rows: number };
  /** Repaints per second at most for feed data. */
  readonly maxHz?: number;
};

function initialUi(resumable: AppProps['resumable']): UiState {
  if (!resumable) return INITIAL_UI;
  const label = `Resume the open incident?\n${resumable.label}`;
  return { ...INITIAL_UI, modal: { kind: 'confirm', purpose: 'resume', label, value: '' } };
}

/** The whole screen; its root box is exactly the terminal's height so nothing scrolls. */
export function App(props: AppProps) {
  const { store, session, clock, source, warnings = [], size, maxHz = 10, actions, drill } = props;
  // An incident runs the profile it was declared with, whatever --profile this seat started with.
  const profile = session.declaredProfile ?? props.profile;
  const windowSize = useWindowSize();
  const { columns, rows } = size ?? windowSize;
  const { exit } = useApp();
  const [ui, dispatchUi] = useReducer(uiReducer, props.resumable, initialUi);
  // Keys can arrive in separate reads before React renders again; they must see the state the
  // previous key left, so the latest state is kept here and updated on every dispatch.
  const uiRef = useRef(ui);
  const dispatch = useCallback((action: UiAction): void => {
    uiRef.current = uiReducer(uiRef.current, action);
    dispatchUi(action);
  }, []);

  const storeVersion = useThrottledVersion(store, maxHz);
  useSyncExternalStore(
    (l) => actions?.subscribe(l) ?? (() => undefined),
    () => actions?.getVersion() ?? 0,
  );
  const wallClock = props.wallClock ?? clock;
  // Seconds matter while an incident or a drill runs, a feed or service is in trouble, or a
  // notice is up (it fades after a few seconds); otherwise the screen shows minutes and an idle
  // dashboard should not rebuild every second.
  useTick(clock, 1000, (t) => {
    const wall = wallClock();
    if (session.active || drill || uiRef.current.notice || store.needsSeconds(wall))
      return String(Math.floor(t / 1000));
    return `${Math.floor(t / 60_000)}|${store.staleSignature(wall)}`;
  });
  const now = clock();
  const wallNow = wallClock();
  const hints = useHints(store, profile, wallNow);
  const incident = useIncident(session, profile, now);
  const active = session.active;
  const { urgent, outboxNeeds } = useUrgent(incident, actions);

  // Other seats' doings (a join, a race lost) reach this seat as notices.
  useEffect(() => session.onNotice((n) => dispatch({ type: 'notice', ...n })), [session, dispatch]);

  const scoreShown = useRef(false);
  useEffect(() => {
    if (!drill) return;
    drill.observe();
    if (drill.ended && !scoreShown.current) {
      scoreShown.current = true;
      dispatch({ type: 'scorecard/open' });
    }
  });
  useEffect(() => {
    try {
      session.recordBreaches(now);
    } catch (error) {
      dispatch({
        type: 'notice',
        text: `could not record a breached clock: ${(error as Error).message}`,
        error: true,
      });
    }
  }, [session, now, dispatch]);

  // Same object while the size holds: the table's and rows' memo checks compare widths by identity.
  const layout = useMemo(() => computeLayout(columns, rows, active ? 'incident' : 'events'), [columns, rows, active]);
  const runbook = useRunbook(props.runbook, Math.max(20, columns - 5), ui.runbookQuery);
  const page = Math.max(1, rows - 8);
  const runbookMax = Math.max(0, (runbook.doc?.lines.length ?? 0) - page);
  const outputMax =
    ui.overlay === 'output' && actions?.run
      ? maxBack(wrapOutput(actions.run.lines, columns - 4).length, page)
      : 0;
  const sparkWidth = layout.mode === 'too-small' ? 0 : layout.table.errSpark;
  const serviceRows = useServiceRows(store, {
    version: storeVersion,
    now: wallNow,
    order: ui.order,
    filter: ui.filter,
    sparkWidth,
  });
  const names = serviceRows.map((r) => r.name);
  const outbox = ui.overlay === 'outbox' ? actions?.outboxRows() : undefined;
  const evidence = store.criteriaMet();
  const alerts = store.alerts.firing();

  useInput((input, key) => {
    const state = uiRef.current;
    const incidentDeps: CommandDeps = {
      session,
      profile,
      now: clock(),
      evidence,
      alerts,
      // Read at the moment of each key: keys that arrive together act one after another.
      selectedItem: () => {
        const cursor = uiRef.current.checklistCursor;
        const row = checklistRows(session.state, profile).rows.find(
          (r) => r.kind === 'item' && r.index === cursor,
        );
        return row?.kind === 'item'
          ? { checklist: row.checklist, item: row.item, ticked: row.tick !== null }
          : undefined;
      },
      resumable: props.resumable,
    };
    const env: KeyEnv = {
      route: {
        names,
        page,
        checklistCount: incident.checklist.items,
        incident: active,
        runbookMax,
        outputMax,
        outboxCount: actions?.outboxRows().length ?? 0,
        drill: Boolean(drill),
      },
      incident: incidentDeps,
      flow: actions && {
        actions,
        session,
        profile,
        now: clock(),
        service: state.selected ?? names[0],
        notify: dispatch,
      },
      runbook: {
        ...runbook,
        max: runbookMax,
        hint: session.state.declared ? currentStage(session.state) : '',
      },
      drill,
      hints,
    };
    for (const name of keyNames(input, key)) {
      const before = uiRef.current.modal;
      for (const action of keyActions(name, uiRef.current, env)) dispatch(action);
      if (uiRef.current.quitting) {
        exit();
        return;
      }
      // Keys typed ahead must not answer a confirmation that has only just appeared.
      const after = uiRef.current.modal;
      if (after.kind === 'confirm' && after !== before && before.kind !== 'confirm') return;
    }
  });

  const seats = seatSegments({ link: session.seat.link(), peers: session.seat.peers(), readOnly: session.readOnly });
  if (layout.mode === 'too-small') return <TooSmall columns={columns} rows={rows} />;
  const destination = !actions
    ? ''
    : actions.drillComms
      ? 'the drill outbox'
      : actions.targets.map((t) => t.id).join(', ') || 'the outbox (no targets configured)';
  return (
    <Box flexDirection="column" width={columns} height={rows}>
      <TopLines
        width={columns}
        source={source}
        now={now}
        incident={incident}
        warnings={warnings}
        evidence={active && incident.state.status !== 'resolved' ? [] : evidence}
        alerts={alerts}
        notice={ui.notice}
        profile={profile}
        drillLine={drill ? drillLine(drill) : undefined}
        hint={hintLine(hints)}
      >
        {(topHeight) => (
          <MainArea
            now={now}
            layout={layout}
            height={Math.max(1, rows - topHeight - 2)}
            ui={ui}
            rows={serviceRows}
            names={names}
            store={store}
            incident={incident}
            active={active}
            draft={ui.draft}
            run={actions?.run}
            destination={destination}
            outbox={outbox}
            catchup={
              ui.overlay === 'catchup'
                ? {
                    groups: catchUp(session.events, profile, new Set(session.lost.keys()), ui.catchupFrom ?? 0),
                    count: session.events.length - (ui.catchupFrom ?? 0),
                  }
                : undefined
            }
            scorecard={
              drill && ui.overlay === 'scorecard'
                ? formatHeadedScorecard(drill.scorecard(session.events, profile), { notes: columns >= 100 })
                : undefined
            }
            briefing={
              drill?.paused && !drill.started && ui.overlay !== 'help'
                ? briefingLines(drill.scenario, profile, drill.speed)
                : undefined
            }
            runbook={
              runbook.doc && props.runbook
                ? { name: props.runbook.name, doc: runbook.doc, matches: runbook.matches }
                : undefined
            }
          />
        )}
      </TopLines>
      <Footer
        width={columns}
        feeds={[...seats.alerts, ...feedSegments(store, wallNow), ...actionSegments(actions), ...seats.presence]}
        traffic={trafficText(store, wallNow)}
        contexts={ui.modal.kind !== 'none' ? [] : contexts(ui, active, Boolean(drill))}
        urgent={urgent}
        outbox={outboxNeeds}
        {...(ui.editingFilter ? { prompt: ui.filter } : {})}
      />
    </Box>
  );
}
