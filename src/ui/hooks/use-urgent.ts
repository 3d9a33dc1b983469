/** The keys the incident needs now, for the footer: the same array while the list is the same. */
import { useMemo } from 'react';
import type { ActionsSession } from '../../app/actions-session.js';
import type { CommandId } from '../../keys/bindings.js';
import { urgentCommands } from '../view/footer-hints.js';
import type { useIncident } from './use-incident.js';

/**
 * The footer is memoised, so it gets a new array only when the list changes, not every second.
 * Deliveries that were tried and did not go through count for `m outbox`; a first send still under
 * way does not.
 */
export function useUrgent(
  incident: ReturnType<typeof useIncident>,
  actions: ActionsSession | undefined,
): { readonly urgent: readonly CommandId[]; readonly outboxNeeds: number } {
  const outboxNeeds = (actions?.pending() ?? []).filter((p) => p.attempts > 0 || p.needsPerson).length;
  const now = urgentCommands(incident.state, incident.clocks, incident.roles, outboxNeeds);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the joined ids stand for the list
  const urgent = useMemo(() => now, [now.join(',')]);
  return { urgent, outboxNeeds };
}
