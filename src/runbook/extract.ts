/** Runs every extractor over a runbook and returns what was found, before any profile mapping. */
import { extractChecklists } from './checklists.js';
import { extractCommands, type NotCommands } from './commands.js';
import { boundDepth, MAX_INDENT, MAX_MARKERS } from './depth.js';
import { extractEscalations } from './escalation.js';
import { extractEscalationList } from './escalation-list.js';
import { extractEscalationPath } from './escalation-path.js';
import { fixNestedFences } from './fences.js';
import { extractLevelRoles } from './level-roles.js';
import { lexRunbook, type RunbookNode } from './lex.js';
import { normalizeNewlines, repairMojibake, stripControls, stripFrontMatter } from './repair.js';
import { extractRoles } from './roles.js';
import { SeverityBook } from './severity-book.js';
import { generalSeverityValues, levelsNamedInProse } from './severity-general.js';
import { sentences, severitiesFromProse } from './severity-prose.js';
import { inSeveritySection, severitiesFromSections } from './severity-sections.js';
import { severitiesFromTable } from './severity-tables.js';
import { extractTemplates } from './templates.js';
import type { Extraction, ReportLine } from './types.js';
import { isFlattened, recoverLineBreaks } from './unflatten.js';
import { unreadLevelHeadings, unreadStageHeadings } from './unread-headings.js';
import { extractWebhooks } from './webhooks.js';

/** The repaired text the extractors and the viewer read, and what repair did. */
export interface Prepared {
  readonly text: string;
  readonly flattened: boolean;
  readonly mojibake: number;
  readonly frontMatter: ReturnType<typeof stripFrontMatter>;
  /** Lines whose nesting was cut back to the bound (see depth.ts). */
  readonly deepLines: number;
}

/** Normalises newlines, drops control bytes, repairs mojibake, recovers a flattened file and blanks the front matter. */
export function prepareRunbook(input: string): Prepared {
  // Control bytes (pasted terminal output) would reach the screen through profile values; drop them.
  const repaired = repairMojibake(normalizeNewlines(input));
  const { count } = repaired;
  const clean = stripControls(repaired.text);
  const flattened = isFlattened(clean);
  const bounded = boundDepth(flattened ? recoverLineBreaks(clean) : clean);
  const frontMatter = stripFrontMatter(fixNestedFences(bounded.text));
  return { text: frontMatter.text, flattened, mojibake: count, frontMatter, deepLines: bounded.lines };
}

function firstH1(nodes: readonly RunbookNode[]): { value: string; line: number } | undefined {
  const h = nodes.find((n) => n.kind === 'heading' && n.depth === 1);
  return h && h.kind === 'heading' ? { value: h.text, line: h.line } : undefined;
}

/** Everything the runbook says, each value with its line, plus notes for the report. */
export function extractRunbook(input: string, source: string): { extraction: Extraction; notes: ReportLine[] } {
  const prepared = prepareRunbook(input);
  const nodes = lexRunbook(prepared.text);
  const book = new SeverityBook();
  for (const node of nodes) if (node.kind === 'table') severitiesFromTable(node.table, node.line, book, inSeveritySection(node));
  severitiesFromSections(nodes, book);
  const all = sentences(nodes);
  const named = book.list.length === 0 ? levelsNamedInProse(all, book) : 0;
  severitiesFromProse(all, book);
  const general = generalSeverityValues(all, book);
  const notCommands: NotCommands[] = [];
  const fm = prepared.frontMatter;
  const title = fm.title ?? firstH1(nodes) ?? fm.name;
  const extraction: Extraction = {
    ...(title ? { title } : {}),
    source,
    flattened: prepared.flattened,
    repairedMojibake: prepared.mojibake,
    severities: book.list,
    roles: extractRoles(nodes),
    checklists: extractChecklists(nodes),
    templates: extractTemplates(nodes),
    commands: extractCommands(nodes, notCommands),
    webhooks: extractWebhooks(nodes),
    escalations: extractEscalations(all),
    escalationPath: extractEscalationPath(nodes),
    levelRoles: extractLevelRoles(all, nodes),
  };
  const contacts = extractEscalationList(nodes);
  if (contacts) extraction.escalationList = contacts;
  const notes: ReportLine[] = [];
  if (prepared.flattened) {
    notes.push({ status: 'note', field: 'input', detail: 'line breaks were lost; structure recovered, line numbers refer to the recovered text' });
  }
  for (const n of notCommands) {
    notes.push({ status: 'note', field: 'commands', line: n.line, detail: `${n.count} line(s) of this shell block read as ${n.why}, not commands; left out` });
  }
  if (prepared.deepLines > 0) {
    const bound = `${MAX_MARKERS} levels of > or list markers, ${MAX_INDENT} columns of indentation`;
    notes.push({ status: 'note', field: 'input', detail: `${prepared.deepLines} line(s) nested deeper than ${bound}; read as if less deep` });
  }
  if (prepared.mojibake > 0) {
    notes.push({ status: 'note', field: 'input', detail: `repaired ${prepared.mojibake} mis-decoded character sequence(s)` });
  }
  if (named > 0) {
    notes.push({ status: 'note', field: 'severities', detail: `no level is defined; the ${named} level(s) the text names are used, in order, with no values of their own` });
  }
  for (const g of general) {
    notes.push({ status: 'note', field: `severities.*.${g.field}`, line: g.line, detail: `general rule applied to levels without their own: "${g.text}"` });
  }
  for (const u of book.unreadable) {
    const detail = `"${u.text}" is not a duration I can read; write it as "15 minutes", "2 hours", "1 business day" or "next business day"`;
    notes.push({ status: 'unread', field: `severities.${u.id}.${u.field}`, line: u.line, detail });
  }
  for (const u of book.unread) notes.push({ status: 'unread', field: 'severities', line: u.line, detail: `${u.what} is not a level I can read; ${u.fix}` });
  for (const u of [...unreadLevelHeadings(nodes, book), ...unreadStageHeadings(nodes, extraction.checklists)]) notes.push({ status: 'unread', ...u });
  return { extraction, notes };
}
