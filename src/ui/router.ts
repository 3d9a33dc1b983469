/**
 * The one input router, with modal priority: an open modal, then text entry, then an overlay,
 * then the focused panel, then incident keys, then global keys. The first that uses a key stops it.
 */
import { type CommandId, type KeyContext, keyLabel, lookup } from '../keys/bindings.js';
import { refused } from '../keys/read-only.js';
import type { UiAction, UiState } from './state.js';

/** A step the key leads to: a screen action, or a command for the controller. */
export type Step = UiAction | { readonly type: 'command'; readonly id: CommandId };

/** What the router needs to know about the world. */
export type RouteContext = {
  /** Visible service names, in order. */
  readonly names: readonly string[];
  /** Rows in a page. */
  readonly page: number;
  /** Items in the checklist shown now. */
  readonly checklistCount: number;
  /** Whether an incident is open (incident keys work only then). */
  readonly incident: boolean;
  /** Whether a drill is running (drill keys work only then). */
  readonly drill?: boolean;
  /** The last top line the runbook viewer can scroll to. */
  readonly runbookMax?: number;
  /** How far back the output pane can scroll. */
  readonly outputMax?: number;
  /** Rows in the outbox panel. */
  readonly outboxCount?: number;
};

/** Context order for the current state, innermost first (modals are handled before this). */
export function contexts(state: UiState, incident: boolean, drill = false): KeyContext[] {
  if (state.editingFilter) return ['filter'];
  if (state.overlay === 'help') return ['help'];
  if (state.overlay === 'runbook') return ['runbook'];
  if (state.overlay === 'scorecard') return ['scorecard'];
  if (state.overlay === 'output') return ['output'];
  if (state.overlay === 'catchup') return ['catchup'];
  if (state.overlay === 'outbox') return ['outbox'];
  if (state.overlay === 'composer')
    return [state.draft?.mode === 'review' ? 'compose-review' : 'compose-edit'];
  const focus: KeyContext = state.focus;
  return [
    focus,
    ...(drill ? (['drill'] as const) : []),
    ...(incident ? (['incident'] as const) : []),
    'global',
  ];
}

function move(state: UiState, by: number, ctx: RouteContext): UiAction[] {
  switch (state.focus) {
    case 'services':
      return [{ type: 'select/move', by, names: ctx.names }];
    case 'checklist':
      return [{ type: 'checklist/move', by, count: ctx.checklistCount }];
    case 'timeline':
      return [{ type: 'timeline/scroll', by }];
    default: {
      const never: never = state.focus;
      return never;
    }
  }
}

function commandSteps(id: CommandId, state: UiState, ctx: RouteContext): Step[] {
  switch (id) {
    case 'app.quit':
      return [{ type: 'app/quit' }];
    case 'app.help':
      return [{ type: 'help/toggle' }];
    case 'overlay.close':
      return [{ type: 'help/close' }];
    case 'services.filter':
      return [{ type: 'filter/start' }];
    case 'services.order':
      return [{ type: 'order/toggle' }];
    case 'filter.apply':
      return [{ type: 'filter/apply' }];
    case 'filter.cancel':
      return [{ type: 'filter/cancel' }];
    case 'panel.next':
      return [{ type: 'focus/cycle', by: 1 }];
    case 'panel.prev':
      return [{ type: 'focus/cycle', by: -1 }];
    case 'timeline.filter':
      return [{ type: 'timeline/filter' }];
    case 'nav.up':
      return move(state, -1, ctx);
    case 'nav.down':
      return move(state, 1, ctx);
    case 'nav.pageUp':
      return move(state, -ctx.page, ctx);
    case 'nav.pageDown':
      return move(state, ctx.page, ctx);
    case 'nav.top':
      return state.focus === 'services'
        ? [{ type: 'select/edge', edge: 'top', names: ctx.names }]
        : move(state, -10_000, ctx);
    case 'nav.bottom':
      return state.focus === 'services'
        ? [{ type: 'select/edge', edge: 'bottom', names: ctx.names }]
        : move(state, 10_000, ctx);
    case 'runbook.close':
    case 'scorecard.close':
    case 'output.close':
    case 'compose.close':
    case 'compose.hide':
    case 'catchup.close':
    case 'outbox.close':
      return [{ type: 'help/close' }];
    case 'compose.done':
      return [{ type: 'draft/mode', mode: 'review' }];
    case 'compose.edit':
      return [{ type: 'draft/mode', mode: 'edit' }];
    case 'compose.discard':
      return [{ type: 'draft/discard' }, { type: 'notice', text: 'draft discarded' }];
    case 'patterns.hint':
    case 'comms.compose':
    case 'commands.palette':
    case 'webhooks.palette':
    case 'outbox.open':
    case 'outbox.retry':
    case 'outbox.drop':
    case 'output.show':
    case 'output.cancel':
    case 'compose.copy':
    case 'compose.post':
    case 'compose.both':
    case 'drill.pause':
    case 'drill.slower':
    case 'drill.faster':
    case 'drill.back':
    case 'drill.forward':
    case 'drill.score':
    case 'runbook.open':
    case 'runbook.toc':
    case 'runbook.search':
    case 'runbook.next':
    case 'runbook.prev':
    case 'incident.declare':
    case 'incident.ack':
    case 'incident.severity':
    case 'incident.status':
    case 'incident.roles':
    case 'incident.note':
    case 'incident.resolve':
    case 'checklist.tick':
    case 'catchup.open':
      return [{ type: 'command', id }];
    default: {
      const never: never = id;
      return never;
    }
  }
}

