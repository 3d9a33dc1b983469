/** Automatic escalation rules: "If a P2 is not resolved within 4 hours, escalate to P1". */
import { parseDuration } from './durations.js';
import { findSeverityId } from './severity-ids.js';
import type { Sentence } from './severity-prose.js';
import type { EscalationDraft } from './types.js';

const ID = '((?:P|SEV[- ]?)[0-9])';
const COND = '(resolved|mitigated|acknowledged|acked)';
const IF_RULE = new RegExp(
  String.raw`\bif\s+(?:an?\s+|the\s+)?${ID}\b(?:\s+incident)?\s+(?:is\s+|has\s+)?(?:not|un|still\s+not|not\s+been)\s*${COND}\s+(?:within|after|in|for)\s+(.+?)\s*[,;:]?\s*(?:then\s+)?(?:escalate|upgrade|raise|promote|bump)(?:\s+it)?\s+to\s+${ID}`,
  'i',
);
const SHORT_RULE = new RegExp(
  String.raw`\b${ID}\s+(?:is\s+)?(?:un|not\s+)${COND}\s+(?:for\s+|after\s+|in\s+)?(.+?)\s+(?:becomes|is escalated to|escalates to|goes to|->|→)\s+${ID}`,
  'i',
);

function condition(word: string): EscalationDraft['condition'] {
  const w = word.toLowerCase();
  if (w.startsWith('mitig')) return 'unmitigated';
  if (w.startsWith('ack')) return 'unacknowledged';
  return 'unresolved';
}

/** Reads one rule from a sentence, or undefined. */
export function parseEscalation(text: string, line: number): EscalationDraft | undefined {
  const m = IF_RULE.exec(text) ?? SHORT_RULE.exec(text);
  if (!m) return undefined;
  const after = parseDuration(m[3] ?? '');
  const from = findSeverityId(m[1] ?? '');
  const to = findSeverityId(m[4] ?? '');
  if (!after || !from || !to) return undefined;
  return { from, to, after, condition: condition(m[2] ?? ''), line };
}

/** All escalation rules in the runbook's sentences. */
export function extractEscalations(all: readonly Sentence[]): EscalationDraft[] {
  return all.flatMap((s) => {
    const rule = parseEscalation(s.text, s.line);
    return rule ? [rule] : [];
  });
}
