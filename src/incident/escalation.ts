/** Escalation clocks: notify someone after a time, or suggest a higher severity. */
import { dueFrom, durationLabel } from './duration.js';
import { type Clock, makeClock } from './clock.js';
import type { EscalationRule, Profile, Severity } from './profile-schema.js';
import type { IncidentState } from './state.js';

/** The clock id of an escalation rule. */
export const escalationClockId = (ruleId: string): string => `escalation:${ruleId}`;

/** When the condition that stops a rule was met, or null. */
function stoppedAt(rule: EscalationRule, s: IncidentState): number | null {
  switch (rule.stopsWhen) {
    case 'acknowledged':
      return s.acknowledgedAt;
    case 'mitigated':
      return s.mitigatedAt ?? s.resolvedAt;
    case 'resolved':
      return s.resolvedAt;
    default: {
      const _never: never = rule.stopsWhen;
      return _never;
    }
  }
}

/** When a rule starts counting; null when its anchor does not exist yet. */
export function ruleAnchor(rule: EscalationRule, sev: Severity, s: IncidentState): number | null {
  switch (rule.from) {
    case 'declared':
      return s.declaredAt;
    case 'severity-set':
      return s.severitySince;
    case 'mitigation-due':
      return sev.mitigation ? dueFrom(sev.mitigation, s.declaredAt) : null;
    default: {
      const _never: never = rule.from;
      return _never;
    }
  }
}

function ruleLabel(rule: EscalationRule, sev: Severity): string {
  const when = rule.after ? durationLabel(rule.after) : '';
  // "after immediately" reads badly: an immediate rule just says "now".
  const since =
    rule.from === 'mitigation-due'
      ? 'past the mitigation SLA'
      : when === 'immediately' || !when
        ? 'now'
        : `after ${when}`;
  if (rule.kind === 'upgrade') return `${sev.id} → ${rule.to} if not ${rule.stopsWhen} ${since}`;
  return `Notify ${rule.who} ${since}`.trim();
}

/** Clocks for the current severity's timed escalation rules (rules without a time are standing notes). */
export function escalationClocks(s: IncidentState, sev: Severity, now: number): Clock[] {
  return (sev.escalation ?? []).flatMap((rule) => {
    if (!rule.after) return [];
    const anchor = ruleAnchor(rule, sev, s);
    const dueAt = anchor === null ? null : dueFrom(rule.after, anchor);
    const spec = { id: escalationClockId(rule.id), label: ruleLabel(rule, sev), startedAt: anchor, dueAt };
    // Past the mitigation SLA the deadline was already missed: an immediate rule there has no grace.
    const noGrace = rule.from === 'mitigation-due';
    const clock = makeClock({ ...spec, doneAt: stoppedAt(rule, s), noGrace }, now);
    // "Notify immediately" on declaring (or on a severity) has no span to overrun: it asks for the
    // call now, it is not late. Past the mitigation SLA it is a real deadline and does breach.
    if (
      rule.kind === 'notify' &&
      rule.from !== 'mitigation-due' &&
      clock.state === 'breached' &&
      dueAt === anchor
    )
      return [{ ...clock, state: 'near' as const, remainingMs: 0 }];
    return [clock];
  });
}

/** A suggested severity raise. */
export type UpgradeSuggestion = {
  readonly from: string;
  readonly to: string;
  readonly rule: string;
  readonly since: number;
};

/** Upgrades the current severity's rules suggest at `now`; a person decides whether to apply them. */
export function upgradeSuggestions(s: IncidentState, profile: Profile, now: number): UpgradeSuggestion[] {
  const sev = profile.severities.find((x) => x.id === s.severity);
  if (!s.declared || !sev) return [];
  return (sev.escalation ?? []).flatMap((rule) => {
    if (rule.kind !== 'upgrade') return [];
    const clock = escalationClocks(s, { ...sev, escalation: [rule] }, now)[0];
    if (clock?.state !== 'breached' || clock.dueAt === null) return [];
    return [{ from: sev.id, to: rule.to, rule: rule.id, since: clock.dueAt }];
  });
}

/** Escalation rules with no time: instructions to show, such as "tell Legal if money was lost". */
export function standingEscalations(s: IncidentState, profile: Profile): EscalationRule[] {
  const sev = profile.severities.find((x) => x.id === s.severity);
  return (sev?.escalation ?? []).filter((r) => !r.after);
}
