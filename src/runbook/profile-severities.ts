/** Maps extracted severities onto the profile's severity schema, taking gaps from a base profile. */
import { type Duration, durationLabel } from '../incident/duration.js';
import type { EscalationRule, Profile, Severity } from '../incident/profile-schema.js';
import { slug } from './inline.js';
import type { Reporter } from './report.js';
import { severityKey } from './severity-ids.js';
import type { EscalationDraft, Found, SeverityDraft } from './types.js';

const COLOURS = ['critical', 'high', 'medium', 'low'] as const;
const STOPS = { unresolved: 'resolved', unmitigated: 'mitigated', unacknowledged: 'acknowledged' } as const;

function colour(sev: SeverityDraft, rank: number, total: number, r: Reporter): Severity['colour'] {
  const word = `${sev.label ?? ''} ${sev.id}`.toLowerCase();
  const named = /critical|outage|sev-?1\b|p0\b/.test(word)
    ? 'critical'
    : /high|major/.test(word)
      ? 'high'
      : /medium|moderate|partial/.test(word)
        ? 'medium'
        : /low|minor|cosmetic/.test(word)
          ? 'low'
          : undefined;
  const byRank = COLOURS[Math.min(3, Math.round((rank * 3) / Math.max(1, total - 1)))] ?? 'low';
  const chosen = named ?? byRank;
  r.note(`severities.${sev.id}.colour`, `"${chosen}" chosen from the ${named ? 'level name' : 'level order'} (display only)`);
  return chosen;
}

/** Takes a value from the runbook, else from the base, else reports it missing. */
function pick<T>(r: Reporter, field: string, found: Found<T> | undefined, base: T | undefined, show: (v: T) => string, required: boolean): T | undefined {
  if (found) {
    r.found(field, show(found.value), found.line);
    return found.value;
  }
  if (base !== undefined) {
    r.base(field, show(base));
    return base;
  }
  if (required) r.missing(field, 'not in the runbook');
  return undefined;
}

function upgradeRules(sev: SeverityDraft, rules: readonly EscalationDraft[], r: Reporter): EscalationRule[] {
  return rules
    .filter((e) => severityKey(e.from) === severityKey(sev.id))
    .map((e) => {
      r.found(`severities.${sev.id}.escalation`, `${e.condition} after ${durationLabel(e.after)} becomes ${e.to}`, e.line);
      return { id: `to-${slug(e.to)}`, kind: 'upgrade', after: e.after, from: 'declared', to: e.to, stopsWhen: STOPS[e.condition] };
    });
}

function notifyRule(sev: SeverityDraft, r: Reporter): EscalationRule[] {
  const text = sev.escalation;
  if (!text) return [];
  // A bare time ("Within 30 minutes") says when but not who, so it cannot become a rule on its own.
  if (/^(within\s+)?[\d<>\s]*(min|minutes?|hours?|h)\b|^immediate(ly)?$|^as needed$/i.test(text.value.trim())) {
    r.note(`severities.${sev.id}.escalation`, `"${text.value}" names no one to escalate to; kept out of the rules`, text.line);
    return [];
  }
  r.found(`severities.${sev.id}.escalation`, `notify ${text.value}`, text.line);
  return [{ id: 'notify', kind: 'notify', who: text.value, from: 'declared', stopsWhen: 'resolved' }];
}

/** One profile severity (possibly incomplete: the schema then names what is missing). */
export function mapSeverity(
  sev: SeverityDraft,
  index: number,
  all: readonly SeverityDraft[],
  escalations: readonly EscalationDraft[],
  base: Profile | undefined,
  r: Reporter,
): Record<string, unknown> {
  const at = `severities.${sev.id}`;
  const b = base?.severities.find((s) => severityKey(s.id) === severityKey(sev.id));
  const d = (v: Duration) => durationLabel(v);
  if (!/^[A-Z]+-?\d+$/.test(sev.id)) r.missing(`${at}.id`, `"${sev.label ?? sev.id}" is a name; profiles need an id such as SEV1 or P0`);
  const label = pick(r, `${at}.label`, sev.label ? { value: sev.label, line: sev.line } : undefined, b?.label, String, true);
  const rules = [...upgradeRules(sev, escalations, r), ...notifyRule(sev, r)];
  const escalation = rules.length > 0 ? rules : pick(r, `${at}.escalation`, undefined, b?.escalation, (x) => `${x.length} rule(s)`, true);
  const pm: Found<Severity['postMortem']> | undefined = sev.postmortem
    ? { value: { required: true, due: sev.postmortem.value, from: 'resolved' }, line: sev.postmortem.line }
    : undefined;
  const out: Record<string, unknown> = {
    id: sev.id,
    label,
    colour: colour(sev, index, all.length, r),
    summary: pick(r, `${at}.summary`, sev.description, b?.summary, String, true),
    ack: pick(r, `${at}.ack`, sev.ack, b?.ack, d, true),
    mitigation: pick(r, `${at}.mitigation`, sev.mitigation, b?.mitigation, d, false),
    updateEvery: pick(r, `${at}.updateEvery`, sev.cadence, b?.updateEvery, d, true),
    notify: pick(r, `${at}.notify`, sev.notify, b?.notify, (x) => x.join(', '), true),
    requiredRoles: pick(r, `${at}.requiredRoles`, undefined, b?.requiredRoles, (x) => x.join(', '), true),
    escalation,
    watch: pick(r, `${at}.watch`, sev.watch, b?.watch, d, false),
    postMortem: pick(r, `${at}.postMortem`, pm, b?.postMortem, (x) => (x.due ? `due ${d(x.due)}` : `required: ${x.required}`), true),
  };
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined));
}
