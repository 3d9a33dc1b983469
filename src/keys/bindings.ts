/**
 * Every key binding, as data. The footer, the help overlay and the README's key table are all
 * generated from this table (a test fails when the README drifts).
 */

import { activeBindings } from './overrides.js';

/** Where a binding applies; the input router tries the innermost context first. */
export type KeyContext =
  | 'global'
  | 'services'
  | 'incident'
  | 'drill'
  | 'checklist'
  | 'timeline'
  | 'help'
  | 'runbook'
  | 'scorecard'
  | 'compose-edit'
  | 'compose-review'
  | 'output'
  | 'catchup'
  | 'outbox'
  | 'filter';

/** A command the user can trigger. */
export type CommandId =
  | 'app.quit'
  | 'app.help'
  | 'services.filter'
  | 'services.order'
  | 'incident.declare'
  | 'incident.ack'
  | 'incident.severity'
  | 'incident.status'
  | 'incident.roles'
  | 'incident.note'
  | 'incident.resolve'
  | 'panel.next'
  | 'panel.prev'
  | 'checklist.tick'
  | 'timeline.filter'
  | 'runbook.open'
  | 'runbook.toc'
  | 'runbook.search'
  | 'runbook.next'
  | 'runbook.prev'
  | 'runbook.close'
  | 'drill.pause'
  | 'drill.slower'
  | 'drill.faster'
  | 'drill.back'
  | 'drill.forward'
  | 'drill.score'
  | 'scorecard.close'
  | 'patterns.hint'
  | 'comms.compose'
  | 'commands.palette'
  | 'webhooks.palette'
  | 'output.show'
  | 'output.close'
  | 'output.cancel'
  | 'compose.done'
  | 'compose.close'
  | 'compose.copy'
  | 'compose.post'
  | 'compose.both'
  | 'compose.edit'
  | 'compose.discard'
  | 'compose.hide'
  | 'outbox.open'
  | 'outbox.retry'
  | 'outbox.drop'
  | 'outbox.close'
  | 'nav.up'
  | 'nav.down'
  | 'nav.pageUp'
  | 'nav.pageDown'
  | 'nav.top'
  | 'nav.bottom'
  | 'overlay.close'
  | 'filter.apply'
  | 'filter.cancel'
  | 'catchup.open'
  | 'catchup.close';

/** One row of the key table. */
export type Binding = {
  readonly id: CommandId;
  readonly keys: readonly string[];
  readonly description: string;
  readonly category:
    | 'General'
    | 'Incident'
    | 'Services'
    | 'Checklist'
    | 'Timeline'
    | 'Runbook'
    | 'Drill'
    | 'Comms'
    | 'Commands'
    | 'Navigation'
    | 'Overlays';
  readonly context: KeyContext;
  /** Shown in the footer hint bar. */
  readonly visible: boolean;
  /** Does something real (a command, a post); the UI asks before it runs. */
  readonly dangerous?: boolean;
  /** Short label for the footer. */
  readonly hint?: string;
};

