/** The dashboard: reads the store and the incident at a bounded rate, routes keys, lays out panels. */
import { Box, useApp, useInput, useWindowSize } from 'ink';
import { useCallback, useEffect, useReducer, useRef, useState, useSyncExternalStore } from 'react';
import { type CommandDeps, finishModal, startCommand } from '../app/commands.js';
import type { IncidentSession } from '../app/incident-session.js';
import type { MetricStore } from '../feeds/store.js';
import type { Profile } from '../incident/profile-schema.js';
import { keyNames } from '../keys/decode.js';
import { finishActionModal, hintActions, startActionCommand, type FlowDeps } from '../app/action-flows.js';
import { detectHints, type PatternHint } from '../patterns/hints.js';
import { RequestBaselines } from '../patterns/request-baseline.js';
import type { ActionsSession } from '../app/actions-session.js';
import type { DrillSession } from '../app/drill-session.js';
import { SEEK_STEP_MS } from '../app/drill-session.js';
import { formatScorecard } from '../drill/scorecard-format.js';
import { currentStage } from '../incident/checklists.js';
import { findSection } from '../runbook/search.js';
import type { CommandId } from '../keys/bindings.js';
import { useIncident } from './hooks/use-incident.js';
import { type RunbookSource, useRunbook } from './hooks/use-runbook.js';
import { useThrottledVersion } from './hooks/use-throttled-store.js';
import { useTick } from './hooks/use-tick.js';
import { modalKey } from './modal.js';
import { MainArea } from './panels/MainArea.js';
import { Footer } from './panels/Footer.js';
import { TopLines } from './panels/TopLines.js';
import { TooSmall } from './panels/TooSmall.js';
import { contexts, routeKey } from './router.js';
import { INITIAL_UI, type UiAction, type UiState, uiReducer } from './state.js';
import { feedSegments, trafficText } from './view/feed-summary.js';
import { checklistRows } from './view/incident-view.js';
import { computeLayout } from './view/layout.js';
import { buildServiceRows } from './view/service-rows.js';

/** What the dashboard needs from its caller. */
export type AppProps = {
  readonly store: MetricStore;
  readonly session: IncidentSession;
  readonly profile: Profile;
  /** Wall clock (injected so tests control time). */
  readonly clock: () => number;
  /** Where the data comes from, for the header: "demo · replay ×10". */
  readonly source: string;
  /** Problems found at start-up (a bad theme file, say), shown on one line. */
  readonly warnings?: readonly string[];
  /** An open incident found on disk, offered for resume at start. */
  readonly resumable?: { readonly id: string; readonly path: string; readonly label: string } | undefined;
  /** Wall clock for feed staleness and rates; defaults to `clock` (a drill's clock is scenario time). */
  readonly wallClock?: () => number;
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
  return {
    ...INITIAL_UI,
    modal: {
      kind: 'confirm',
      purpose: 'resume',
      label: `Resume the open incident?\n${resumable.label}`,
      value: '',
    },
  };
}

