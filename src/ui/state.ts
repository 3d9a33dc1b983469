/** The screen's own state (what is open, selected, filtered): a pure reducer. */
import { type EditorState, editorKey } from './editor.js';
import { type Modal, NO_MODAL } from './modal.js';

/** An update being written; kept when the composer closes so nothing typed is lost. */
export type Draft = {
  readonly template?: string;
  readonly editor: EditorState;
  readonly mode: 'edit' | 'review';
  /** The next-update time the template wrote into the text, recorded with the post for the clock. */
  readonly nextUpdateAt?: number;
};
import type { Order } from './view/service-rows.js';

/** The panels Tab moves between. */
export const PANELS = ['services', 'checklist', 'timeline'] as const;
export type Panel = (typeof PANELS)[number];

/** Kinds the timeline can be narrowed to (f cycles through them). */
export const TIMELINE_FILTERS = [
  'all',
  'severity',
  'status',
  'checklist',
  'roles',
  'notes',
  'comms',
  'clocks',
] as const;
export type TimelineFilter = (typeof TIMELINE_FILTERS)[number];

/** What the screen is showing and where the user is. */
export type UiState = {
  readonly overlay: 'none' | 'help' | 'runbook' | 'scorecard' | 'composer' | 'output' | 'catchup' | 'outbox';
  /** The row selected in the outbox panel. */
  readonly outboxCursor?: number;
  /** The first event the catch-up shows (those since the last look). */
  readonly catchupFrom?: number;
  readonly filter: string;
  readonly editingFilter: boolean;
  /** The filter before editing began, restored by Esc. */
  readonly filterBefore: string;
  readonly order: Order;
  readonly selected: string | undefined;
  readonly helpScroll: number;
  /** Rows the output pane is scrolled back from the newest (0 follows the output). */
  readonly outputBack: number;
  readonly quitting: boolean;
  readonly focus: Panel;
  readonly modal: Modal;
  readonly checklistCursor: number;
  readonly timelineFilter: TimelineFilter;
  /** Lines scrolled up from the newest timeline entry. */
  readonly timelineBack: number;
  /** A one-line message for the user (what happened, or what went wrong). */
  /** `busy`: something is under way (posting, sending); its outcome follows as another notice. */
  readonly notice:
    | { readonly text: string; readonly error: boolean; readonly warn?: boolean; readonly busy?: boolean }
    | undefined;
  /** First line of the runbook viewer's window. */
  readonly runbookTop: number;
  readonly runbookQuery: string;
  readonly draft: Draft | undefined;
};

/** Actions on the screen state; list-relative moves carry the visible names. */
export type UiAction =
  | { type: 'help/toggle' }
  | { type: 'help/close' }
  | { type: 'help/scroll'; by: number }
  | { type: 'order/toggle' }
  | { type: 'filter/start' }
  | { type: 'filter/input'; text: string }
  | { type: 'filter/backspace' }
  | { type: 'filter/apply' }
  | { type: 'filter/cancel' }
  | { type: 'select/move'; by: number; names: readonly string[] }
  | { type: 'select/edge'; edge: 'top' | 'bottom'; names: readonly string[] }
  | { type: 'app/quit' }
  | { type: 'focus/cycle'; by: number }
  | { type: 'focus/set'; panel: Panel }
  | { type: 'modal/open'; modal: Modal }
  | { type: 'modal/update'; modal: Modal }
  | { type: 'modal/close' }
  | { type: 'checklist/move'; by: number; count: number }
  | { type: 'timeline/scroll'; by: number }
  | { type: 'timeline/filter' }
  | { type: 'notice'; text: string; error?: boolean; warn?: boolean; busy?: boolean }
  | { type: 'notice/clear' }
  | { type: 'runbook/open'; top: number }
  | { type: 'runbook/scroll'; by: number; max: number }
  | { type: 'runbook/jump'; line: number; max: number }
  | { type: 'runbook/search'; query: string }
  | { type: 'scorecard/open' }
  | { type: 'catchup/open'; from: number }
  | { type: 'overlay/open'; overlay: UiState['overlay'] }
  | { type: 'output/scroll'; by: number; max: number }
  | { type: 'outbox/move'; by: number; count: number }
  | { type: 'draft/start'; draft: Draft }
  | { type: 'draft/key'; key: string }
  | { type: 'draft/mode'; mode: Draft['mode'] }
  | { type: 'draft/discard' };

/** The state a fresh dashboard starts in. */
export const INITIAL_UI: UiState = {
  overlay: 'none',
  filter: '',
  editingFilter: false,
  filterBefore: '',
  order: 'worst',
  selected: undefined,
  helpScroll: 0,
  outputBack: 0,
  quitting: false,
  focus: 'services',
  modal: NO_MODAL,
  checklistCursor: 0,
  timelineFilter: 'all',
  timelineBack: 0,
  notice: undefined,
  runbookTop: 0,
  runbookQuery: '',
  draft: undefined,
};

