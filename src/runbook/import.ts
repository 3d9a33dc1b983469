/** importRunbook: a Markdown runbook to a validated profile, with a report of where each value came from. */
import { basename } from 'node:path';
import { problemsFromZod } from '../incident/profile-error.js';
import { type Profile, profileSchema, type Role, type Severity } from '../incident/profile-schema.js';
import { DEFAULT_COMMANDER, findCommander, thresholdsFor } from './defaults.js';
import { extractRunbook } from './extract.js';
import { slug } from './inline.js';
import { mapChecklists, mapCommands, mapRoles, mapTemplates, mapWebhooks } from './profile-lists.js';
import { mapSeverity } from './profile-severities.js';
import { Reporter } from './report.js';
import { severityKey } from './severity-ids.js';
import type { Extraction, ReportLine, SeverityDraft } from './types.js';

/** Options: where the runbook came from, and a base profile that fills what the runbook lacks. */
export interface ImportOptions {
  readonly source: string;
  readonly merge?: Profile;
}

/** The profile (written whenever the runbook names a severity level), everything extracted, and the report. */
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

/** Pairs each level with a base level: the same id, else the same rank; says which filled which. */
function pairLevels(levels: readonly SeverityDraft[], base: Profile | undefined, r: Reporter) {
  const byLevel = new Map<string, Severity>();
  const idMap = new Map<string, string>();
  if (!base) return { byLevel, idMap };
  levels.forEach((level, i) => {
    const same = base.severities.find((s) => severityKey(s.id) === severityKey(level.id));
    const b = same ?? base.severities[i];
    if (!b || idMap.has(b.id)) return;
    byLevel.set(level.id, b);
    idMap.set(b.id, level.id);
    if (!same) r.note(`severities.${level.id}`, `ids differ: base level ${b.id} (rank ${i + 1}) fills the gaps of ${level.id}`);
  });
  return { byLevel, idMap };
}

/** The runbook's roles, and its commander whatever it is called; the base's or the default's otherwise. */
function rolesAndCommander(e: Extraction, base: Profile | undefined, r: Reporter): { roles: Role[]; commander: string } {
  const found = mapRoles(e, base, r) as Role[];
  const roles = listOrBase(r, 'roles', found, base?.roles);
  const own = findCommander(roles);
  if (own) {
    if (found.length > 0) r.found('commanderRole', `${own} (the role that leads the incident)`, e.roles.find((x) => x.id === own)?.line ?? 0);
    return { roles, commander: own };
  }
  const b = base?.roles.find((x) => x.id === base.commanderRole);
  if (b) {
    r.base('commanderRole', `${b.id} (${b.name})`);
    return { roles: roles.some((x) => x.id === b.id) ? roles : [b, ...roles], commander: b.id };
  }
  r.defaulted('commanderRole', `${DEFAULT_COMMANDER.id} (${DEFAULT_COMMANDER.name}): no role in the runbook reads as the one who leads the incident`);
  return { roles: [DEFAULT_COMMANDER, ...roles.filter((x) => x.id !== DEFAULT_COMMANDER.id)], commander: DEFAULT_COMMANDER.id };
}

const GAP_WORDS: Readonly<Record<string, string>> = {
  label: 'no name (the id is shown)',
  summary: 'no description',
  ack: 'no acknowledge SLA (no acknowledge clock)',
  mitigation: 'no mitigation SLA (no mitigation clock)',
  updateEvery: 'no update cadence (no next-update clock)',
  notify: 'no one to notify',
  escalation: 'no escalation rule',
  watch: 'no watch before resolving',
  postMortem: 'no post-mortem rule',
};

/** Reads a runbook and assembles a profile; never invents a value the runbook does not give. */
export function importRunbook(text: string, options: ImportOptions): ImportResult {
  const { extraction: e, notes } = extractRunbook(text, options.source);
  const base = options.merge;
  const r = new Reporter();
  r.lines.push(...notes);
  if (base) r.note('merge', `gaps filled from base profile "${base.name}"`);
  if (e.severities.length === 0) {
    r.missing('severities', 'no severity levels found: a profile needs at least one (a table with a Severity or Priority column, or a heading per level)');
    return { partial: e, report: r.lines };
  }
  const title = e.title?.value ?? base?.title ?? `Imported from ${basename(options.source)}`;
  if (e.title) r.found('title', e.title.value, e.title.line);
  else if (base) r.base('title', title);
  else r.defaulted('title', `${title}: the runbook has no top heading or front-matter title`);
  const { roles, commander } = rolesAndCommander(e, base, r);
  const { byLevel, idMap } = pairLevels(e.severities, base, r);
  const gaps = new Map<string, string[]>();
  const roleIds = new Set(roles.map((x) => x.id));
  const severities = e.severities.map((sev, index) =>
    mapSeverity(sev, { index, total: e.severities.length, escalations: e.escalations, contacts: e.escalationList, path: e.escalationPath, levelRoles: e.levelRoles, base: byLevel.get(sev.id), idMap, roleIds, commander, r, gaps }),
  );
  r.defaulted('severities.*.colour', `${severities.map((s) => `${s.id} ${s.colour}`).join(', ')}: from the level names or their order (display only)`);
  const ownRoles = severities.filter((s) => !e.levelRoles.some((x) => severityKey(x.level) === severityKey(s.id)) && s.requiredRoles.length === 1 && s.requiredRoles[0] === commander && !byLevel.get(s.id)?.requiredRoles.includes(commander));
  if (ownRoles.length > 0) r.defaulted('severities.*.requiredRoles', `${commander} for ${ownRoles.map((s) => s.id).join(', ')}: no runbook says which roles a level needs`);
  for (const [field, ids] of gaps) r.missing(`severities.*.${field}`, `${GAP_WORDS[field] ?? 'not stated'} for ${ids.join(', ')}`);
  const commands = listOrBase(r, 'commands', mapCommands(e, r), base?.commands);
  const commandIds = new Set(commands.map((c) => c.id));
  // Base patterns may point at base commands the runbook's own command list replaced.
  const basePatterns = base?.patterns.map((p) => ({ ...p, commands: p.commands.filter((c) => commandIds.has(c)) }));
  const candidate = {
    name: slug(title) || 'imported',
    title,
    source: options.source,
    severities,
    roles,
    commanderRole: commander,
    checklists: listOrBase(r, 'checklists', mapChecklists(e, r), base?.checklists),
    templates: listOrBase(r, 'templates', mapTemplates(e, r), base?.templates),
    commands,
    webhooks: mapWebhooks(e, base, r),
    thresholds: thresholdsFor(base, r),
    patterns: basePatterns && basePatterns.length > 0 ? basePatterns : [],
  };
  if (candidate.patterns.length > 0) r.base('patterns', `${candidate.patterns.length} taken from the base profile`);
  const parsed = profileSchema.safeParse(candidate);
  if (parsed.success) return { profile: parsed.data, partial: e, report: r.lines };
  // Should not happen: every required part has a value above. Say where, once, in the schema's words.
  for (const p of problemsFromZod(parsed.error)) r.note(`profile.${p.path}`, `does not validate: ${p.message}`);
  return { partial: e, report: r.lines };
}
