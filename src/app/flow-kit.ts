/** What the comms, command and webhook flows share: their inputs and small modal helpers. */
import { commandValues } from '../actions/commands/prepare.js';
import type { Profile } from '../incident/profile-schema.js';
import type { Modal } from '../ui/modal.js';
import type { UiAction } from '../ui/state.js';
import type { ActionsSession } from './actions-session.js';
import type { IncidentSession } from './incident-session.js';

/** What the flows need. */
export type FlowDeps = {
  readonly actions: ActionsSession;
  readonly session: IncidentSession;
  readonly profile: Profile;
  readonly now: number;
  /** The service selected in the table, for {service}. */
  readonly service?: string | undefined;
  /** Reports the end of something asynchronous (a post, a run). */
  readonly notify: (action: UiAction) => void;
};

/** A message on the notice line. */
export const note = (text: string, error = false): UiAction[] => [{ type: 'notice', text, error }];
/** Something under way (posting, sending): shown with a neutral mark, never a tick, until its outcome. */
export const busy = (text: string): UiAction[] => [{ type: 'notice', text, busy: true }];
/** Opens a modal. */
export const open = (modal: Modal): UiAction[] => [{ type: 'modal/open', modal }];
/** Replaces the open modal with the next step. */
export const replace = (modal: Modal): UiAction[] => [{ type: 'modal/update', modal }];

/** Placeholder values from the incident, the selection and who is at the keyboard ({actor}), taken now. */
export function values(deps: FlowDeps, extra: Record<string, string> = {}): Record<string, string> {
  // A runbook's {deployment} is the selected service unless someone typed otherwise.
  const fromSelection: Record<string, string> = deps.service ? { deployment: deps.service } : {};
  return commandValues(deps.session.state, deps.profile, deps.now, {
    ...(deps.service ? { service: deps.service } : {}),
    extra: { actor: deps.session.options.user(), ...fromSelection, ...extra },
  });
}