function move(selected: string | undefined, names: readonly string[], by: number): string | undefined {
  if (names.length === 0) return selected;
  // No selection (or a service that left the list) means the first row, which is highlighted.
  const at = selected === undefined ? 0 : Math.max(0, names.indexOf(selected));
  const next = Math.max(0, Math.min(names.length - 1, at + by));
  return names[next];
}

/** Applies one action. */
export function uiReducer(state: UiState, action: UiAction): UiState {
  switch (action.type) {
    case 'help/toggle':
      return { ...state, overlay: state.overlay === 'help' ? 'none' : 'help', helpScroll: 0 };
    case 'help/close':
      return { ...state, overlay: 'none' };
    case 'help/scroll':
      return { ...state, helpScroll: Math.max(0, state.helpScroll + action.by) };
    case 'order/toggle':
      return { ...state, order: state.order === 'worst' ? 'name' : 'worst' };
    case 'filter/start':
      return { ...state, editingFilter: true, filterBefore: state.filter };
    case 'filter/input':
      return { ...state, filter: (state.filter + action.text).slice(0, 60) };
    case 'filter/backspace':
      return { ...state, filter: [...state.filter].slice(0, -1).join('') };
    case 'filter/apply':
      return { ...state, editingFilter: false };
    case 'filter/cancel':
      return { ...state, editingFilter: false, filter: '' };
    case 'select/move':
      return { ...state, selected: move(state.selected, action.names, action.by) };
    case 'select/edge':
      return { ...state, selected: action.edge === 'top' ? action.names[0] : action.names.at(-1) };
    case 'app/quit':
      return { ...state, quitting: true };
    case 'focus/cycle': {
      const at = PANELS.indexOf(state.focus);
      return { ...state, focus: PANELS[(at + action.by + PANELS.length) % PANELS.length]! };
    }
    case 'focus/set':
      return { ...state, focus: action.panel };
    case 'modal/open':
    case 'modal/update':
      return { ...state, modal: action.modal };
    case 'modal/close':
      return { ...state, modal: NO_MODAL };
    case 'checklist/move': {
      const max = Math.max(0, action.count - 1);
      return { ...state, checklistCursor: Math.max(0, Math.min(max, state.checklistCursor + action.by)) };
    }
    case 'timeline/scroll':
      return { ...state, timelineBack: Math.max(0, state.timelineBack - action.by) };
    case 'timeline/filter': {
      const at = TIMELINE_FILTERS.indexOf(state.timelineFilter);
      return {
        ...state,
        timelineFilter: TIMELINE_FILTERS[(at + 1) % TIMELINE_FILTERS.length]!,
        timelineBack: 0,
      };
    }
    case 'notice':
      return {
        ...state,
        notice: {
          text: action.text,
          error: action.error ?? false,
          ...(action.warn ? { warn: true } : {}),
          ...(action.busy ? { busy: true } : {}),
        },
      };
    case 'notice/clear':
      return { ...state, notice: undefined };
    case 'runbook/open':
      return { ...state, overlay: 'runbook', runbookTop: action.top };
    case 'runbook/scroll':
      return { ...state, runbookTop: Math.max(0, Math.min(action.max, state.runbookTop + action.by)) };
    case 'runbook/jump':
      return { ...state, overlay: 'runbook', runbookTop: Math.max(0, Math.min(action.max, action.line)) };
    case 'runbook/search':
      return { ...state, runbookQuery: action.query };
    case 'scorecard/open':
      return { ...state, overlay: 'scorecard' };
    case 'outbox/move': {
      const at = (state.outboxCursor ?? 0) + action.by;
      return { ...state, outboxCursor: Math.max(0, Math.min(action.count - 1, at)) };
    }
    case 'catchup/open':
      return { ...state, overlay: 'catchup', catchupFrom: action.from };
    case 'overlay/open':
      return {
        ...state,
        overlay: action.overlay,
        ...(action.overlay === 'output' ? { outputBack: 0 } : {}),
        ...(action.overlay === 'outbox' ? { outboxCursor: 0 } : {}),
      };
    case 'output/scroll':
      return { ...state, outputBack: Math.max(0, Math.min(action.max, state.outputBack + action.by)) };
    case 'draft/start':
      return { ...state, draft: action.draft, overlay: 'composer' };
    case 'draft/key':
      return state.draft
        ? { ...state, draft: { ...state.draft, editor: editorKey(state.draft.editor, action.key) } }
        : state;
    case 'draft/mode':
      return state.draft
        ? { ...state, draft: { ...state.draft, mode: action.mode }, overlay: 'composer' }
        : state;
    case 'draft/discard':
      return { ...state, draft: undefined, overlay: 'none' };
    default: {
      const never: never = action;
      return never;
    }
  }
}
