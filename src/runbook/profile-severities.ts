/** Maps extracted severities onto the profile's severity schema; a value the runbook does not state stays absent. */
import { type Duration, durationLabel } from '../incident/duration.js';
import type { EscalationRule, Severity } from '../incident/profile-schema.js';
import { slug } from './inline.js';
import { resolveLevelRoles } from './level-roles.js';
import { roleId } from './roles.js';
import type { Reporter } from './report.js';
import { severityKey } from './severity-ids.js';
import { parseDuration } from './durations.js';
import type { EscalationDraft, EscalationList, EscalationStep, Found, LevelRoles, SeverityDraft } from './types.js';

const COLOURS = ['critical', 'high', 'medium', 'low'] as const;
const STOPS = { unresolved: 'resolved', unmitigated: 'mitigated', unacknowledged: 'acknowledged' } as const;

/** What mapping one level needs besides the level itself. */
export interface SeverityContext {
  readonly index: number;
  readonly total: number;
  readonly escalations: readonly EscalationDraft[];
  /** The runbook's escalation contacts, whom a level's bare escalation time refers to. */
  readonly contacts?: EscalationList | undefined;
  /** The runbook's escalation chain, for every level but steps limited to other levels. */
  readonly path?: readonly EscalationStep[];
  /** Sentences naming the roles a level needs. */
  readonly levelRoles?: readonly LevelRoles[];
  /** The base level that fills this one's gaps (same id, else same rank), with --merge. */
  readonly base?: Severity;
  /** Base level id to this runbook's level id, for base upgrade rules. */
  readonly idMap: ReadonlyMap<string, string>;
  /** Role ids the profile has; base required roles outside it are dropped. */
  readonly roleIds: ReadonlySet<string>;
  readonly commander: string;
  readonly r: Reporter;
  /** Field name to the level ids that lack it, for one grouped "missing" line per field. */
  readonly gaps: Map<string, string[]>;
}

function colour(sev: SeverityDraft, c: SeverityContext): Severity['colour'] {
  const word = `${sev.label ?? ''} ${sev.id}`.toLowerCase();
  const named = /critical|outage|emergency|sev-?[01]\b|p0\b/.test(word)
    ? 'critical'
    : /high|major|urgent/.test(word)
      ? 'high'
      : /medium|moderate|partial|normal/.test(word)
        ? 'medium'
        : /low|minor|cosmetic|trivial|informational/.test(word)
          ? 'low'
          : undefined;
  const byRank = COLOURS[Math.min(3, Math.round((c.index * 3) / Math.max(1, c.total - 1)))] ?? 'low';
  return named ?? byRank;
}

/** Takes a value from the runbook, else from the base level, else records the gap. */
function pick<T>(c: SeverityContext, id: string, field: string, found: Found<T> | undefined, base: T | undefined, show: (v: T) => string): T | undefined {
  if (found) {
    c.r.found(`severities.${id}.${field}`, show(found.value), found.line);
    return found.value;
  }
  if (base !== undefined) {
    c.r.base(`severities.${id}.${field}`, `${show(base)} (from base level ${c.base?.id})`);
    return base;
  }
  c.gaps.set(field, [...(c.gaps.get(field) ?? []), id]);
  return undefined;
}

function upgradeRules(sev: SeverityDraft, c: SeverityContext): EscalationRule[] {
  const seen = new Set<string>();
  return c.escalations
    .filter((e) => severityKey(e.from) === severityKey(sev.id))
    .filter((e) => !seen.has(slug(e.to)) && seen.add(slug(e.to)) !== undefined) // the first rule to a level wins
    .map((e) => {
      c.r.found(`severities.${sev.id}.escalation`, `${e.condition} after ${durationLabel(e.after)} becomes ${e.to}`, e.line);
      return { id: `to-${slug(e.to)}`, kind: 'upgrade', after: e.after, from: 'declared', to: e.to, stopsWhen: STOPS[e.condition] };
    });
}

function notifyRule(sev: SeverityDraft, c: SeverityContext): EscalationRule[] {
  const text = sev.escalation;
  if (!text) return [];
  // A bare time ("Within 30 minutes") says when but not who: it is a rule only with the runbook's escalation list.
  if (/^(within\s+)?[\d<>\s]*(min|minutes?|hours?|h)\b|^immediate(ly)?$|^as needed$/i.test(text.value.trim())) {
    const after = parseDuration(text.value);
    const list = c.contacts;
    if (after && list) {
      const who = `Next on the ${list.heading} list (${list.names.join(', ')})`;
      c.r.found(`severities.${sev.id}.escalation`, `${who} after ${durationLabel(after)}`, text.line);
      return [{ id: 'escalate', kind: 'notify', who, after, from: 'declared', stopsWhen: 'resolved' }];
    }
    c.r.note(`severities.${sev.id}.escalation`, `"${text.value}" names no one to escalate to; kept out of the rules`, text.line);
    return [];
  }
  c.r.found(`severities.${sev.id}.escalation`, `notify ${text.value}`, text.line);
  return [{ id: 'notify', kind: 'notify', who: text.value, from: 'declared', stopsWhen: 'resolved' }];
}