/** The key table. Key names: single characters, or up/down/pageup/pagedown/home/end/enter/escape/tab/space/ctrl+c. */
// biome-ignore format: one binding per line reads as a table
export const BINDINGS: readonly Binding[] = [
  { id: 'app.quit', keys: ['q', 'ctrl+c'], description: 'Quit and restore the terminal', category: 'General', context: 'global', visible: true, hint: 'quit' },
  { id: 'app.help', keys: ['?'], description: 'Show or hide this help', category: 'General', context: 'global', visible: true, hint: 'help' },
  { id: 'panel.next', keys: ['tab'], description: 'Next panel: services, checklist, timeline', category: 'General', context: 'global', visible: true, hint: 'panel' },
  { id: 'panel.prev', keys: ['shift+tab'], description: 'Previous panel', category: 'General', context: 'global', visible: false },
  { id: 'incident.declare', keys: ['d'], description: 'Declare an incident: title, then severity', category: 'Incident', context: 'global', visible: true, hint: 'declare' },
  { id: 'incident.ack', keys: ['a'], description: 'Acknowledge the incident', category: 'Incident', context: 'incident', visible: true, hint: 'ack' },
  { id: 'incident.severity', keys: ['s'], description: 'Change severity, with a reason', category: 'Incident', context: 'incident', visible: true, hint: 'sev' },
  { id: 'incident.status', keys: ['S'], description: 'Change status; reopen or close once resolved', category: 'Incident', context: 'incident', visible: true, hint: 'status' },
  { id: 'incident.roles', keys: ['r'], description: 'Assign or clear a role', category: 'Incident', context: 'incident', visible: true, hint: 'roles' },
  { id: 'incident.note', keys: ['n'], description: 'Add a note to the timeline', category: 'Incident', context: 'incident', visible: true, hint: 'note' },
  { id: 'incident.resolve', keys: ['R'], description: 'Resolve; before the watch is over it asks for an override', category: 'Incident', context: 'incident', visible: true, hint: 'resolve' },
  { id: 'checklist.tick', keys: ['space', 'x'], description: 'Tick or untick the selected item', category: 'Checklist', context: 'checklist', visible: true, hint: 'tick' },
  { id: 'timeline.filter', keys: ['f'], description: 'Filter the timeline by kind', category: 'Timeline', context: 'timeline', visible: true, hint: 'kind' },
  { id: 'runbook.open', keys: ['b'], description: 'Open the runbook at the section for this stage', category: 'Runbook', context: 'global', visible: true, hint: 'runbook' },
  { id: 'runbook.toc', keys: ['t'], description: 'Runbook: jump to a heading', category: 'Runbook', context: 'runbook', visible: true, hint: 'contents' },
  { id: 'runbook.search', keys: ['/'], description: 'Runbook: search', category: 'Runbook', context: 'runbook', visible: true, hint: 'search' },
  { id: 'runbook.next', keys: ['n'], description: 'Runbook: next match', category: 'Runbook', context: 'runbook', visible: true, hint: 'next' },
  { id: 'runbook.prev', keys: ['N'], description: 'Runbook: previous match', category: 'Runbook', context: 'runbook', visible: false },
  { id: 'patterns.hint', keys: ['h'], description: "Pattern hint: the evidence, the runbook's first actions, the matching command", category: 'Commands', context: 'global', visible: true, hint: 'hint' },
  { id: 'comms.compose', keys: ['u'], description: 'Compose a status update from the runbook templates', category: 'Comms', context: 'incident', visible: true, hint: 'update' },
  { id: 'commands.palette', keys: ['c'], description: 'Quick commands: shown exactly, confirmed, output in a pane', category: 'Commands', context: 'global', visible: true, dangerous: true, hint: 'commands' },
  { id: 'webhooks.palette', keys: ['w'], description: 'Webhooks from the runbook', category: 'Commands', context: 'global', visible: true, dangerous: true, hint: 'webhooks' },
  { id: 'output.show', keys: ['O'], description: "Show the last command's output", category: 'Commands', context: 'global', visible: false },
  { id: 'output.cancel', keys: ['ctrl+c'], description: 'Output pane: stop the running command', category: 'Commands', context: 'output', visible: true, hint: 'stop' },
  { id: 'output.close', keys: ['escape', 'q'], description: 'Output pane: close (a running command goes on)', category: 'Commands', context: 'output', visible: true, hint: 'close' },
  { id: 'outbox.open', keys: ['m'], description: 'Outbox: every delivery per target; retry now or drop', category: 'Comms', context: 'incident', visible: false },
  { id: 'outbox.retry', keys: ['r'], description: 'Outbox: retry the selected delivery now', category: 'Comms', context: 'outbox', visible: true, hint: 'retry now' },
  { id: 'outbox.drop', keys: ['x'], description: 'Outbox: drop the selected delivery (asks first)', category: 'Comms', context: 'outbox', visible: true, dangerous: true, hint: 'drop' },
  { id: 'outbox.close', keys: ['escape', 'm', 'q'], description: 'Close the outbox', category: 'Comms', context: 'outbox', visible: true, hint: 'close' },
  { id: 'compose.done', keys: ['ctrl+d'], description: 'Composer: done editing, review and send', category: 'Comms', context: 'compose-edit', visible: true, hint: 'review' },
  { id: 'compose.close', keys: ['escape', 'ctrl+c'], description: 'Composer, editing: close; the draft is kept for u', category: 'Comms', context: 'compose-edit', visible: true, hint: 'close' },
  { id: 'compose.copy', keys: ['c'], description: 'Composer: copy to the clipboard (OSC 52, works over SSH)', category: 'Comms', context: 'compose-review', visible: true, hint: 'copy' },
  { id: 'compose.post', keys: ['p'], description: 'Composer: post to the configured targets (asks first)', category: 'Comms', context: 'compose-review', visible: true, dangerous: true, hint: 'post' },
  { id: 'compose.both', keys: ['b'], description: 'Composer: copy and post (asks first)', category: 'Comms', context: 'compose-review', visible: true, dangerous: true, hint: 'both' },
  { id: 'compose.edit', keys: ['e'], description: 'Composer: back to editing', category: 'Comms', context: 'compose-review', visible: true, hint: 'edit' },
  { id: 'compose.discard', keys: ['X'], description: 'Composer: discard the draft', category: 'Comms', context: 'compose-review', visible: false },
  { id: 'drill.pause', keys: ['p'], description: 'Drill: pause or resume the replay and its clocks', category: 'Drill', context: 'drill', visible: true, hint: 'pause' },
  { id: 'drill.slower', keys: ['<'], description: 'Drill: slower (60x … 1x)', category: 'Drill', context: 'drill', visible: true, hint: 'slower' },
  { id: 'drill.faster', keys: ['>'], description: 'Drill: faster (1x … 60x)', category: 'Drill', context: 'drill', visible: true, hint: 'faster' },
  { id: 'drill.back', keys: ['['], description: 'Drill: seek back one minute of scenario time', category: 'Drill', context: 'drill', visible: false },
  { id: 'drill.forward', keys: [']'], description: 'Drill: seek forward one minute of scenario time', category: 'Drill', context: 'drill', visible: false },
  { id: 'drill.score', keys: ['v'], description: 'Drill: show the scorecard so far', category: 'Drill', context: 'drill', visible: true, hint: 'score' },
  { id: 'compose.hide', keys: ['escape', 'q'], description: 'Composer, reviewing: close; the draft is kept for u', category: 'Comms', context: 'compose-review', visible: true, hint: 'close' },
  { id: 'scorecard.close', keys: ['escape', 'v', 'q'], description: 'Close the scorecard', category: 'Drill', context: 'scorecard', visible: true, hint: 'close' },
  { id: 'services.filter', keys: ['/'], description: 'Filter services by name', category: 'Services', context: 'services', visible: true, hint: 'filter' },
  { id: 'services.order', keys: ['o'], description: 'Order services worst first or by name', category: 'Services', context: 'services', visible: true, hint: 'order' },
  { id: 'nav.up', keys: ['up', 'k'], description: 'Move up in the focused panel', category: 'Navigation', context: 'global', visible: false },
  { id: 'nav.down', keys: ['down', 'j'], description: 'Move down in the focused panel', category: 'Navigation', context: 'global', visible: true, hint: 'move' },
  { id: 'nav.pageUp', keys: ['pageup'], description: 'Up one page', category: 'Navigation', context: 'global', visible: false },
  { id: 'nav.pageDown', keys: ['pagedown'], description: 'Down one page', category: 'Navigation', context: 'global', visible: false },
  { id: 'nav.top', keys: ['g', 'home'], description: 'Jump to the top', category: 'Navigation', context: 'global', visible: false },
  { id: 'nav.bottom', keys: ['G', 'end'], description: 'Jump to the bottom', category: 'Navigation', context: 'global', visible: false },
  { id: 'overlay.close', keys: ['escape', '?', 'q'], description: 'Close the help', category: 'Overlays', context: 'help', visible: true, hint: 'close' },
  { id: 'runbook.close', keys: ['escape', 'b', 'q'], description: 'Close the runbook', category: 'Runbook', context: 'runbook', visible: true, hint: 'close' },
  { id: 'filter.apply', keys: ['enter'], description: 'Keep the filter and return to the list', category: 'Overlays', context: 'filter', visible: true, hint: 'keep' },
  { id: 'catchup.open', keys: ['C'], description: 'Catch up: what happened since you joined or last looked', category: 'Incident', context: 'incident', visible: true, hint: 'catch-up' },
  { id: 'catchup.close', keys: ['escape', 'C', 'q'], description: 'Close the catch-up', category: 'Incident', context: 'catchup', visible: true, hint: 'close' },
  { id: 'filter.cancel', keys: ['escape'], description: 'Clear the filter', category: 'Overlays', context: 'filter', visible: true, hint: 'clear' },
];

/** The binding for a key in a context, if any. */
export function lookup(
  context: KeyContext,
  key: string,
  table: readonly Binding[] = activeBindings(),
): Binding | undefined {
  return table.find((b) => b.context === context && b.keys.includes(key));
}

/** How a key name is written for people: "space", "↑", "PgDn", "Ctrl+C". */
export function keyLabel(key: string): string {
  const labels: Record<string, string> = {
    up: '↑',
    down: '↓',
    pageup: 'PgUp',
    pagedown: 'PgDn',
    home: 'Home',
    end: 'End',
    enter: 'Enter',
    escape: 'Esc',
    tab: 'Tab',
    'shift+tab': 'Shift+Tab',
    space: 'Space',
    'ctrl+c': 'Ctrl+C',
    'ctrl+d': 'Ctrl+D',
  };
  return labels[key] ?? key;
}
