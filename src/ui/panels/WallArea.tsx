/**
 * The main area on a wall screen (see isWallScreen): the band in block type on top; during an
 * incident the services table takes only the rows it needs and the timeline fills the left
 * beneath it, while the checklist has the side column. Before one, the feed events fill the left
 * beneath the services the same way, and the side column keeps the deploys, which spikes are read against.
 */
import { Box, Text } from 'ink';
import { filterTimeline } from '../view/incident-view.js';
import { scrollOffset } from '../view/layout.js';
import { IDLE_BAND_HEIGHT, idleHealth, incidentBandHeight } from '../view/wall.js';
import { ChecklistPanel } from './ChecklistPanel.js';
import { EventsPanel } from './EventsPanel.js';
import type { MainAreaProps } from './MainArea.js';
import { ServicesTable } from './ServicesTable.js';
import { TimelinePanel } from './TimelinePanel.js';
import { IdleWallBand, IncidentWallBand } from './WallBand.js';

/** Rows the timeline keeps at least beneath the services. */
const MIN_TIMELINE = 8;

/** The band and the body; `height` is what is left under any modal. */
export function WallArea(p: MainAreaProps & { readonly height: number }) {
  const { layout, ui, incident } = p;
  if (layout.mode !== 'wide') return null;
  const columns = layout.columns;
  const state = incident.state;
  const declared = p.active && state.declared;
  const bandHeight = declared ? incidentBandHeight(state.title, columns) : IDLE_BAND_HEIGHT;
  const body = Math.max(1, p.height - bandHeight);
  const selected = ui.selected ?? p.names[0];
  const index = Math.max(0, selected === undefined ? 0 : p.names.indexOf(selected));
  // The table's heading plus a row per service (or its one "waiting"/"no match" line).
  const needed = 1 + Math.max(1, p.rows.length);
  const tableHeight = Math.max(3, Math.min(needed, body - MIN_TIMELINE - 1));
  const services = (
    <ServicesTable
      rows={p.rows}
      cols={layout.table}
      width={layout.tableWidth}
      height={tableHeight}
      offset={scrollOffset(index, 0, tableHeight - 1, p.names.length)}
      selected={ui.focus === 'services' ? selected : undefined}
      wide
      order={ui.order}
      filter={ui.filter}
    />
  );
  const health = idleHealth(p.rows);
  return (
    <Box flexDirection="column" width={columns} height={p.height}>
      {declared ? (
        <IncidentWallBand
          width={columns}
          severity={state.severity}
          colour={incident.severity?.colour ?? 'high'}
          title={state.title}
          status={state.status}
          startedAt={state.declaredAt}
          now={p.now ?? state.declaredAt}
          clocks={incident.clocks}
        />
      ) : (
        <IdleWallBand width={columns} now={p.now ?? 0} {...health} />
      )}
      <Box flexDirection="row" height={body} width={columns}>
        <Box flexDirection="column" width={layout.tableWidth} height={body}>
          {services}
          <Text> </Text>
          {declared ? (
            <TimelinePanel
              entries={filterTimeline(incident.entries, ui.timelineFilter)}
              filter={ui.timelineFilter}
              back={ui.timelineBack}
              focused={ui.focus === 'timeline'}
              width={layout.tableWidth}
              height={body - tableHeight - 1}
            />
          ) : (
            <EventsPanel
              events={p.store.events.slice(-body)}
              width={layout.tableWidth}
              height={body - tableHeight - 1}
              feedNow={p.store.feedNow}
              {...(p.now === undefined ? {} : { now: p.now })}
            />
          )}
        </Box>
        <Text> </Text>
        {declared ? (
          <ChecklistPanel
            stage={incident.checklist.stage}
            rows={incident.checklist.rows}
            cursor={ui.checklistCursor}
            focused={ui.focus === 'checklist'}
            width={layout.sideWidth}
            height={body}
          />
        ) : (
          <EventsPanel
            events={p.store.events}
            only="deploys"
            width={layout.sideWidth}
            height={body}
            feedNow={p.store.feedNow}
            {...(p.now === undefined ? {} : { now: p.now })}
          />
        )}
      </Box>
    </Box>
  );
}
