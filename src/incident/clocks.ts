/**
 * Every incident clock as a pure function of (state, profile, now): acknowledge, commander,
 * mitigation, next update, escalation, resolution watch and post-mortem.
 */
import { type Clock, makeClock } from './clock.js';
import { cadenceLabel, type Duration, dueFrom, durationLabel, withinLabel } from './duration.js';
import { escalationClocks } from './escalation.js';
import type { Profile, Severity } from './profile-schema.js';
import { breachKey, type IncidentState } from './state.js';

/** Ids of the fixed clocks; escalation clocks are `escalation:<rule id>`. */
export const CLOCK_IDS = {
  ack: 'ack',
  commander: 'commander',
  mitigation: 'mitigation',
  update: 'update',
  watch: 'watch',
  postmortem: 'postmortem',
  postmortemDocument: 'postmortem-document',
} as const;

/** The severity the incident is at, or undefined when the profile does not know it. */
export function currentSeverity(s: IncidentState, profile: Profile): Severity | undefined {
  return profile.severities.find((x) => x.id === s.severity);
}

function earliest(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.min(a, b);
}

/**
 * When the next update is due, and what the clock should call it: the time the last update
 * promised (or the cadence from it), else the first-update limit when it comes before the cadence.
 */
function nextUpdateDue(s: IncidentState, every: Duration, profile: Profile): { dueAt: number | null; label: string } {
  const label = `Next update (${cadenceLabel(every)})`;
  if (s.lastUpdateAt !== null) return { dueAt: s.nextUpdateAt ?? dueFrom(every, s.lastUpdateAt), label };
  const byCadence = dueFrom(every, s.declaredAt);
  const limit = profile.firstUpdateWithin;
  const first = limit ? dueFrom(limit, s.declaredAt) : null;
  const dueAt = earliest(byCadence, first);
  // A clock counting the first-update limit says so, not the cadence it is not counting.
  return limit && dueAt !== byCadence ? { dueAt, label: `First update ${withinLabel(limit)}` } : { dueAt, label };
}

/**
 * The next-update time an update posted at `at` promises, and the clock then counts to: the one
 * source for the {next_update} in the text and the clock after posting. Null without a cadence.
 */
export function promisedNextUpdate(s: IncidentState, profile: Profile, at: number): number | null {
  const every = currentSeverity(s, profile)?.updateEvery;
  return s.declared && every ? dueFrom(every, at) : null;
}

/** The resolution watch: starts when monitoring begins and completes (not breaches) when it runs out. */
export function watchClock(s: IncidentState, sev: Severity | undefined, now: number): Clock {
  const label = sev?.watch ? `Stable for ${durationLabel(sev.watch)} before resolving` : 'Resolution watch';
  const startedAt = s.monitoringSince;
  const dueAt = sev?.watch && startedAt !== null ? dueFrom(sev.watch, startedAt) : null;
  return makeClock({ id: CLOCK_IDS.watch, label, startedAt, dueAt, doneAt: s.resolvedAt, completesAtDue: true }, now);
}

function postmortemClocks(s: IncidentState, sev: Severity, now: number): Clock[] {
  const pm = sev.postMortem;
  if (!pm?.required) return [];
  const anchor = pm.from === 'closed' ? s.closedAt : s.resolvedAt;
  const one = (id: string, what: string, d: Duration | undefined): Clock[] =>
    d
      ? [
          makeClock(
            {
              id,
              label: `${what} ${withinLabel(d)} after ${pm.from === 'closed' ? 'closing' : 'resolving'}`,
              startedAt: anchor,
              dueAt: anchor === null ? null : dueFrom(d, anchor),
              doneAt: s.postmortemDoneAt,
            },
            now,
          ),
        ]
      : [];
  return [
    ...one(CLOCK_IDS.postmortem, 'Post-mortem', pm.due),
    ...one(CLOCK_IDS.postmortemDocument, 'Post-mortem document', pm.documentDue),
  ];
}

/**
 * All clocks of the incident at `now`; empty before a declaration or for an unknown severity. A
 * level without an ack SLA or an update cadence (an imported runbook may state neither) simply
 * has no such clock.
 */
export function computeClocks(s: IncidentState, profile: Profile, now: number): Clock[] {
  const sev = currentSeverity(s, profile);
  if (!s.declared || !sev) return [];
  const start = s.declaredAt;
  const clocks: Clock[] = [];
  if (sev.ack) {
    const label = `Acknowledge ${withinLabel(sev.ack)}`;
    clocks.push(makeClock({ id: CLOCK_IDS.ack, label, startedAt: start, dueAt: dueFrom(sev.ack, start), doneAt: s.acknowledgedAt }, now));
  }
  if (profile.assignCommanderWithin) {
    const holder = s.roles[profile.commanderRole];
    const role = profile.roles.find((r) => r.id === profile.commanderRole)?.name ?? profile.commanderRole;
    const d = profile.assignCommanderWithin;
    clocks.push(makeClock({ id: CLOCK_IDS.commander, label: `Assign ${role} ${withinLabel(d)}`, startedAt: start, dueAt: dueFrom(d, start), doneAt: holder?.at ?? null }, now));
  }
  if (sev.mitigation) {
    const label = `Mitigate ${withinLabel(sev.mitigation)}`;
    const doneAt = s.mitigatedAt ?? s.resolvedAt;
    clocks.push(makeClock({ id: CLOCK_IDS.mitigation, label, startedAt: start, dueAt: dueFrom(sev.mitigation, start), doneAt }, now));
  }
  if (sev.updateEvery) {
    const { dueAt, label } = nextUpdateDue(s, sev.updateEvery, profile);
    clocks.push(makeClock({ id: CLOCK_IDS.update, label, startedAt: s.lastUpdateAt ?? start, dueAt, doneAt: s.resolvedAt }, now));
  }
  clocks.push(...escalationClocks(s, sev, now));
  if (sev.watch) clocks.push(watchClock(s, sev, now));
  clocks.push(...postmortemClocks(s, sev, now));
  return clocks;
}

/** Breached clocks with no clock/breached event for that deadline yet, so each breach is written once. */
export function newBreaches(s: IncidentState, profile: Profile, now: number): Clock[] {
  return computeClocks(s, profile, now).filter(
    (c) => c.state === 'breached' && c.dueAt !== null && !(breachKey(c.id, c.dueAt) in s.breaches),
  );
}
