/**
 * Headings the importer could not read, for the report's "not understood" part: a heading shaped like
 * a level ("Severity: ???", "P? - Unknown") that gave no level, and a stage heading ("Phase 3",
 * a heading over task items) that names no stage.
 */
import { guessStage } from './checklists.js';
import { readLevel } from './level-names.js';
import type { RunbookNode } from './lex.js';
import type { SeverityBook } from './severity-book.js';
import { severityHeading } from './severity-sections.js';
import type { ChecklistDraft } from './types.js';

/** A heading that could not be read, and what would make it readable. */
export interface UnreadHeading {
  readonly field: string;
  readonly line: number;
  readonly detail: string;
}

// "Severity: ???", "Priority - unknown": a level word, a separator, then what should be the level.
const WORD_THEN_LEVEL = /^(?:severity|priority|prio|sev|level)\s*[:#\-–—]\s*(\S.{0,29})$/i;
// "Sev three", "Severity ?": a level word and a number in words or a placeholder, perhaps a name after it.
const WORD_NUMBER = /^(?:severity|priority|prio|sev|level)\s+(?:\?+|x|tbd|n|zero|one|two|three|four|five|i{1,3}|iv|v)(?:\s*[:(\-–—].*)?$/i;
// Words that make a heading about levels in general ("Severity levels", "Priority matrix").
const ABOUT_LEVELS =
  /\b(levels?|matrix|definitions?|guide|guidance|overview|table|model|policy|scale|assessment|classification|criteria|examples?|and|or|how|what|when|which|changes?|escalation|slas?|response|rules?)\b|^(of|for|to|by|in|the|a|an|vs)\b/i;
// "P? - Unknown", "SEV-X", "SEV TBD": an id whose number is a placeholder.
const PLACEHOLDER_ID = /^(?:P|SEV)[- ]?(?:\?+|x{1,2}|#|n|tbd|_+)(?=$|[\s:(\-–—])/i;

const LEVEL_FIX = 'write it as an id with a number and, if you like, a name: "SEV2 - Major", "P3 (Low)" or "Severity 1"';
const STAGE_FIX = 'start it with a stage word: Triage, Mitigation, Resolution, Verify or Post-incident';

/** Headings shaped like a level that gave none (a level read elsewhere under that name is not reported). */
export function unreadLevelHeadings(nodes: readonly RunbookNode[], book: SeverityBook): UnreadHeading[] {
  return nodes.flatMap((node): UnreadHeading[] => {
    if (node.kind !== 'heading' || node.text.length > 60) return [];
    const word = WORD_THEN_LEVEL.exec(node.text);
    const shaped = PLACEHOLDER_ID.test(node.text) || WORD_NUMBER.test(node.text) || (word !== null && !ABOUT_LEVELS.test(word[1] ?? ''));
    if (!shaped || severityHeading(node).length > 0) return [];
    const known = readLevel(node.text);
    if (known && book.get(known.id)) return [];
    return [{ field: 'severities', line: node.line, detail: `heading "${node.text}" looks like a severity level but is not one I can read; ${LEVEL_FIX}` }];
  });
}

// "Phase 3", "Stage two": a heading that says it is a stage of the response (a "Step" is not a stage).
const STAGE_SHAPED = /^(?:phase|stage)\b/i;

/**
 * Stage headings that name no stage: a "Phase"/"Stage" heading with a list under it, and the heading
 * of a checklist whose stage had to be assumed.
 */
export function unreadStageHeadings(nodes: readonly RunbookNode[], checklists: readonly ChecklistDraft[]): UnreadHeading[] {
  const out = new Map<number, UnreadHeading>();
  for (const list of checklists) {
    if (!list.stageAssumed) continue;
    const detail = `heading "${list.title}" names no stage, so its checklist was put under "during"; ${STAGE_FIX}`;
    out.set(list.line, { field: `checklists.${list.id}.stage`, line: list.line, detail });
  }
  for (const node of nodes) {
    if (node.kind !== 'list') continue;
    const h = node.path[node.path.length - 1];
    if (!h || out.has(h.line) || !STAGE_SHAPED.test(h.text) || node.path.some((p) => guessStage(p.text))) continue;
    // "1. **Triage**" items under it name their own stages.
    if (node.items.some((i) => guessStage(i.text.split(/[:–—]/)[0] ?? ''))) continue;
    out.set(h.line, { field: 'checklists', line: h.line, detail: `heading "${h.text}" names no stage, so its steps are not a checklist; ${STAGE_FIX}` });
  }
  return [...out.values()].sort((a, b) => a.line - b.line);
}
