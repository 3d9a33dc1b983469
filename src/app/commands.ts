/**
 * What the incident keys do: open the right modal, and turn a completed modal into journalled
 * events. React-free, so every flow is tested with plain calls.
 */
import type { CriteriaEvidence } from '../feeds/store.js';
import { WORKING_STATUSES } from '../incident/events.js';
import { currentSeverity } from '../incident/clocks.js';
import { suggestSeverity } from '../incident/criteria.js';
import { type AlertLike, moreSevere, suggestFromAlerts } from '../incident/alert-severity.js';
import type { Profile } from '../incident/profile-schema.js';
import { resolveCheck } from '../incident/resolution.js';
import type { CommandId } from '../keys/bindings.js';
import type { Modal, PickOption } from '../ui/modal.js';
import type { UiAction } from '../ui/state.js';
import { evidenceText, formatAge } from '../ui/view/format.js';
import type { EventBody, IncidentSession } from './incident-session.js';

/** The selected checklist item, when the checklist panel shows one. */
export type SelectedItem = { readonly checklist: string; readonly item: string; readonly ticked: boolean };

/** What commands need to know. */
export type CommandDeps = {
  readonly session: IncidentSession;
  readonly profile: Profile;
  readonly now: number;
  readonly evidence: readonly CriteriaEvidence[];
  /** Alerts firing now (from an Alertmanager or Grafana feed), for the declare suggestion. */
  readonly alerts?: readonly AlertLike[] | undefined;
  /** The checklist item under the cursor, read fresh at the moment of the key press. */
  readonly selectedItem?: (() => SelectedItem | undefined) | undefined;
  /** A resumable incident found at start-up, offered once. */
  readonly resumable?: { readonly id: string; readonly path: string } | undefined;
};

const open = (modal: Modal): UiAction[] => [{ type: 'modal/open', modal }];
const note = (text: string, error = false): UiAction[] => [{ type: 'notice', text, error }];

function severityOptions(profile: Profile, exclude?: string): PickOption[] {
  return profile.severities
    .filter((s) => s.id !== exclude)
    .map((s) => ({ id: s.id, label: s.label ? `${s.id} ${s.label}` : s.id, ...(s.summary ? { hint: s.summary } : {}) }));
}

/** Records an event; a write failure becomes a message and nothing is shown as done. */
function record(deps: CommandDeps, body: EventBody, done: string): UiAction[] {
  try {
    deps.session.record(body);
    return [{ type: 'modal/close' }, ...note(done)];
  } catch (error) {
    return [{ type: 'modal/close' }, ...note(`not saved: ${(error as Error).message}`, true)];
  }
}

/**
 * The profile's suggested severity for what the feeds show. Evidence is timed in feed time (a
 * replay runs ahead of the wall clock), so it is judged at the feed's own latest moment.
 */
export function suggestFromEvidence(profile: Profile, evidence: readonly CriteriaEvidence[]) {
  if (evidence.length === 0) return null;
  const feedNow = Math.max(...evidence.map((e) => e.since + e.forMs));
  return suggestSeverity(profile, evidence, feedNow);
}

/**
 * What to suggest declaring: the more severe of what the metrics meet and what a firing alert's
 * severity label maps to in the profile.
 */
export function declareSuggestion(
  profile: Profile,
  evidence: readonly CriteriaEvidence[],
  alerts: readonly AlertLike[] = [],
): { severity: string; reason: string } | null {
  const fromAlert = suggestFromAlerts(profile, alerts);
  const alertReason = fromAlert && {
    severity: fromAlert.severity,
    reason: `alert ${fromAlert.alert.name}${fromAlert.alert.service ? ` on ${fromAlert.alert.service}` : ''} (${fromAlert.alert.severity})`,
  };
  return moreSevere(profile, suggestFromEvidence(profile, evidence), alertReason);
}