function pathRules(sev: SeverityDraft, c: SeverityContext): EscalationRule[] {
  const steps = c.path ?? [];
  return steps.flatMap((s, i): EscalationRule[] => {
    if (s.only && !s.only.some((x) => severityKey(x) === severityKey(sev.id))) return [];
    // A step without its own time comes after the one before it; the runbook says no more than that.
    const prev = steps[i - 1];
    const condition = s.after || !prev ? undefined : `after ${prev.who}${s.only ? `, ${s.only.join('/')} only` : ''}`;
    c.r.found(`severities.${sev.id}.escalation`, `notify ${s.who}${s.after ? ` after ${durationLabel(s.after)}` : ''}${condition ? ` (${condition})` : ''}`, s.line);
    return [{ id: slug(s.who), kind: 'notify', who: s.who, ...(s.after ? { after: s.after } : {}), from: 'declared', stopsWhen: 'resolved', ...(condition ? { condition } : {}) }];
  });
}

/** The roles the runbook says this level needs, or undefined (reported as not understood when it names a role the profile lacks). */
function statedRoles(sev: SeverityDraft, c: SeverityContext): string[] | undefined {
  // A list none of whose items is a role of the runbook ("For P1, assign: open a bridge, page sales") is steps, not roles.
  const isRoles = (x: LevelRoles) => !x.names || x.names.some((n) => c.roleIds.has(roleId(n)));
  const said = c.levelRoles?.find((x) => severityKey(x.level) === severityKey(sev.id) && isRoles(x));
  if (!said) return undefined;
  const named = resolveLevelRoles(said, [...c.roleIds], c.commander);
  // The commander leads every incident, whether or not the runbook's list repeats it.
  const ids = named ? [...c.roleIds].filter((id) => named.includes(id) || id === c.commander) : undefined;
  const added = named && !named.includes(c.commander) ? ` (${c.commander} added: the commander leads every incident)` : '';
  if (ids) c.r.found(`severities.${sev.id}.requiredRoles`, `${ids.join(', ')}${added}`, said.line);
  else c.r.note(`severities.${sev.id}.requiredRoles`, `"${said.text}" names a role the runbook does not define; left to the default`, said.line);
  return ids;
}

/** Base rules with their upgrade targets renamed to this runbook's ids; rules to unknown levels are dropped. */
function baseRules(c: SeverityContext): EscalationRule[] | undefined {
  const rules = c.base?.escalation;
  if (!rules) return undefined;
  return rules.flatMap((rule): EscalationRule[] => {
    if (rule.kind !== 'upgrade') return [rule];
    const to = c.idMap.get(rule.to);
    return to ? [{ ...rule, to }] : [];
  });
}

/** "optional, due 3 business days, document due 5 business days", "required (no deadline)". */
function postmortemLabel(x: NonNullable<Severity['postMortem']>): string {
  const due = x.due ? `due ${durationLabel(x.due)}${x.documentDue ? `, document due ${durationLabel(x.documentDue)}` : ''}` : 'no deadline';
  return x.required ? (x.due ? due : `required (${due})`) : `optional, ${due}`;
}

/** One profile severity: the runbook's values, the base's where it has none, nothing else. */
export function mapSeverity(sev: SeverityDraft, c: SeverityContext): Severity {
  const { id } = sev;
  const d = (v: Duration) => durationLabel(v);
  const b = c.base;
  const required = sev.postmortemRequired;
  const pm: Found<NonNullable<Severity['postMortem']>> | undefined =
    sev.postmortem || required
      ? {
          value: {
            required: required?.value ?? true,
            ...(sev.postmortem ? { due: sev.postmortem.value } : {}),
            ...(sev.postmortem && sev.postmortemDocument ? { documentDue: sev.postmortemDocument.value } : {}),
            from: sev.postmortemFrom ?? 'resolved',
          },
          line: sev.postmortem?.line ?? required?.line ?? sev.line,
        }
      : undefined;
  const own = [...upgradeRules(sev, c), ...notifyRule(sev, c), ...pathRules(sev, c)];
  const fromBase = own.length > 0 ? undefined : baseRules(c);
  if (fromBase && fromBase.length > 0) c.r.base(`severities.${id}.escalation`, `${fromBase.length} rule(s) (from base level ${b?.id})`);
  if (own.length === 0 && !fromBase) c.gaps.set('escalation', [...(c.gaps.get('escalation') ?? []), id]);
  const wanted = (b?.requiredRoles ?? []).filter((x) => c.roleIds.has(x));
  const out: Severity = {
    id,
    // A level named without an id has its name as id: no label is missing.
    label: sev.label || /\d/.test(id) ? pick(c, id, 'label', sev.label ? { value: sev.label, line: sev.line } : undefined, b?.label, String) : undefined,
    colour: colour(sev, c),
    summary: pick(c, id, 'summary', sev.description, b?.summary, String),
    ack: pick(c, id, 'ack', sev.ack, b?.ack, d),
    mitigation: pick(c, id, 'mitigation', sev.mitigation, b?.mitigation, d),
    updateEvery: pick(c, id, 'updateEvery', sev.cadence, b?.updateEvery, d),
    notify: pick(c, id, 'notify', sev.notify, b?.notify, (x) => x.join(', ')),
    requiredRoles: statedRoles(sev, c) ?? (wanted.length > 0 ? wanted : [c.commander]),
    escalation: own.length > 0 ? own : fromBase && fromBase.length > 0 ? fromBase : undefined,
    watch: pick(c, id, 'watch', sev.watch, b?.watch, d),
    postMortem: pick(c, id, 'postMortem', pm, b?.postMortem, postmortemLabel),
  };
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined)) as Severity;
}
