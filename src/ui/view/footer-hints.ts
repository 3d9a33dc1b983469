/**
 * Which footer keys come first: what the incident asks for now (acknowledge, name a commander,
 * post the overdue update, resolve once the watch is over), then the focused panel's keys, then
 * the incident's, then the rest. The footer drops whole hints from the end, never half a key.
 */
import type { Clock } from '../../incident/clock.js';
import type { IncidentState } from '../../incident/state.js';
import type { CommandId } from '../../keys/bindings.js';
import { cellWidth } from './format.js';

/** One footer hint. */
export type Hint = { readonly id: CommandId; readonly key: string; readonly label: string };

/** The commands the incident's state calls for now, most pressing first. */
export function urgentCommands(
  state: IncidentState,
  clocks: readonly Clock[],
  roles: ReadonlyArray<{ readonly who: string | undefined; readonly required: boolean }>,
  /** Deliveries that did not go through (retrying, failed, parked): the outbox needs a look. */
  outboxNeeds = 0,
): CommandId[] {
  if (!state.declared) return ['incident.declare'];
  const outbox: CommandId[] = outboxNeeds > 0 ? ['outbox.open'] : [];
  if (state.status === 'resolved') return ['incident.status', ...outbox, 'catchup.open'];
  const out: CommandId[] = [];
  if (state.acknowledgedAt === null) out.push('incident.ack');
  if (roles.some((r) => r.required && !r.who)) out.push('incident.roles');
  const update = clocks.find((c) => c.id === 'update');
  if (update && (update.state === 'near' || update.state === 'breached')) out.push('comms.compose');
  out.push(...outbox);
  const watch = clocks.find((c) => c.id === 'watch');
  if (state.status === 'monitoring' && (!watch || watch.state === 'done')) out.push('incident.resolve');
  return out;
}

/** The usual order once nothing is pressing: the keys an incident is run with, then the tools. */
const USUAL: readonly CommandId[] = [
  'checklist.tick',
  'timeline.filter',
  'comms.compose',
  'panel.next',
  'incident.note',
  'incident.roles',
  'incident.status',
  'incident.resolve',
  'incident.severity',
  'runbook.open',
  'commands.palette',
  'catchup.open',
  'patterns.hint',
  'webhooks.palette',
  // Once acknowledged, a second ack only says so: it comes after the tools.
  'incident.ack',
  'incident.declare',
  'drill.pause',
  'drill.slower',
  'drill.faster',
  'drill.score',
  'services.filter',
  'services.order',
  'nav.down',
];

/** The outbox's footer hint, with how many deliveries need a look; none while all went through. */
export function outboxHint(needs: number): Hint[] {
  return needs > 0 ? [{ id: 'outbox.open', key: 'm', label: `outbox ${needs}` }] : [];
}

/** `hints` most relevant first: the urgent ones, then the usual order, then table order. */
export function rankHints(hints: readonly Hint[], urgent: readonly CommandId[]): Hint[] {
  const rank = (h: Hint): number => {
    const u = urgent.indexOf(h.id);
    if (u >= 0) return u;
    const usual = USUAL.indexOf(h.id);
    return usual >= 0 ? urgent.length + usual : urgent.length + USUAL.length;
  };
  return hints
    .map((h, i) => ({ h, i }))
    .sort((a, b) => rank(a.h) - rank(b.h) || a.i - b.i)
    .map(({ h }) => h);
}

/** Cells one hint takes: " key label ". */
export function hintWidth(h: Hint): number {
  return cellWidth(` ${h.key} ${h.label} `);
}

/**
 * The hints that fit `width`, in rank order; help and quit are kept at the end whatever else is
 * dropped (help lists the rest), and a hint that does not fit is left out whole.
 */
export function fitHints(ranked: readonly Hint[], width: number): Hint[] {
  const pinnedIds: readonly CommandId[] = ['app.help', 'app.quit'];
  const pinned = ranked.filter((h) => pinnedIds.includes(h.id));
  const rest = ranked.filter((h) => !pinnedIds.includes(h.id));
  let used = pinned.reduce((n, h) => n + hintWidth(h), 0);
  const shown: Hint[] = [];
  for (const h of rest) {
    if (used + hintWidth(h) > width) continue;
    shown.push(h);
    used += hintWidth(h);
  }
  return [...shown, ...pinned];
}