/** Starts a command from a key press. */
export function startCommand(id: CommandId, deps: CommandDeps): UiAction[] {
  const { session, profile } = deps;
  const s = session.state;
  const active = session.active && s.status !== 'resolved';
  switch (id) {
    case 'incident.declare': {
      if (active) return note(`${s.id} is open; resolve it before declaring another`, true);
      const first = deps.evidence[0];
      const alert = first ? undefined : suggestFromAlerts(profile, deps.alerts ?? [])?.alert;
      const where = alert?.service ? ` on ${alert.service}` : '';
      return open({
        kind: 'prompt',
        purpose: 'declare-title',
        label: first
          ? `Declare an incident — title?\nEvidence: ${evidenceText(first)}`
          : alert
            ? `Declare an incident — title?\nAlert: ${alert.name}${where} (${alert.severity})`
            : 'Declare an incident — title?',
        value: first
          ? `${first.service}: ${first.metric === 'error-rate' ? 'elevated errors' : 'high latency'}`
          : alert
            ? `${alert.service ? `${alert.service}: ` : ''}${alert.name}`
            : '',
      });
    }
    case 'incident.ack':
      if (s.acknowledgedAt !== null) return note(`already acknowledged by ${s.acknowledgedBy}`);
      return record(deps, { type: 'incident/acknowledged' }, 'acknowledged');
    case 'incident.severity':
      if (!active) return note('the incident is resolved; reopen it first (S)', true);
      return open({
        kind: 'picker',
        purpose: 'severity-pick',
        label: `Severity is ${s.severity} — change to?`,
        options: severityOptions(profile, s.severity),
        index: 0,
      });
    case 'incident.status': {
      const options: PickOption[] =
        s.status === 'resolved'
          ? [
              { id: 'reopen', label: 'reopen' },
              ...(s.closedAt === null ? [{ id: 'close', label: 'close (post-mortem clocks start)' }] : []),
            ]
          : WORKING_STATUSES.filter((w) => w !== s.status).map((w) => ({ id: w, label: w }));
      return open({
        kind: 'picker',
        purpose: 'status-pick',
        label: `Status is ${s.status} — change to?`,
        options,
        index: 0,
      });
    }
    case 'incident.roles': {
      const options = profile.roles.map((r) => ({
        id: r.id,
        label: r.name,
        hint: s.roles[r.id]?.who ?? '(empty)',
      }));
      return open({ kind: 'picker', purpose: 'role-pick', label: 'Which role?', options, index: 0 });
    }
    case 'incident.note':
      return open({ kind: 'prompt', purpose: 'note', label: 'Note for the timeline', value: '' });
    case 'incident.resolve': {
      const check = resolveCheck(s, profile, deps.now);
      if (check.ok)
        return open({ kind: 'confirm', purpose: 'resolve', label: `Resolve ${s.id}?`, value: '' });
      if (s.status === 'resolved' || !s.declared) return note(check.reason, true);
      const left = check.remainingMs !== null ? ` (${formatAge(check.remainingMs)} left)` : '';
      return open({
        kind: 'prompt',
        purpose: 'resolve-override',
        label: `Not yet: ${check.reason}${left}.\nTo resolve anyway, say why (recorded as an override):`,
        value: '',
      });
    }
    case 'catchup.open':
      return [{ type: 'catchup/open', from: session.markLooked() }];
    case 'checklist.tick': {
      const item = deps.selectedItem?.();
      if (!item) return note('no checklist item selected', true);
      const type = item.ticked ? 'checklist/unticked' : 'checklist/ticked';
      return record(
        deps,
        { type, checklist: item.checklist, item: item.item },
        item.ticked ? 'unticked' : 'ticked',
      );
    }
    default:
      return [];
  }
}

