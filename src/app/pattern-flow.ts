/** Naming the incident's pattern as an action: "this is it" from the hint, or a pick from the known patterns. */
import { patternNote } from '../drill/score-pattern.js';
import { HINT_PATTERNS, PATTERN_INFO } from '../patterns/catalog.js';
import type { UiAction } from '../ui/state.js';
import { type FlowDeps, note, open, replace } from './flow-kit.js';

/** The hint picker's option that records the hint's pattern. */
export const NAME_PATTERN = '__name-pattern';
/** The hint picker's option that opens the list of known patterns. */
export const NAME_OTHER = '__name-other';

/** The options a hint picker leads with while an incident is open. */
export function namingOptions(name: string): { id: string; label: string; hint: string }[] {
  return [
    {
      id: NAME_PATTERN,
      label: `✓ This is it: record "${name}" as the pattern`,
      hint: 'written to the timeline',
    },
    { id: NAME_OTHER, label: '… Another pattern', hint: 'choose from the known patterns' },
  ];
}

/** The list of known patterns to name one from (`replace` when it follows another modal). */
export function patternPicker(asNext = false): UiAction[] {
  const modal = {
    kind: 'picker' as const,
    purpose: 'pattern-name',
    label: 'Which pattern is this? (recorded in the timeline)',
    options: HINT_PATTERNS.map((id) => ({ id, label: PATTERN_INFO[id].name, hint: id })),
    index: 0,
  };
  return asNext ? replace(modal) : open(modal);
}

/** Records the pattern named; a write failure becomes a message. */
export function recordPattern(deps: FlowDeps, id: string): UiAction[] {
  const name = (PATTERN_INFO as Record<string, { name: string } | undefined>)[id]?.name ?? id;
  try {
    deps.session.record({ type: 'note/added', text: patternNote(id, name) });
    return [{ type: 'modal/close' }, ...note(`pattern recorded: ${name}`)];
  } catch (error) {
    return [{ type: 'modal/close' }, ...note(`not saved: ${(error as Error).message}`, true)];
  }
}
