/** Checklists from task items (`- [ ]`), grouped by heading, with a stage guessed from the heading. */
import { slug } from './inline.js';
import { readLevel } from './level-names.js';
import type { ListItemNode, RunbookNode } from './lex.js';
import { inSeveritySection } from './severity-sections.js';
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

/** A step's text without its bold lead-in markup, and whether it is only a link (a table of contents). */
const stepText = (item: ListItemNode) => item.text.replace(/\s+/g, ' ').trim();
const isLink = (item: ListItemNode) => /^\[[^\]]*\]\([^)]*\)$/.test(item.md.trim());

/**
 * Numbered steps as checklists: a numbered item that names a stage ("1. **Triage**") with steps
 * under it is a checklist of its own; otherwise the steps belong to their heading's stage, and
 * steps under a heading that names no stage are not a checklist.
 */
function numberedSteps(node: Extract<RunbookNode, { kind: 'list' }>): ChecklistDraft[] {
  if (!node.ordered || inSeveritySection(node) || node.items.some(isLink)) return [];
  if (node.items.some((i) => readLevel(i.text.split(/[:–—-]/)[0] ?? '', { short: true }))) return [];
  const staged = node.items.filter((i) => i.children.length > 0 && guessStage(i.text.split(/[:–—]/)[0] ?? ''));
  if (staged.length > 0) {
    return staged.map((i) => {
      const title = (i.text.split(/[:–—]/)[0] ?? i.text).trim();
      const items = i.children.flatMap((c) => [c, ...c.children]).map((c) => ({ text: stepText(c), checked: c.checked, line: c.line }));
      return { id: slug(title) || 'checklist', title, stage: guessStage(title) ?? 'during', stageAssumed: false, line: i.line, items };
    });
  }
  const heading = node.path[node.path.length - 1];
  const stage = [...node.path].reverse().map((h) => guessStage(h.text)).find((x) => x !== undefined);
  if (!heading || !stage) return [];
  const title = heading.text;
  const items = node.items.map((i) => ({ text: stepText(i), checked: false, line: i.line }));
  return [{ id: slug(title.replace(/^(step\s*|phase\s*|procedure\s*)?\d+[.:)]\s*/i, '')) || 'checklist', title, stage, stageAssumed: false, line: heading.line, items }];
}

/** One checklist per heading that has task items under it, and one per run of numbered steps with a stage. */
export function extractChecklists(nodes: readonly RunbookNode[]): ChecklistDraft[] {
  const byHeading = new Map<string, ChecklistDraft>();
  const steps: ChecklistDraft[] = [];
  for (const node of nodes) {
    if (node.kind !== 'list') continue;
    const found = tasks(node.items);
    if (found.length === 0) {
      steps.push(...numberedSteps(node));
      continue;
    }
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
  const lists = [...byHeading.values(), ...steps].sort((x, y) => x.line - y.line);
  const ids = new Map<string, number>();
  for (const l of lists) {
    const n = (ids.get(l.id) ?? 0) + 1;
    ids.set(l.id, n);
    if (n > 1) l.id = `${l.id}-${n}`;
  }
  return lists;
}