/** Finishes a modal that completed with `value`. */
export function finishModal(modal: Modal, value: string, deps: CommandDeps): UiAction[] {
  if (modal.kind === 'none') return [];
  const data = modal.data ?? {};
  const { session, profile } = deps;
  switch (modal.purpose) {
    case 'declare-title': {
      const suggestion = declareSuggestion(profile, deps.evidence, deps.alerts);
      const options = severityOptions(profile);
      // Preselect only what the evidence suggests: with none, Enter must not pick the most severe.
      const index = suggestion ? options.findIndex((o) => o.id === suggestion.severity) : -1;
      const hint = suggestion
        ? `\nSuggested: ${suggestion.severity} (${suggestion.reason})`
        : '\nNo evidence suggests a level: choose one';
      return [
        {
          type: 'modal/update',
          modal: {
            kind: 'picker',
            purpose: 'declare-severity',
            label: `Severity for "${value}"?${hint}`,
            options,
            index,
            data: { title: value },
          },
        },
      ];
    }
    case 'declare-severity':
      try {
        if (session.declare(data.title ?? 'untitled', value).joined) {
          const s = session.state;
          return [
            { type: 'modal/close' },
            ...note(`${s.id} "${s.title}" is already open (declared by ${s.declaredBy}); this seat joined it`),
          ];
        }
        return [{ type: 'modal/close' }, ...note(`declared ${session.state.id} at ${value}`)];
      } catch (error) {
        return [{ type: 'modal/close' }, ...note(`not declared: ${(error as Error).message}`, true)];
      }
    case 'severity-pick':
      return [
        {
          type: 'modal/update',
          modal: {
            kind: 'prompt',
            purpose: 'severity-reason',
            label: `${session.state.severity} → ${value}: why?`,
            value: '',
            data: { to: value },
          },
        },
      ];
    case 'severity-reason':
      return record(
        deps,
        { type: 'severity/changed', from: session.state.severity, to: data.to ?? '', reason: value },
        `severity now ${data.to}`,
      );
    case 'status-pick':
      if (value === 'reopen')
        return [
          {
            type: 'modal/update',
            modal: { kind: 'prompt', purpose: 'reopen-reason', label: 'Reopen: why?', value: '' },
          },
        ];
      if (value === 'close') return record(deps, { type: 'incident/closed' }, 'closed');
      return record(
        deps,
        { type: 'status/changed', to: value as (typeof WORKING_STATUSES)[number] },
        `status ${value}`,
      );
    case 'reopen-reason':
      return record(deps, { type: 'incident/reopened', reason: value }, 'reopened');
    case 'role-pick': {
      const role = profile.roles.find((r) => r.id === value);
      return [
        {
          type: 'modal/update',
          modal: {
            kind: 'prompt',
            purpose: 'role-name',
            label: `${role?.name ?? value}: who? (empty clears)`,
            value: session.state.roles[value]?.who ?? '',
            allowEmpty: true,
            data: { role: value },
          },
        },
      ];
    }
    case 'role-name':
      if (!value) return record(deps, { type: 'role/cleared', role: data.role ?? '' }, 'role cleared');
      return record(deps, { type: 'role/assigned', role: data.role ?? '', who: value }, `${value} assigned`);
    case 'note':
      return record(deps, { type: 'note/added', text: value }, 'note added');
    case 'resolve':
      return record(deps, { type: 'incident/resolved' }, 'resolved');
    case 'resolve-override':
      return record(deps, { type: 'incident/resolved', override: value }, 'resolved (override recorded)');
    case 'resume':
      if (!deps.resumable) return [{ type: 'modal/close' }];
      try {
        session.resume(deps.resumable.id, deps.resumable.path);
        const warn = session.warnings.length ? ` — ${session.warnings.join('; ')}` : '';
        return [
          { type: 'modal/close' },
          ...note(`resumed ${deps.resumable.id}${warn}`, session.warnings.length > 0),
        ];
      } catch (error) {
        return [{ type: 'modal/close' }, ...note(`could not resume: ${(error as Error).message}`, true)];
      }
    default:
      return [{ type: 'modal/close' }];
  }
}

/** The severity's profile entry, for labels and colours. */
export function severityOf(deps: Pick<CommandDeps, 'session' | 'profile'>) {
  return currentSeverity(deps.session.state, deps.profile);
}
