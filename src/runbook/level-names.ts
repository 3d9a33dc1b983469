/** Level names in the forms runbooks write them, with or without an id. */
import { nameAsId, namedLevel } from './severity-ids.js';

/** How to read a level name: `short` allows "S1"; `bare` is the prefix a bare number ("1 - High") gets. */
export interface LevelOptions {
  readonly short?: boolean;
  readonly bare?: 'P' | 'SEV';
}

/** A level as the runbook names it: its id and, when it has one, its name. */
export interface LevelName {
  readonly id: string;
  readonly label?: string;
}

const WORD_FIRST = /^(severity|priority|prio|level)\s*(?:[:#-]\s*)?(\d{1,2})\b\s*(.*)$/i;
const ID_FIRST = /^(P|SEV|S)([- ]?)(\d{1,2})\b\s*(?:[-–—:|]\s*|\(\s*)?(.*?)\)?\s*$/i;
const TRAILING = /^(.+?)\s*[(\-–—:]\s*#?(P\d{1,2}|SEV[- ]?\d{1,2}|S\d{1,2})\s*\)?\s*$/i;
const BARE = /^(\d{1,2})\s*(?:[-–—:.)]\s*(.+))?$/;
const LEVEL_WORDS = /\b(severity|priority|level|incident|sev)\b/gi;

function idOf(prefix: string, sep: string, n: string, short: boolean): string | undefined {
  const p = prefix.toUpperCase();
  if (p === 'P') return `P${n}`;
  if (p === 'SEV') return `SEV${sep ? '-' : ''}${n}`;
  return short && !sep ? `S${n}` : undefined;
}

function cleanLabel(text: string): string | undefined {
  const label = text.replace(/^[\s\-–—:|(]+|[\s)]+$/g, '').trim();
  return label && label.length <= 60 ? label : undefined;
}

/**
 * Reads one level name in the forms runbooks use: "P1", "#P1", "SEV-1", "S1", "Severity 1",
 * "Severity:1", "Priority 1 (P1)", "1 - High", "Critical (P0)", "SEV1 - Critical", "High Severity",
 * "Minor". A level named without an id gets its name as id.
 */
export function readLevel(text: string, options: LevelOptions = {}): LevelName | undefined {
  const clean = text.replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim().replace(/^#\s?(?=[PS]\d)/i, '');
  if (!clean || clean.length > 80) return undefined;
  const words = WORD_FIRST.exec(clean);
  if (words) {
    const rest = words[3] ?? '';
    const explicit = /\(\s*#?(P\d{1,2}|SEV[- ]?\d{1,2}|S\d{1,2})\s*\)/i.exec(rest);
    const word = (words[1] ?? '').toLowerCase();
    const id = explicit ? (readLevel(explicit[1] ?? '', { short: true })?.id ?? '') : `${word.startsWith('prio') ? 'P' : word === 'level' ? 'L' : 'SEV'}${words[2]}`;
    const label = cleanLabel(explicit ? rest.replace(explicit[0], '') : rest);
    return label ? { id, label } : { id };
  }
  const lead = ID_FIRST.exec(clean);
  const leadId = lead ? idOf(lead[1] ?? '', lead[2] ?? '', lead[3] ?? '', options.short === true) : undefined;
  if (lead && leadId) {
    // "P1/ P2", "P1 and P2": a list of levels, not a level with a name.
    if (/^\s*(?:[/,&+]|and\b|or\b)/i.test(lead[4] ?? '')) return undefined;
    // "SEV1–SEV2 roles", "P1-P3": a range of levels, not a level named after another.
    if (/^(?:P|SEV)[- ]?\d{1,2}\s*[-–—]\s*(?:P|SEV)[- ]?\d/i.test(clean)) return undefined;
    const label = cleanLabel(lead[4] ?? '');
    return label ? { id: leadId, label } : { id: leadId };
  }
  const trail = TRAILING.exec(clean);
  if (trail) {
    const id = readLevel(trail[2] ?? '', { short: true })?.id;
    const label = cleanLabel(trail[1] ?? '');
    if (id) return label ? { id, label } : { id };
  }
  const bare = options.bare ? BARE.exec(clean) : null;
  if (bare) {
    const id = `${options.bare}${bare[1]}`;
    const label = cleanLabel(bare[2] ?? '');
    return label ? { id, label } : { id };
  }
  const name = clean.replace(LEVEL_WORDS, ' ').replace(/\s+/g, ' ').trim();
  // The name is the id: it is not repeated as a label.
  return namedLevel(name) ? { id: nameAsId(name) } : undefined;
}

/** Several levels sharing one heading or cell ("Low and Medium", "P3 / P4"); one level gives one entry. */
export function readLevels(text: string, options: LevelOptions = {}): LevelName[] {
  const parts = text.split(/\s*(?:,|\/|&|\band\b|\bor\b)\s*/i).filter(Boolean);
  if (parts.length >= 2) {
    const levels = parts.map((p) => readLevel(p, options));
    // All ids or all names: "P0, Critical" is one level with its name, not two levels.
    const same = (l: LevelName | undefined) => l !== undefined && /\d/.test(l.id) === /\d/.test(levels[0]?.id ?? '');
    if (levels.every(same)) return levels as LevelName[];
  }
  const one = readLevel(text, options);
  return one ? [one] : [];
}

/** True when the text is only a severity id (ignoring emphasis). */
export function isSeverityId(text: string, short = false): boolean {
  const level = readLevel(text, { short });
  return level !== undefined && /\d/.test(level.id) && level.label === undefined;
}

/**
 * Reads "SEV1 - Critical", "P0 (Critical)", "Critical (P0)", "SEV-2: High" or a bare id into an id and
 * an optional label; undefined when the text is not a severity id (names alone are readLevel's).
 */
export function parseSeverityName(text: string): LevelName | undefined {
  const level = readLevel(text);
  return level && /\d/.test(level.id) ? level : undefined;
}
