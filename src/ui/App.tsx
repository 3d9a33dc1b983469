/** The dashboard: reads the store at a bounded rate, routes keys, lays out the panels. */
import { Box, Text, useApp, useInput, useWindowSize } from 'ink';
import { useCallback, useReducer } from 'react';
import { keyNames } from '../keys/decode.js';
import type { MetricStore } from '../feeds/store.js';
import { useThrottledVersion } from './hooks/use-throttled-store.js';
import { useTick } from './hooks/use-tick.js';
import { CriteriaBanner } from './panels/CriteriaBanner.js';
import { EventsPanel } from './panels/EventsPanel.js';
import { Footer } from './panels/Footer.js';
import { Header } from './panels/Header.js';
import { HelpOverlay } from './panels/HelpOverlay.js';
import { ServicesTable } from './panels/ServicesTable.js';
import { TooSmall } from './panels/TooSmall.js';
import { contexts, routeKey } from './router.js';
import { INITIAL_UI, uiReducer } from './state.js';
import { T } from './theme-context.js';
import { feedSegments, trafficText } from './view/feed-summary.js';
import { fit } from './view/format.js';
import { computeLayout, scrollOffset } from './view/layout.js';
import { buildServiceRows } from './view/service-rows.js';

/** What the dashboard needs from its caller. */
export type AppProps = {
  readonly store: MetricStore;
  /** Wall clock (injected so tests control time). */
  readonly clock: () => number;
  /** Where the data comes from, for the header: "demo · replay ×10". */
  readonly source: string;
  /** Problems found at start-up (a bad theme file, say), shown on one line. */
  readonly warnings?: readonly string[];
  /** Fixed size for tests; the live terminal size otherwise. */
  readonly size?: { readonly columns: number; readonly rows: number };
  /** Repaints per second at most for feed data. */
  readonly maxHz?: number;
  readonly onQuit?: () => void;
};

/** The whole screen; its root box is exactly the terminal's height so nothing scrolls. */
export function App({ store, clock, source, warnings = [], size, maxHz = 10, onQuit }: AppProps) {
  const windowSize = useWindowSize();
  const { columns, rows } = size ?? windowSize;
  const { exit } = useApp();
  const [ui, dispatch] = useReducer(uiReducer, INITIAL_UI);
  useThrottledVersion(store, maxHz);
  const now = useTick(clock);
  const layout = computeLayout(columns, rows);

  const sparkWidth = layout.mode === 'too-small' ? 0 : layout.table.errSpark;
  const serviceRows = buildServiceRows(store, { now, order: ui.order, filter: ui.filter, sparkWidth });
  const names = serviceRows.map((r) => r.name);
  const evidence = store.criteriaMet();
  const bannerLines = (evidence.length > 0 ? 1 : 0) + (warnings.length > 0 ? 1 : 0);
  const mainHeight = Math.max(1, rows - 3 - bannerLines);

  const quit = useCallback(() => {
    onQuit?.();
    exit();
  }, [exit, onQuit]);

  useInput((input, key) => {
    let state = ui;
    for (const name of keyNames(input, key)) {
      for (const action of routeKey(state, name, names, Math.max(1, mainHeight - 2))) {
        state = uiReducer(state, action);
        dispatch(action);
      }
      if (state.quitting) return quit();
    }
  });

  if (layout.mode === 'too-small') return <TooSmall columns={columns} rows={rows} />;
  const selected = ui.selected ?? names[0];
  const selectedIndex = Math.max(0, selected === undefined ? 0 : names.indexOf(selected));
  const offset = scrollOffset(selectedIndex, 0, mainHeight - 1, names.length);
  const wide = layout.mode === 'wide';

  return (
    <Box flexDirection="column" width={columns} height={rows}>
      <Header width={columns} source={source} now={now} />
      {warnings.length > 0 ? <T t="text.error">{fit(` ${warnings.join(' · ')}`, columns)}</T> : null}
      {evidence.length > 0 ? <CriteriaBanner evidence={evidence} width={columns} /> : null}
      <Box flexDirection="row" height={mainHeight} width={columns}>
        {ui.overlay === 'help' ? (
          <HelpOverlay width={columns} height={mainHeight} scroll={ui.helpScroll} />
        ) : (
          <>
            <ServicesTable
              rows={serviceRows}
              cols={layout.table}
              width={layout.tableWidth}
              height={mainHeight}
              offset={offset}
              selected={selected}
              wide={wide}
              order={ui.order}
              filter={ui.filter}
            />
            {wide ? (
              <>
                <Text> </Text>
                <EventsPanel
                  events={store.events.slice(-mainHeight)}
                  width={layout.sideWidth}
                  height={mainHeight}
                />
              </>
            ) : null}
          </>
        )}
      </Box>
      <Footer
        width={columns}
        feeds={feedSegments(store, now)}
        traffic={trafficText(store, now)}
        contexts={contexts(ui)}
        {...(ui.editingFilter ? { prompt: ui.filter } : {})}
      />
    </Box>
  );
}
