/** Checklists from task items (`- [ ]`), grouped by heading, with a stage guessed from the heading. */
import { slug } from './inline.js';
import type { ListItemNode, RunbookNode } from './lex.js';
import type { ChecklistDraft, Stage } from './types.js';

const STAGES: ReadonlyArray<readonly [RegExp, Stage]> = [
  [/triage|assess|initial|detect|declar|acknowledg|first|intake|assign sever/i, 'triage'],
  [/verif|validat|confirm|check the fix/i, 'verify'],
  [/resolution|resolv|recover|clos|stand.?down|all.?clear/i, 'resolution'],
  [/after|post|follow|review|retro|lesson|wrap/i, 'after'],
  [/during|active|respon|mitigat|investigat|command|ongoing/i, 'during'],
];

/** Guesses the stage a heading belongs to; undefined when no word gives it away. */
export function guessStage(heading: string): Stage | undefined {
  return STAGES.find(([re]) => re.test(heading))?.[1];
}

function tasks(items: readonly ListItemNode[]): ListItemNode[] {
  return items.flatMap((i) => [...(i.task ? [i] : []), ...tasks(i.children)]);
}

/** One checklist per heading that has task items under it. */
export function extractChecklists(nodes: readonly RunbookNode[]): ChecklistDraft[] {
  const byHeading = new Map<string, ChecklistDraft>();
  for (const node of nodes) {
    if (node.kind !== 'list') continue;
    const found = tasks(node.items);
    if (found.length === 0) continue;
    const heading = node.path[node.path.length - 1];
    const title = heading?.text ?? 'Checklist';
    const key = `${heading?.line ?? 0}`;
    let list = byHeading.get(key);
    if (!list) {
      const guessed = [...node.path].reverse().map((h) => guessStage(h.text)).find((s) => s !== undefined);
      const stage = guessed ?? guessStage(node.lead ?? '');
      list = {
        id: slug(title.replace(/^(step\s*)?\d+[.:)]\s*/i, '')) || 'checklist',
        title,
        stage: stage ?? 'during',
        stageAssumed: stage === undefined,
        line: heading?.line ?? node.line,
        items: [],
      };
      byHeading.set(key, list);
    }
    list.items.push(...found.map((t) => ({ text: t.text, checked: t.checked, line: t.line })));
  }
  const lists = [...byHeading.values()];
  const ids = new Map<string, number>();
  for (const l of lists) {
    const n = (ids.get(l.id) ?? 0) + 1;
    ids.set(l.id, n);
    if (n > 1) l.id = `${l.id}-${n}`;
  }
  return lists;
}
