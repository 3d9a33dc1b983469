/**
 * The drill's scorecard saved beside its journal (<journal dir>/<id>.scorecard.json), so an export
 * or a report shows exactly the rows the screen and the exit showed.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { ScoreRow } from './score-values.js';

/** What is saved: which scenario, when the card was taken, and its rows. */
export type SavedScorecard = {
  readonly scenario: string;
  readonly title: string;
  readonly heading: string;
  readonly rows: readonly ScoreRow[];
  /** Epoch ms (scenario time) of the drill's offset 0, to place the timeline in the scenario. */
  readonly startedAtScenarioMs?: number;
};

const value = z.union([
  z.strictObject({ kind: z.literal('duration'), ms: z.number() }),
  z.strictObject({ kind: z.literal('count'), n: z.number(), of: z.number().optional() }),
  z.strictObject({ kind: z.literal('text'), text: z.string() }),
  z.strictObject({ kind: z.literal('none') }),
]);
const savedSchema = z.object({
  scenario: z.string(),
  title: z.string(),
  heading: z.string(),
  startedAtScenarioMs: z.number().optional(),
  rows: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      value,
      target: value,
      status: z.enum(['ok', 'missed', 'pending', 'n/a']),
      note: z.string(),
    }),
  ),
});

/** Where an incident's saved scorecard lives. */
export const scorecardPath = (journalDir: string, id: string): string =>
  join(journalDir, `${id}.scorecard.json`);

/** Saves the card (overwriting an older one for the same incident). */
export function saveScorecard(journalDir: string, id: string, card: SavedScorecard): void {
  writeFileSync(scorecardPath(journalDir, id), `${JSON.stringify(card, null, 2)}\n`);
}

/** The saved card for a journal file (`….jsonl`), if there is a valid one. */
export function readScorecardFor(journalPath: string): SavedScorecard | undefined {
  const path = journalPath.replace(/\.jsonl$/, '.scorecard.json');
  if (!existsSync(path)) return undefined;
  try {
    const parsed = savedSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success ? (parsed.data as SavedScorecard) : undefined;
  } catch {
    return undefined;
  }
}
