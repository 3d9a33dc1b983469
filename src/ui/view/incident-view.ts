/** Pure view math for the incident: countdown text, checklist rows, timeline filtering. */
import { checklistsFor, currentStage } from '../../incident/checklists.js';
import type { Clock } from '../../incident/clock.js';
import type { IncidentEvent } from '../../incident/events.js';
import type { Profile } from '../../incident/profile-schema.js';
import { type IncidentState, tickKey } from '../../incident/state.js';
import type { TimelineEntry } from '../../incident/timeline.js';
import type { TokenName } from '../../theme/tokens.js';
import type { TimelineFilter } from '../state.js';

/** mm:ss under an hour, h:mm:ss under a day, "4d 23:59" (days, hours:minutes) above; negative once breached. */
export function countdown(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  const total = Math.floor(Math.abs(ms) / 1000);
  const d = Math.floor(total / 86_400);
  if (d > 0) {
    const hh = String(Math.floor((total % 86_400) / 3600)).padStart(2, '0');
    return `${sign}${d}d ${hh}:${String(Math.floor((total % 3600) / 60)).padStart(2, '0')}`;
  }
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = String(m).padStart(2, '0');
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${sign}${h}:${mm}:${ss}` : `${sign}${mm}:${ss}`;
}

/** Elapsed time as T+h:mm:ss. */
export function elapsed(ms: number): string {
  return `T+${countdown(Math.max(0, ms)).replace(/^(\d\d:\d\d)$/, '0:$1')}`;
}

/** How a clock reads: the time left, "BREACHED -mm:ss", or a tick when done. */
export function clockText(clock: Clock): { text: string; token: TokenName; mark: string } {
  switch (clock.state) {
    case 'done':
      return { text: 'done', token: 'text.muted', mark: '✔' };
    case 'breached':
      return { text: `BREACHED ${countdown(clock.remainingMs ?? 0)}`, token: 'sla.breached', mark: '✖' };
    case 'near':
      // A clock with no span (an immediate escalation) is a call to make now, not a countdown.
      if (clock.dueAt !== null && clock.dueAt === clock.startedAt)
        return { text: 'now', token: 'sla.near', mark: '▲' };
      return { text: countdown(clock.remainingMs ?? 0), token: 'sla.near', mark: '▲' };
    case 'ok':
      return { text: countdown(clock.remainingMs ?? 0), token: 'sla.ok', mark: '◷' };
    default:
      return { text: '—', token: 'text.muted', mark: ' ' };
  }
}

/** Clocks worth showing, most urgent first: breached, near, running; done last. */
export function visibleClocks(clocks: readonly Clock[]): Clock[] {
  const rank = { breached: 0, near: 1, ok: 2, done: 3, 'n/a': 4 } as const;
  return clocks
    .filter((c) => c.state !== 'n/a')
    .sort((a, b) => rank[a.state] - rank[b.state] || (a.remainingMs ?? 0) - (b.remainingMs ?? 0));
}

/** One row of the checklist panel: a heading or an item. */
export type ChecklistRow =
  | { readonly kind: 'heading'; readonly text: string; readonly done: number; readonly total: number }
  | {
      readonly kind: 'item';
      readonly checklist: string;
      readonly item: string;
      readonly text: string;
      readonly tick: { at: number; by: string } | null;
      readonly index: number;
    };

/** The current stage's checklists flattened into rows; `index` numbers the items only. */
export function checklistRows(
  s: IncidentState,
  profile: Profile,
): { stage: string; rows: ChecklistRow[]; items: number } {
  const stage = currentStage(s);
  const rows: ChecklistRow[] = [];
  let index = 0;
  for (const list of checklistsFor(profile, stage)) {
    const ticks = list.items.map((i) => s.ticks[tickKey(list.id, i.id)] ?? null);
    rows.push({
      kind: 'heading',
      text: list.title,
      done: ticks.filter(Boolean).length,
      total: list.items.length,
    });
    list.items.forEach((item, i) => {
      rows.push({
        kind: 'item',
        checklist: list.id,
        item: item.id,
        text: item.text,
        tick: ticks[i] ?? null,
        index,
      });
      index += 1;
    });
  }
  return { stage, rows, items: index };
}

const FILTER_TYPES: Record<Exclude<TimelineFilter, 'all'>, readonly IncidentEvent['type'][]> = {
  severity: ['incident/declared', 'severity/changed'],
  status: [
    'incident/declared',
    'incident/acknowledged',
    'status/changed',
    'incident/resolved',
    'incident/reopened',
    'incident/closed',
  ],
  checklist: ['checklist/ticked', 'checklist/unticked'],
  roles: ['role/assigned', 'role/cleared'],
  notes: ['note/added'],
  comms: ['update/posted', 'update/delivered', 'command/ran', 'webhook/fired'],
  clocks: ['clock/breached'],
};

/** Timeline entries of the chosen kind. */
export function filterTimeline(
  entries: readonly TimelineEntry[],
  filter: TimelineFilter,
): readonly TimelineEntry[] {
  if (filter === 'all') return entries;
  const types = FILTER_TYPES[filter];
  return entries.filter((e) => types.includes(e.type));
}

/** The token for a timeline entry's kind. */
export function timelineToken(type: IncidentEvent['type']): TokenName {
  if (type === 'clock/breached') return 'sla.breached';
  if (type === 'severity/changed' || type === 'incident/declared') return 'text.strong';
  if (type === 'checklist/ticked') return 'health.up';
  return 'text.normal';
}
