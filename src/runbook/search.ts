/** Finding things in the viewer: text search and the best section for a pattern or stage. */
import type { DocLine, TocEntry } from './doc-types.js';

/** Indexes of the lines whose text contains the query, ignoring case; none for an empty query. */
export function searchRunbook(lines: readonly DocLine[], query: string): number[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const hits: number[] = [];
  lines.forEach((line, i) => {
    if (line.segments.map((s) => s.text).join('').toLowerCase().includes(q)) hits.push(i);
  });
  return hits;
}

const STAGE_WORDS: Readonly<Record<string, readonly string[]>> = {
  triage: ['triage', 'assess', 'initial', 'detect', 'declare', 'acknowledge'],
  during: ['during', 'response', 'mitigation', 'mitigate', 'investigation', 'command'],
  resolution: ['resolution', 'resolve', 'resolved', 'recovery', 'close', 'stand'],
  verify: ['verify', 'verification', 'validate', 'confirm'],
  after: ['post', 'mortem', 'postmortem', 'review', 'after', 'follow', 'lessons'],
};

const words = (s: string): string[] =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((w) => w.length > 1 && !['the', 'and', 'of', 'a', 'to', 'for', 'pattern'].includes(w));

const stem = (w: string) => w.replace(/(ing|ed|ion|s)$/, '');

/** The toc entry that best matches a pattern name or a stage word; undefined when nothing matches. */
export function findSection(toc: readonly TocEntry[], hint: string): TocEntry | undefined {
  const wanted = words(hint);
  const expanded = new Set([...wanted, ...wanted.flatMap((w) => STAGE_WORDS[w] ?? [])].map(stem));
  let best: { entry: TocEntry; score: number } | undefined;
  for (const entry of toc) {
    const title = words(entry.title).map(stem);
    if (title.length === 0) continue;
    const overlap = title.filter((w) => expanded.has(w)).length;
    if (overlap === 0) continue;
    // Most of the hint found, in a short title, at a deeper (more specific) level.
    const score = overlap / Math.max(wanted.length, 1) + overlap / title.length + entry.level * 0.01;
    if (!best || score > best.score) best = { entry, score };
  }
  return best?.entry;
}
