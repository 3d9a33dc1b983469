/** `warroom drill --report [ID] [-o FILE]`: the newest (or a named) drill's report as Markdown. */
import { writeFileSync } from 'node:fs';
import { listIncidents } from '../incident/incidents.js';
import { readJournal } from '../incident/journal-read.js';
import type { Profile } from '../incident/profile-schema.js';
import { drillReport, type ReportRun } from './report.js';
import { readScorecardFor } from './saved-card.js';

/** How the command is called. */
export const DRILL_REPORT_USAGE = 'usage: warroom drill --report [INCIDENT-ID] [-o FILE.md]';

/** Where the command reads and writes. */
export type DrillReportContext = {
  readonly dataDir: string;
  readonly profile: Profile;
  readonly out: { write(text: string): unknown };
  readonly err: { write(text: string): unknown };
};

/** Runs the command; returns the exit code (0 written, 1 nothing to report or not written, 2 bad arguments). */
export function runDrillReport(args: readonly string[], ctx: DrillReportContext): number {
  let id: string | undefined;
  let output: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--report') continue;
    if (arg === '-o' || arg === '--output') {
      output = args[++i];
      if (!output) return fail(ctx, `${arg} needs a file name\n${DRILL_REPORT_USAGE}`, 2);
    } else if (arg.startsWith('-')) return fail(ctx, `unknown option ${arg}\n${DRILL_REPORT_USAGE}`, 2);
    else if (id === undefined) id = arg;
    else return fail(ctx, `one drill at a time (got "${id}" and "${arg}")`, 2);
  }
  // Only drills scored to a card can be reported; newest first.
  const runs = listIncidents(ctx.dataDir, { drill: true }).flatMap((l) => {
    const card = readScorecardFor(l.path);
    return card ? [{ listing: l, card }] : [];
  });
  const chosen = id === undefined ? runs[0] : runs.find((r) => r.listing.id === id);
  if (!chosen)
    return fail(
      ctx,
      id === undefined
        ? `no scored drill in ${ctx.dataDir} (a drill is scored when it is quit with an incident declared)`
        : `no scored drill "${id}" in ${ctx.dataDir}`,
      1,
    );
  const load = (r: (typeof runs)[number]): ReportRun => ({
    id: r.listing.id,
    events: readJournal(r.listing.path).events,
    card: r.card,
  });
  const previous = runs.find(
    (r) => r.card.scenario === chosen.card.scenario && r.listing.declaredAt < chosen.listing.declaredAt,
  );
  const text = drillReport(load(chosen), ctx.profile, previous && load(previous));
  if (output === undefined) {
    ctx.out.write(text);
    return 0;
  }
  try {
    writeFileSync(output, text);
  } catch (error) {
    return fail(ctx, `cannot write ${output} (${(error as NodeJS.ErrnoException).code ?? 'error'})`, 1);
  }
  ctx.err.write(`wrote the report of ${chosen.listing.id} to ${output}\n`);
  return 0;
}

function fail(ctx: DrillReportContext, message: string, code: number): number {
  ctx.err.write(`warroom drill --report: ${message}\n`);
  return code;
}
