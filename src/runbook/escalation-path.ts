/** An escalation chain drawn in a code block under an escalation heading: "On-call Engineer (5 min) ↓ On-call Lead (15 min)". */
import { parseDuration } from './durations.js';
import type { RunbookNode } from './lex.js';
import { findSeverityId } from './severity-ids.js';
import type { EscalationStep } from './types.js';

const HEADING = /escalat/i;
const ARROW = /\s*(?:↓|⬇|→|->|=>|\|\s*$|\bv\b(?=\s*$))\s*/gm;
const STEP = /^([A-Za-z][^()]*?)\s*(?:\(([^)]*)\))?$/;

/** One step of the chain: who, and the time or the levels in its parentheses. */
function step(piece: string, line: number): EscalationStep | undefined {
  const m = STEP.exec(piece.trim());
  const who = m?.[1]?.trim();
  if (!m || !who) return undefined;
  const note = m[2] ?? '';
  const after = parseDuration(note);
  // "(SEV1 only)": the step belongs to the levels it names, each written as an id.
  const only = /\bonly\b/i.test(note) ? note.split(/[,/]|\band\b/).map(findSeverityId).filter((x): x is string => x !== undefined) : [];
  return { who, line, ...(after ? { after } : {}), ...(only.length > 0 ? { only } : {}) };
}

/** The steps of the first chain of two or more people in a code block under an escalation heading. */
export function extractEscalationPath(nodes: readonly RunbookNode[]): EscalationStep[] {
  for (const n of nodes) {
    if (n.kind !== 'code' || !n.path.some((h) => HEADING.test(h.text))) continue;
    const pieces = n.text.split(ARROW).map((x) => x.trim()).filter((x) => x.length > 0);
    const steps = pieces.map((p) => step(p, n.line));
    if (steps.length >= 2 && steps.every((s) => s !== undefined)) return steps as EscalationStep[];
  }
  return [];
}
