/**
 * The one input router, with modal priority: text entry, then overlay, then the focused panel,
 * then global keys. The first handler that uses a key stops it.
 */
import { type CommandId, type KeyContext, lookup } from '../keys/bindings.js';
import type { UiAction, UiState } from './state.js';

/** What a key press leads to. */
export type Routed = { actions: UiAction[] };

/** Context order for the current state, innermost first. */
export function contexts(state: UiState): KeyContext[] {
  if (state.editingFilter) return ['filter'];
  if (state.overlay === 'help') return ['help'];
  return ['services', 'global'];
}

function commandToActions(id: CommandId, names: readonly string[], page: number): UiAction[] {
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
    case 'nav.up':
      return [{ type: 'select/move', by: -1, names }];
    case 'nav.down':
      return [{ type: 'select/move', by: 1, names }];
    case 'nav.pageUp':
      return [{ type: 'select/move', by: -page, names }];
    case 'nav.pageDown':
      return [{ type: 'select/move', by: page, names }];
    case 'nav.top':
      return [{ type: 'select/edge', edge: 'top', names }];
    case 'nav.bottom':
      return [{ type: 'select/edge', edge: 'bottom', names }];
    default: {
      const never: never = id;
      return never;
    }
  }
}

/** Routes one key name (see keys/decode.ts) to UI actions. Ctrl+C always quits. */
export function routeKey(state: UiState, key: string, names: readonly string[], page: number): UiAction[] {
  if (key === 'ctrl+c') return [{ type: 'app/quit' }];
  for (const context of contexts(state)) {
    const binding = lookup(context, key);
    if (binding) return commandToActions(binding.id, names, page);
    if (context === 'filter') {
      if (key === 'backspace') return [{ type: 'filter/backspace' }];
      if ([...key].length === 1) return [{ type: 'filter/input', text: key }];
      if (key === 'space') return [{ type: 'filter/input', text: ' ' }];
      return [];
    }
    if (context === 'help') {
      if (key === 'down' || key === 'j') return [{ type: 'help/scroll', by: 1 }];
      if (key === 'up' || key === 'k') return [{ type: 'help/scroll', by: -1 }];
      return [];
    }
  }
  return [];
}
