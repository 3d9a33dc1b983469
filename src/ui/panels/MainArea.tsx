/** The main area: services, the incident's checklist and timeline, or the help; a modal on top. */
import { Box, Text } from 'ink';
import type { MetricStore } from '../../feeds/store.js';
import type { useIncident } from '../hooks/use-incident.js';
import type { CommandRun } from '../../app/actions-session.js';
import type { Draft, UiState } from '../state.js';
import type { Layout } from '../view/layout.js';
import { isWallScreen, scrollOffset } from '../view/layout.js';
import type { ServiceRow } from '../view/service-rows.js';
import { filterTimeline } from '../view/incident-view.js';
import type { RunbookDoc } from '../../runbook/doc-types.js';
import { T } from '../theme-context.js';
import { fit } from '../view/format.js';
import type { CatchUpGroup } from '../../incident/catch-up.js';
import { CatchUpOverlay } from './CatchUpOverlay.js';
import { BriefingPanel } from './BriefingPanel.js';
import { ChecklistPanel } from './ChecklistPanel.js';
import { ComposerView } from './ComposerView.js';
import { OutputPane } from './OutputPane.js';
import { OutboxPanel } from './OutboxPanel.js';
import type { OutboxRow } from '../../actions/delivery/outbox-rows.js';
import { RunbookViewer } from './RunbookViewer.js';
import { EventsPanel } from './EventsPanel.js';
import { HelpOverlay } from './HelpOverlay.js';
import { IncidentPeek } from './IncidentPeek.js';
import { ModalView } from './ModalView.js';
import { modalRows, modalWidth } from '../view/modal-box.js';
import { ServicesTable } from './ServicesTable.js';
import { TimelinePanel } from './TimelinePanel.js';
import { WallArea } from './WallArea.js';

/** Props for the main area. */
export type MainAreaProps = {
  readonly layout: Exclude<Layout, { mode: 'too-small' }>;
  readonly height: number;
  readonly ui: UiState;
  readonly rows: readonly ServiceRow[];
  readonly names: readonly string[];
  readonly store: MetricStore;
  readonly incident: ReturnType<typeof useIncident>;
  readonly active: boolean;
  /** The header's clock, which the feed events panel compares the feed's clock with. */
  readonly now?: number;
  readonly draft?: Draft | undefined;
  readonly run?: CommandRun | undefined;
  readonly destination?: string;
  /** The drill scorecard as text, when its overlay is open. */
  readonly scorecard?: string | undefined;
  /** The catch-up digest, when its overlay is open. */
  readonly catchup?: { readonly groups: readonly CatchUpGroup[]; readonly count: number } | undefined;
  /** A paused drill's briefing, until it is started. */
  readonly briefing?: readonly string[] | undefined;
  /** Every delivery, when the outbox panel is open. */
  readonly outbox?: readonly OutboxRow[] | undefined;
  readonly runbook?:
    | { readonly name: string; readonly doc: RunbookDoc; readonly matches: readonly number[] }
    | undefined;
};

/**
 * Wide: services beside a side column. Compact: the services, with the incident (or the feed's
 * events) in the rows the table leaves; Tab gives a focused panel the whole area.
 */