/** Routes one key name (see keys/decode.ts) when no modal is open. Ctrl+C always quits. */
export function routeKey(state: UiState, key: string, ctx: RouteContext): Step[] {
  // Ctrl+C quits, except where it means "stop this" (a running command, an open draft).
  if (key === 'ctrl+c' && state.overlay !== 'output' && state.overlay !== 'composer')
    return [{ type: 'app/quit' }];
  for (const context of contexts(state, ctx.incident, ctx.drill)) {
    const binding = lookup(context, key);
    if (binding && refused(binding))
      return [{ type: 'notice', text: `${keyLabel(key)}: ${binding.description.toLowerCase()}: read-only seat`, error: true }];
    if (binding) return commandSteps(binding.id, state, ctx);
    if (context === 'filter') {
      if (key === 'backspace') return [{ type: 'filter/backspace' }];
      if (key === 'space') return [{ type: 'filter/input', text: ' ' }];
      if ([...key].length === 1) return [{ type: 'filter/input', text: key }];
      return [];
    }
    if (context === 'compose-edit') return [{ type: 'draft/key', key }];
    if (context === 'runbook') {
      const max = ctx.runbookMax ?? 0;
      const by: Record<string, number> = {
        down: 1,
        j: 1,
        up: -1,
        k: -1,
        pagedown: ctx.page,
        pageup: -ctx.page,
        space: ctx.page,
        g: -1e9,
        home: -1e9,
        G: 1e9,
        end: 1e9,
      };
      const step = by[key];
      return step === undefined ? [] : [{ type: 'runbook/scroll', by: step, max }];
    }
    if (context === 'output') {
      // Back is counted from the newest row: k and PgUp go back, j and PgDn come forward.
      const by: Record<string, number> = {
        up: 1,
        k: 1,
        down: -1,
        j: -1,
        pageup: ctx.page,
        pagedown: -ctx.page,
        g: 1e9,
        home: 1e9,
        G: -1e9,
        end: -1e9,
      };
      const step = by[key];
      return step === undefined ? [] : [{ type: 'output/scroll', by: step, max: ctx.outputMax ?? 0 }];
    }
    if (context === 'outbox') {
      const by: Record<string, number> = { down: 1, j: 1, up: -1, k: -1, g: -1e9, home: -1e9, G: 1e9, end: 1e9 };
      const step = by[key];
      return step === undefined ? [] : [{ type: 'outbox/move', by: step, count: ctx.outboxCount ?? 0 }];
    }
    if (context === 'help') {
      if (key === 'down' || key === 'j') return [{ type: 'help/scroll', by: 1 }];
      if (key === 'up' || key === 'k') return [{ type: 'help/scroll', by: -1 }];
      return [];
    }
  }
  // A key that means something only during an incident or a drill says so, rather than nothing.
  if (state.overlay === 'none' && !state.editingFilter) {
    const later = (!ctx.incident && lookup('incident', key)) || (!ctx.drill && lookup('drill', key));
    if (later && refused(later))
      return [{ type: 'notice', text: `${keyLabel(key)}: ${later.description.toLowerCase()}: read-only seat`, error: true }];
    if (later) {
      const why =
        later.context === 'incident'
          ? 'no incident is open (d declares one)'
          : 'only in a drill (warroom drill)';
      return [{ type: 'notice', text: `${keyLabel(key)}: ${later.description.toLowerCase()}: ${why}` }];
    }
  }
  return [];
}