/** Scenario offset as m:ss. */
function formatOffset(ms: number): string {
  const s = Math.floor(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** The drill banner: which scenario, where in it, how fast, and the latest inject. */
function drillLine(drill: DrillSession): string {
  const state = drill.ended ? 'ENDED' : drill.paused ? '⏸ PAUSED' : `▶ ${drill.speed}x`;
  const inject = drill.latestInject();
  const latest = inject ? ` · ${formatOffset(inject.at)} ${inject.text}` : '';
  return ` DRILL ${drill.scenario.name} · ${formatOffset(drill.position)}/${formatOffset(drill.scenario.duration_ms)} · ${state}${latest}`;
}

function opensConfirm(state: UiState): boolean {
  return state.modal.kind === 'confirm';
}

/** The whole screen; its root box is exactly the terminal's height so nothing scrolls. */
export function App(props: AppProps) {
  const { store, session, profile, clock, source, warnings = [], size, maxHz = 10 } = props;
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
  useThrottledVersion(store, maxHz);
  const drill = props.drill;
  const actions = props.actions;
  useSyncExternalStore(
    (l) => actions?.subscribe(l) ?? (() => undefined),
    () => actions?.getVersion() ?? 0,
  );
  const wallClock = props.wallClock ?? clock;
  // Seconds matter while an incident or a drill runs, or a feed or service is in trouble;
  // otherwise the screen shows minutes and an idle dashboard should not rebuild every second.
  useTick(clock, 1000, (t) =>
    session.active || drill || store.needsSeconds(wallClock())
      ? String(Math.floor(t / 1000))
      : String(Math.floor(t / 60_000)),
  );
  const now = clock();
  const wallNow = wallClock();
  const scoreShown = useRef(false);
  // Pattern detection looks at every service's history: run it every two seconds, not per frame.
  const baselines = useRef(new RequestBaselines());
  const [hints, setHints] = useState<readonly PatternHint[]>([]);
  const hintsAt = useRef(0);
  useEffect(() => {
    if (wallNow - hintsAt.current < 2000) return;
    hintsAt.current = wallNow;
    baselines.current.observe(store);
    const found = detectHints(store, profile, baselines.current);
    setHints((old) => (JSON.stringify(old) === JSON.stringify(found) ? old : found));
  });
  useEffect(() => {
    if (!drill) return;
    drill.observe();
    if (drill.ended && !scoreShown.current) {
      scoreShown.current = true;
      dispatch({ type: 'scorecard/open' });
    }
  });
  const incident = useIncident(session, profile, now);
  const active = session.active;

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

  const layout = computeLayout(columns, rows, active ? 'incident' : 'events');
  const runbook = useRunbook(props.runbook, Math.max(20, columns - 5), ui.runbookQuery);
  const page = Math.max(1, rows - 8);
  const runbookMax = Math.max(0, (runbook.doc?.lines.length ?? 0) - page);

  const drillCommand = (id: CommandId): UiAction[] => {
    if (!drill) return [];
    switch (id) {
      case 'drill.pause':
        return [{ type: 'notice', text: `drill ${drill.togglePause()}` }];
      case 'drill.slower':
      case 'drill.faster':
        return [{ type: 'notice', text: `drill at ${drill.stepSpeed(id === 'drill.faster' ? 1 : -1)}x` }];
      case 'drill.back':
      case 'drill.forward':
        drill.seekBy(id === 'drill.forward' ? SEEK_STEP_MS : -SEEK_STEP_MS);
        return [{ type: 'notice', text: `drill at ${formatOffset(drill.position)}` }];
      case 'drill.score':
        return [{ type: 'scorecard/open' }];
      default:
        return [];
    }
  };

  /** Viewer commands need the laid-out document, so they are answered here rather than in app/commands. */
  const runbookCommand = (id: CommandId, state: UiState): UiAction[] => {
    const doc = runbook.doc;
    if (!doc)
      return [{ type: 'notice', text: 'no runbook attached: start with --runbook FILE', error: true }];
    switch (id) {
      case 'runbook.open': {
        const hint = session.state.declared ? currentStage(session.state) : '';
        const top = hint ? (findSection(doc.toc, hint)?.line ?? 0) : 0;
        return [{ type: 'runbook/open', top: Math.min(top, runbookMax) }];
      }
      case 'runbook.toc':
        return [
          {
            type: 'modal/open',
            modal: {
              kind: 'picker',
              purpose: 'runbook-toc',
              label: 'Jump to',
              options: doc.toc.slice(0, 40).map((t) => ({
                id: String(t.line),
                label: `${'  '.repeat(Math.max(0, t.level - 1))}${t.title}`,
              })),
              index: 0,
            },
          },
        ];
      case 'runbook.search':
        return [
          {
            type: 'modal/open',
            modal: {
              kind: 'prompt',
              purpose: 'runbook-search',
              label: 'Search the runbook',
              value: state.runbookQuery,
            },
          },
        ];
      case 'runbook.next':
      case 'runbook.prev': {
        const forward = id === 'runbook.next';
        const next = forward
          ? runbook.matches.find((m) => m > state.runbookTop)
          : [...runbook.matches].reverse().find((m) => m < state.runbookTop);
        return next === undefined
          ? [{ type: 'notice', text: runbook.matches.length ? 'no more matches' : 'no matches' }]
          : [{ type: 'runbook/jump', line: next, max: runbookMax }];
      }
      default:
        return [];
    }
  };
  const sparkWidth = layout.mode === 'too-small' ? 0 : layout.table.errSpark;
  const serviceRows = buildServiceRows(store, {
    now: wallNow,
    order: ui.order,
    filter: ui.filter,
    sparkWidth,
  });
  const names = serviceRows.map((r) => r.name);
  const evidence = store.criteriaMet();
  let cursor = ui.checklistCursor;
  const deps: CommandDeps = {
    session,
    profile,
    now,
    evidence,
    // Keys that arrive together act one after another, so read the cursor and ticks afresh.
    selectedItem: () => {
      const row = checklistRows(session.state, profile).rows.find(
        (r) => r.kind === 'item' && r.index === cursor,
      );
      return row?.kind === 'item'
        ? { checklist: row.checklist, item: row.item, ticked: row.tick !== null }
        : undefined;
    },
    resumable: props.resumable,
  };

  const flowDeps = (state: UiState): FlowDeps | undefined =>
    actions && {
      actions,
      session,
      profile,
      now: clock(),
      service: state.selected ?? names[0],
      notify: dispatch,
    };

  useInput((input, key) => {
    let state = uiRef.current;
    cursor = state.checklistCursor;
    const apply = (actions: readonly UiAction[]): void => {
      for (const a of actions) {
        dispatch(a);
        state = uiRef.current;
        cursor = state.checklistCursor;
      }
    };
    for (const name of keyNames(input, key)) {
      if (state.modal.kind !== 'none') {
        const result = modalKey(state.modal, name);
        if (!result.done) apply([{ type: 'modal/update', modal: result.modal }]);
        else if (result.cancelled) apply([{ type: 'modal/close' }, { type: 'notice', text: 'cancelled' }]);
        else if (result.modal.kind !== 'none' && result.modal.purpose === 'runbook-search')
          apply([{ type: 'modal/close' }, { type: 'runbook/search', query: result.value }]);
        else if (result.modal.kind !== 'none' && result.modal.purpose === 'runbook-toc')
          apply([
            { type: 'modal/close' },
            { type: 'runbook/jump', line: Number(result.value), max: runbookMax },
          ]);
        else {
          const flow = flowDeps(state);
          apply(
            (flow && finishActionModal(result.modal, result.value, state, flow)) ??
              finishModal(result.modal, result.value, deps),
          );
        }
        continue;
      }
      if (state.notice) apply([{ type: 'notice/clear' }]);
      const ctx = {
        names,
        page,
        checklistCount: incident.checklist.items,
        incident: active,
        runbookMax,
        drill: Boolean(drill),
      };
      for (const step of routeKey(state, name, ctx)) {
        if (step.type === 'command' && step.id.startsWith('runbook.')) apply(runbookCommand(step.id, state));
        else if (step.type === 'command' && step.id.startsWith('drill.')) apply(drillCommand(step.id));
        else if (step.type === 'command' && step.id === 'patterns.hint') {
          const flow = flowDeps(state);
          const hint = hints[0];
          apply(
            hint && flow
              ? hintActions(hint, flow)
              : [{ type: 'notice', text: 'no pattern recognised in the feeds right now' }],
          );
        } else if (step.type === 'command' && /^(comms|commands|webhooks|output|compose)\./.test(step.id)) {
          const flow = flowDeps(state);
          apply(
            flow
              ? startActionCommand(step.id, state, flow)
              : [{ type: 'notice', text: 'actions are not available here', error: true }],
          );
        } else if (step.type === 'command') apply(startCommand(step.id, deps));
        else apply([step]);
      }
      if (state.quitting) {
        exit();
        return;
      }
      // Keys typed ahead must not answer a confirmation that has only just appeared.
      if (opensConfirm(state)) return;
    }
  });

  if (layout.mode === 'too-small') return <TooSmall columns={columns} rows={rows} />;
  return (
    <Box flexDirection="column" width={columns} height={rows}>
      <TopLines
        width={columns}
        source={source}
        now={now}
        incident={incident}
        warnings={warnings}
        evidence={active && incident.state.status !== 'resolved' ? [] : evidence}
        notice={ui.notice}
        profile={profile}
        drillLine={drill ? drillLine(drill) : undefined}
        hint={
          hints[0]
            ? `◆ ${hints[0].name}${hints[0].service ? ` · ${hints[0].service}` : ''}: ${hints[0].evidence[0] ?? ''}${hints.length > 1 ? ` (+${hints.length - 1})` : ''} · h: actions`
            : undefined
        }
      >
        {(topHeight) => (
          <MainArea
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
            destination={
              actions
                ? actions.dryRun
                  ? 'the drill outbox'
                  : actions.targets.map((t) => t.id).join(', ') || 'the outbox (no targets configured)'
                : ''
            }
            scorecard={
              drill && ui.overlay === 'scorecard'
                ? formatScorecard(drill.score(session.events, profile))
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
        feeds={[
          ...feedSegments(store, wallNow),
          ...(actions && actions.outboxCount() > 0
            ? [
                {
                  text: `✉ ${actions.outboxCount()} waiting in the outbox (retrying)`,
                  token: 'sla.near' as const,
                },
              ]
            : []),
          ...(actions?.run?.running
            ? [{ text: `⚙ running: ${actions.run.label} (O shows it)`, token: 'text.accent' as const }]
            : []),
        ]}
        traffic={trafficText(store, wallNow)}
        contexts={ui.modal.kind !== 'none' ? [] : contexts(ui, active, Boolean(drill))}
        {...(ui.editingFilter ? { prompt: ui.filter } : {})}
      />
    </Box>
  );
}
