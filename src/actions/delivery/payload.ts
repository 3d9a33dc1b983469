/**
 * What a target receives. The generic JSON webhook and file targets get one JSON object:
 *
 * ```json
 * {
 *   "incident": { "id": "INC-20261122-1405", "title": "checkout failing", "severity": "SEV2", "status": "identified" },
 *   "update": { "id": "<event id, the same on every retry>", "template": "update", "text": "…", "number": 3 },
 *   "sent_at": "2026-11-22T14:05:00.000Z",
 *   "drill": false
 * }
 * ```
 *
 * `update.number` counts updates from 1; `update.template` is null for free text; `sent_at` is when
 * the person posted it (an outbox retry keeps it), so a receiver can dedupe on `update.id`.
 * A Slack-compatible incoming webhook gets `{"text": "…", "metadata": {...}}`: Slack message
 * metadata carrying the update and incident ids, the only place its body has for them.
 */
import type { IncidentState, PostedUpdate } from '../../incident/state.js';
import { escapeControls } from '../../text/controls.js';

/** The generic JSON payload (see the file comment). */
export type UpdatePayload = {
  readonly incident: {
    readonly id: string;
    readonly title: string;
    readonly severity: string;
    readonly status: string;
  };
  readonly update: {
    readonly id: string;
    readonly template: string | null;
    readonly text: string;
    readonly number: number;
  };
  readonly sent_at: string;
  readonly drill: boolean;
};

/** The JSON payload of `update` as the incident stands now. */
export function updatePayload(state: IncidentState, update: PostedUpdate): UpdatePayload {
  const index = state.updates.findIndex((u) => u.id === update.id);
  return {
    incident: {
      id: state.id,
      title: escapeControls(state.title),
      severity: state.severity,
      status: state.status,
    },
    update: {
      id: update.id,
      template: update.template ?? null,
      text: escapeControls(update.text, { multiline: true }),
      number: index >= 0 ? index + 1 : state.updates.length + 1,
    },
    sent_at: new Date(update.at).toISOString(),
    drill: state.drill,
  };
}

/** The body of a Slack-compatible incoming webhook. */
export type SlackPayload = {
  readonly text: string;
  readonly metadata: {
    readonly event_type: 'warroom_update';
    readonly event_payload: { readonly update_id: string; readonly incident_id: string };
  };
};

/** The body of a Slack-compatible incoming webhook, with the ids a receiver can dedupe on. */
export function slackPayload(update: PostedUpdate, state?: IncidentState): SlackPayload {
  return {
    text: escapeControls(update.text, { multiline: true }),
    metadata: {
      event_type: 'warroom_update',
      event_payload: { update_id: update.id, incident_id: state?.id ?? '' },
    },
  };
}
