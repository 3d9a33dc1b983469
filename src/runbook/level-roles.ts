/** Roles a level needs, from sentences in a roles section: "For SEV2: Minimum IC + Technical Lead", "For SEV1: All roles". */
import { roleId } from './roles.js';
import { findSeverityId } from './severity-ids.js';
import type { Sentence } from './severity-prose.js';
import type { LevelRoles } from './types.js';

const FOR_LEVEL = /^(?:for\s+)?((?:P|SEV[- ]?)\d)\s*(?:incidents?)?\s*[:\-–—]\s*(.+)$/i;

/** The sentences that say which roles one level needs. */
export function extractLevelRoles(all: readonly Sentence[]): LevelRoles[] {
  return all.flatMap((s): LevelRoles[] => {
    const m = FOR_LEVEL.exec(s.text.trim());
    const level = findSeverityId(m?.[1] ?? '');
    if (!m || !level || !/\brole/i.test(`${s.context} ${s.text}`)) return [];
    return [{ level, text: (m[2] ?? '').trim(), line: s.line }];
  });
}

/** The role ids a level's sentence names, in the profile's order, or undefined when a name is not a role of the profile. */
export function resolveLevelRoles(text: string, roleIds: readonly string[], commander: string): string[] | undefined {
  const t = text.toLowerCase();
  // "IC may handle all roles": one person holds them all, so the commander is the one role needed.
  if (/\ball (the )?roles\b/.test(t) && /\b(may|can|could)\b/.test(t)) return [commander];
  if (/\ball (the )?roles\b/.test(t)) return [...roleIds];
  const names = t
    .replace(/^(a\s+)?(minimum|at least|required|needs?)\s*:?\s*/, '')
    .split(/\s*(?:\+|,|&|\band\b)\s*/)
    .filter((x) => x.length > 0);
  const ids = names.map((n) => roleId(n));
  if (ids.length === 0 || !ids.every((id) => roleIds.includes(id))) return undefined;
  return roleIds.filter((id) => ids.includes(id));
}