export function MainArea(p: MainAreaProps) {
  const { layout, ui, incident } = p;
  const columns = layout.columns;
  // The modal takes what it needs, leaving the panel under it a few rows; a long picker scrolls.
  const modalMax = Math.max(5, p.height - 5);
  const modalHeight = modalRows(ui.modal, modalMax).rows;
  const modalBox = (cap?: number) =>
    ui.modal.kind !== 'none' ? (
      <ModalView modal={ui.modal} width={modalWidth(ui.modal, columns, cap)} maxRows={modalMax} />
    ) : null;
  const height = Math.max(1, p.height - modalHeight);
  if (ui.overlay === 'catchup' && p.catchup)
    return <CatchUpOverlay width={columns} height={p.height} groups={p.catchup.groups} count={p.catchup.count} />;
  if (ui.overlay === 'help') return <HelpOverlay width={columns} height={p.height} scroll={ui.helpScroll} />;
  if ((ui.overlay === 'composer' && p.draft) || (ui.overlay === 'output' && p.run)) {
    return (
      <Box flexDirection="column" height={p.height} width={columns}>
        {modalBox(100)}
        {ui.overlay === 'composer' && p.draft ? (
          <ComposerView draft={p.draft} width={columns} height={height} destination={p.destination ?? ''} />
        ) : p.run ? (
          <OutputPane
            run={p.run}
            lines={p.run.lines.length}
            running={p.run.running}
            result={p.run.result}
            back={ui.outputBack}
            width={columns}
            height={height}
          />
        ) : null}
      </Box>
    );
  }
  if (ui.overlay === 'outbox' && p.outbox) {
    return (
      <Box flexDirection="column" height={p.height} width={columns}>
        {ui.modal.kind !== 'none' ? <ModalView modal={ui.modal} width={Math.min(columns, 90)} /> : null}
        <OutboxPanel rows={p.outbox} cursor={ui.outboxCursor ?? 0} width={columns} height={height} />
      </Box>
    );
  }
  if (p.briefing && ui.overlay !== 'scorecard' && ui.modal.kind === 'none')
    return <BriefingPanel lines={p.briefing} width={columns} height={p.height} />;
  if (ui.overlay === 'scorecard' && p.scorecard !== undefined) {
    return (
      <Box flexDirection="column" height={p.height} width={columns} borderStyle="round" paddingX={1}>
        <T t="text.strong">
          {fit('Drill scorecard — v or Esc closes; printed again when you quit', columns - 4)}
        </T>
        {fitLines(p.scorecard.split('\n'), Math.max(1, p.height - 3)).map((line, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: lines of a fixed text block
          <T key={i} t={line.includes('MISSED') ? 'sla.near' : 'text.normal'}>
            {fit(line, columns - 4)}
          </T>
        ))}
      </Box>
    );
  }
  if (ui.overlay === 'runbook' && p.runbook) {
    return (
      <Box flexDirection="column" height={p.height} width={columns}>
        {modalBox()}
        <RunbookViewer
          name={p.runbook.name}
          doc={p.runbook.doc}
          top={ui.runbookTop}
          matches={p.runbook.matches}
          query={ui.runbookQuery}
          width={columns}
          height={height}
        />
      </Box>
    );
  }

  if (layout.mode === 'wide' && isWallScreen(columns, layout.rows)) {
    return (
      <Box flexDirection="column" height={p.height} width={columns}>
        {ui.modal.kind !== 'none' ? <ModalView modal={ui.modal} width={Math.min(columns, 90)} /> : null}
        <WallArea {...p} height={height} />
      </Box>
    );
  }

  const selected = ui.selected ?? p.names[0];
  const index = Math.max(0, selected === undefined ? 0 : p.names.indexOf(selected));
  const wide = layout.mode === 'wide';
  const services = (width: number, rows = height) => (
    <ServicesTable
      rows={p.rows}
      cols={layout.table}
      width={width}
      height={rows}
      offset={scrollOffset(index, 0, rows - 1, p.names.length)}
      selected={ui.focus === 'services' ? selected : undefined}
      wide={wide}
      order={ui.order}
      filter={ui.filter}
    />
  );
  const incidentColumn = (width: number, rows = height, fitChecklist = false) => {
    // Too short for both panels: the checklist alone, or the timeline once the checklist is done.
    const both = rows >= 10;
    const checklistDone = incident.checklist.rows.every((r) => r.kind !== 'item' || r.tick !== null);
    const share = Math.max(4, Math.floor(rows * 0.55));
    // Under the services table the checklist takes the rows it needs and the timeline the rest.
    const needed = fitChecklist ? Math.min(share, incident.checklist.rows.length + 3) : share;
    const checklistHeight = both ? needed : checklistDone ? 0 : rows;
    return (
      <Box flexDirection="column" width={width} height={rows}>
        {checklistHeight > 0 ? (
          <ChecklistPanel
            stage={incident.checklist.stage}
            rows={incident.checklist.rows}
            cursor={ui.checklistCursor}
            focused={ui.focus === 'checklist'}
            width={width}
            height={checklistHeight}
          />
        ) : null}
        {rows - checklistHeight > 0 ? (
          <TimelinePanel
            entries={filterTimeline(incident.entries, ui.timelineFilter)}
            filter={ui.timelineFilter}
            back={ui.timelineBack}
            focused={ui.focus === 'timeline'}
            width={width}
            height={rows - checklistHeight}
          />
        ) : null}
      </Box>
    );
  };

  let body: React.ReactNode;
  if (wide) {
    body = (
      <Box flexDirection="row" height={height} width={columns}>
        {services(layout.tableWidth)}
        <Text> </Text>
        {p.active ? (
          incidentColumn(layout.sideWidth)
        ) : (
          <EventsPanel
            events={p.store.events.slice(-height)}
            width={layout.sideWidth}
            height={height}
            feedNow={p.store.feedNow}
            {...(p.now === undefined ? {} : { now: p.now })}
          />
        )}
      </Box>
    );
  } else if (p.active && ui.focus !== 'services') {
    body = incidentColumn(columns);
  } else if (p.active) {
    // The table takes the rows it needs; the rows left over show the incident, not blank space.
    const tableRows = Math.min(height, Math.max(2, p.rows.length + 1));
    const rest = height - tableRows;
    body = (
      <Box flexDirection="column" height={height} width={columns}>
        {services(columns, rest >= 2 ? tableRows : height)}
        {rest >= 6 ? (
          incidentColumn(columns, rest, true)
        ) : rest >= 2 ? (
          <IncidentPeek
            stage={incident.checklist.stage}
            rows={incident.checklist.rows}
            entries={incident.entries}
            width={columns}
            height={rest}
          />
        ) : null}
      </Box>
    );
  } else {
    // No incident: the spare rows under the table show the feed's deploys and health changes.
    const tableRows = Math.min(height, Math.max(2, p.rows.length + 1));
    const rest = height - tableRows;
    body =
      rest >= 6 ? (
        <Box flexDirection="column" height={height} width={columns}>
          {services(columns, tableRows)}
          <EventsPanel
            events={p.store.events.slice(-rest)}
            width={columns}
            height={rest}
            feedNow={p.store.feedNow}
            {...(p.now === undefined ? {} : { now: p.now })}
          />
        </Box>
      ) : (
        services(columns)
      );
  }
  return (
    <Box flexDirection="column" height={p.height} width={columns}>
      {modalBox()}
      {body}
    </Box>
  );
}

/** Lines that fit `room`; when they do not, the last says how many more the printed card has. */
function fitLines(lines: readonly string[], room: number): string[] {
  if (lines.length <= room) return [...lines];
  const shown = lines.slice(0, Math.max(0, room - 1));
  return [...shown, `… ${lines.length - shown.length} more lines: the whole card is printed when you quit`];
}
