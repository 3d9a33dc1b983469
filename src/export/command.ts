/** `warroom export`: the newest (or a named) incident's record or post-mortem draft, to stdout or a file. */
import { writeFileSync } from 'node:fs';
import { readScorecardFor } from '../drill/saved-card.js';
import { listIncidents } from '../incident/incidents.js';
import { readJournal } from '../incident/journal-read.js';
import type { Profile } from '../incident/profile-schema.js';
import { BUILT_IN_PROFILES, DEFAULT_PROFILE } from '../incident/profiles/index.js';
import { exportIncident } from './export.js';
import { EXPORT_USAGE, parseExportArgs } from './export-args.js';
import { postmortemDraft } from './postmortem.js';

/** Where the command reads and writes. */
export type ExportCommandContext = {
  readonly dataDir: string;
  readonly out: { write(text: string): unknown };
  readonly err: { write(text: string): unknown };
  /** The active profile, for severity labels, role names and checklists; the default profile otherwise. */
  readonly profile?: Profile;
  /** Strings to redact besides bearer tokens and URL tokens (the feed token, webhook URLs...). */
  readonly secrets?: readonly string[];
};

/** Runs `warroom export ...`; returns the exit code (0 done, 1 nothing to export or a write failed, 2 bad arguments). */
export function runExportCommand(args: readonly string[], ctx: ExportCommandContext): number {
  const parsed = parseExportArgs(args);
  if (!parsed.ok) {
    ctx.err.write(`warroom export: ${parsed.error}\n${EXPORT_USAGE}\n`);
    return 2;
  }
  const a = parsed.args;
  const kind = a.drill ? 'drills' : 'incidents';
  // Drills include the demo's practice incidents (kept in their own folder).
  const listing = a.drill
    ? [...listIncidents(ctx.dataDir, { drill: true }), ...listIncidents(ctx.dataDir, { demo: true })].sort(
        (x, y) => y.declaredAt - x.declaredAt || x.id.localeCompare(y.id),
      )
    : listIncidents(ctx.dataDir);
  const chosen = a.id === undefined ? listing[0] : listing.find((l) => l.id === a.id);
  if (!chosen) {
    const why =
      a.id === undefined
        ? `no ${kind} in ${ctx.dataDir}`
        : `no ${a.drill ? 'drill' : 'incident'} "${a.id}" in ${ctx.dataDir}`;
    const hint = !a.drill && listing.length === 0 ? ' (drills are exported with --drill)' : '';
    ctx.err.write(`warroom export: ${why}${hint}\n`);
    return 1;
  }
  if (a.id === undefined)
    for (const d of listing.filter((l) => l.damaged && l !== chosen))
      ctx.err.write(`warroom export: skipped ${d.id}: ${d.warnings.at(-1) ?? 'no declaration'}\n`);
  const read = readJournal(chosen.path);
  for (const w of read.warnings) ctx.err.write(`warroom export: ${chosen.id}: ${w}\n`);
  if (chosen.damaged) {
    ctx.err.write(`warroom export: ${chosen.id}: nothing exported; the journal is ${chosen.path}\n`);
    return 1;
  }
  const profile = ctx.profile ?? BUILT_IN_PROFILES[DEFAULT_PROFILE];
  if (!profile) throw new Error(`built-in profile ${DEFAULT_PROFILE} is missing`);
  const secrets = ctx.secrets ?? [];
  const card = a.drill ? readScorecardFor(chosen.path) : undefined;
  const text = a.postmortem
    ? postmortemDraft(read.events, profile, { secrets })
    : exportIncident(read.events, profile, {
        format: a.format,
        secrets,
        ...(card ? { scorecard: card } : {}),
      });
  if (a.output === undefined) {
    ctx.out.write(text);
    return 0;
  }
  try {
    writeFileSync(a.output, text);
  } catch (error) {
    ctx.err.write(
      `warroom export: cannot write ${a.output} (${(error as NodeJS.ErrnoException).code ?? 'error'})\n`,
    );
    return 1;
  }
  ctx.out.write(
    `wrote ${a.postmortem ? 'the post-mortem draft of' : 'the record of'} ${chosen.id} to ${a.output}\n`,
  );
  return 0;
}
