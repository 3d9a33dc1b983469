/** importRunbook: a Markdown runbook to a validated profile, with a report of where each value came from. */
import { problemsFromZod } from '../incident/profile-error.js';
import { type Profile, profileSchema } from '../incident/profile-schema.js';
import { extractRunbook } from './extract.js';
import { slug } from './inline.js';
import { mapChecklists, mapCommands, mapRoles, mapTemplates, mapWebhooks } from './profile-lists.js';
import { mapSeverity } from './profile-severities.js';
import { Reporter } from './report.js';
import type { Extraction, ReportLine } from './types.js';

/** Options: where the runbook came from, and a base profile that fills what the runbook lacks. */
export interface ImportOptions {
  readonly source: string;
  readonly merge?: Profile;
}

/** The profile (only when it validates), everything extracted, and the report. */
export interface ImportResult {
  readonly profile?: Profile;
  readonly partial: Extraction;
  readonly report: ReportLine[];
}

function listOrBase<T>(r: Reporter, field: string, found: T[], base: T[] | undefined): T[] {
  if (found.length > 0) return found;
  if (base && base.length > 0) {
    r.base(field, `${base.length} taken from the base profile`);
    return base;
  }
  r.missing(field, 'none in the runbook');
  return [];
}

/** Reads a runbook and assembles a profile; never invents a value the runbook does not give. */
export function importRunbook(text: string, options: ImportOptions): ImportResult {
  const { extraction: e, notes } = extractRunbook(text, options.source);
  const base = options.merge;
  const r = new Reporter();
  r.lines.push(...notes);
  if (base) r.note('merge', `gaps filled from base profile "${base.name}"`);
  const title = e.title?.value ?? base?.title;
  if (e.title) r.found('title', e.title.value, e.title.line);
  else if (base) r.base('title', base.title);
  else r.missing('title', 'no title, front matter title or top heading');
  if (base) r.base('summary', base.summary);
  else r.missing('summary', 'a one-line summary of the profile');
  if (e.severities.length === 0) r.missing('severities', 'no severity levels found (tables, headings or lists)');
  const roles = listOrBase(r, 'roles', mapRoles(e, base, r), base?.roles);
  const commander = roles.some((x) => x.id === 'ic') ? 'ic' : base?.commanderRole;
  if (!commander) r.missing('commanderRole', 'no Incident Commander role found');
  if (base) r.base('thresholds', 'alerting and declare thresholds');
  else r.missing('thresholds', 'alerting levels and declare criteria are not read from runbooks');
  const candidate = {
    name: slug(title ?? options.source) || 'imported',
    ...(title ? { title } : {}),
    ...(base ? { summary: base.summary } : {}),
    source: options.source,
    severities: e.severities.map((s, i) => mapSeverity(s, i, e.severities, e.escalations, base, r)),
    roles,
    ...(commander ? { commanderRole: commander } : {}),
    checklists: listOrBase(r, 'checklists', mapChecklists(e, r), base?.checklists),
    templates: listOrBase(r, 'templates', mapTemplates(e, r), base?.templates),
    commands: listOrBase(r, 'commands', mapCommands(e, r), base?.commands),
    webhooks: mapWebhooks(e, base, r),
    ...(base ? { thresholds: base.thresholds } : {}),
    patterns: [] as Profile['patterns'],
  };
  const roleIds = new Set(roles.map((x) => x.id));
  for (const sev of candidate.severities) {
    const wanted = sev.requiredRoles as string[] | undefined;
    if (!wanted) continue;
    // Base roles the runbook does not have cannot be required of it.
    const dropped = wanted.filter((id) => !roleIds.has(id));
    if (dropped.length > 0) r.note(`severities.${String(sev.id)}.requiredRoles`, `base roles not in this runbook dropped: ${dropped.join(', ')}`);
    sev.requiredRoles = wanted.filter((id) => roleIds.has(id));
  }
  const commandIds = new Set(candidate.commands.map((c) => c.id));
  // Base patterns may point at base commands the runbook's own command list replaced.
  const basePatterns = base?.patterns.map((p) => ({ ...p, commands: p.commands.filter((c) => commandIds.has(c)) }));
  candidate.patterns = listOrBase(r, 'patterns', [], basePatterns);
  const parsed = profileSchema.safeParse(candidate);
  if (parsed.success) return { profile: parsed.data, partial: e, report: r.lines };
  for (const p of problemsFromZod(parsed.error)) r.note(`profile${p.path.startsWith('[') ? '' : '.'}${p.path}`, `does not validate: ${p.message}`);
  return { partial: e, report: r.lines };
}
