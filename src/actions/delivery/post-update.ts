/**
 * Posting a status update. Order, so nothing typed is lost: the update is journalled first
 * (update/posted, every target pending, fsynced), which also resets the "next update due" clock;
 * then each target is tried; then each outcome is journalled as update/delivered. A target that
 * failed stays in `state.updates[].pending` (the outbox) and `retryOutbox` tries it again, also
 * after a restart, since the outbox is folded from the journal. In a drill the update goes to the
 * drill outbox file only, never to a network target.
 */
import type { IncidentSession } from '../../app/incident-session.js';
import type { Delivery } from '../../incident/events.js';
import type { PostedUpdate } from '../../incident/state.js';
import { withoutInnerTries } from '../../text/inner-tries.js';
import { unfilledMarkers } from '../render-update.js';
import { type DeliverOptions, deliver } from './deliver.js';
import { claim, release } from './in-flight.js';
import { DEFAULT_MAX_ATTEMPTS, triesSoFar } from './pending.js';
import { drillTarget, type ResolvedTarget } from './targets.js';

/** What to post. */
export type PostRequest = {
  readonly template?: string;
  readonly text: string;
  /** Where to send it (see resolveTargets); ignored in a drill. */
  readonly targets: readonly ResolvedTarget[];
  /** Send even though the text still holds ⟨name?⟩ markers. */
  readonly sendAnyway?: boolean;
  /** The next-update time the text promised; the clock counts to it. */
  readonly nextUpdateAt?: number;
};

/** Where things are and how to send them. */
export type PostContext = DeliverOptions & {
  /** The data directory; the drill outbox lives in <dataDir>/drills/outbox.jsonl. */
  readonly dataDir: string;
};

/** What happened to a post. */
export type PostResult = {
  readonly update: string;
  readonly deliveries: readonly Delivery[];
  readonly drill: boolean;
  /** One line for the status bar: "posted; delivered to slack; ops-hook failed (HTTP 500), kept in the outbox". */
  readonly summary: string;
};

/** Journals a posted update, delivers it to each target and journals each outcome. */
export async function postUpdate(
  session: IncidentSession,
  request: PostRequest,
  context: PostContext,
): Promise<PostResult> {
  const text = request.text.trim();
  if (!text) throw new Error('the update is empty; write something before posting');
  const markers = unfilledMarkers(text);
  if (markers.length > 0 && !request.sendAnyway)
    throw new Error(`fill in ${markers.map((m) => `⟨${m}?⟩`).join(', ')} first, or choose to send anyway`);
  const drill = session.state.drill;
  const targets = drill ? [drillTarget(context.dataDir)] : request.targets;
  const event = session.record({
    type: 'update/posted',
    ...(request.template ? { template: request.template } : {}),
    text,
    targets: targets.map((t) => t.id),
    deliveries: [],
    ...(request.nextUpdateAt === undefined ? {} : { nextUpdateAt: request.nextUpdateAt }),
  });
  const update = session.state.updates.find((u) => u.id === event.id);
  if (!update) throw new Error('the update was journalled but not applied; is an incident open?');
  const wouldGoTo = drill ? request.targets.map((t) => t.id) : [];
  const deliveries = await deliverAll(session, update, targets, { ...context, wouldGoTo });
  return { update: event.id, deliveries, drill, summary: summarize(deliveries, drill) };
}

/**
 * Sends `update` to each target at once and journals each outcome as it comes, with its attempt
 * number and, for a failure, whether it is now parked for a person: a final refusal, or the
 * `maxAttempts`-th send that did not succeed.
 */
export async function deliverAll(
  session: IncidentSession,
  update: PostedUpdate,
  targets: readonly ResolvedTarget[],
  options: DeliverOptions & { readonly maxAttempts?: number },
): Promise<Delivery[]> {
  const max = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const results = await Promise.all(
    targets.map(async (target) => {
      if (!claim(session, update.id, target.id)) return undefined;
      try {
        const sent = await deliver(target, session.state, update, options);
        const attempt = triesSoFar(session.events, update.id, target.id) + 1;
        const parked = !sent.ok && (sent.outcome === 'rejected' || attempt >= max);
        const delivery: Delivery = { ...sent, attempt, ...(sent.ok ? {} : { parked }) };
        session.record({ type: 'update/delivered', update: update.id, delivery });
        return delivery;
      } finally {
        release(session, update.id, target.id);
      }
    }),
  );
  return results.filter((d): d is Delivery => d !== undefined);
}

/** One line describing the deliveries. */
export function summarize(deliveries: readonly Delivery[], drill = false): string {
  if (drill) return 'drill: written to the drill outbox only; nothing was sent';
  if (deliveries.length === 0) return 'posted to the timeline; no delivery targets';
  const ok = deliveries.filter((d) => d.ok).map((d) => d.target);
  const notOk = deliveries.filter((d) => !d.ok);
  const said = (d: Delivery) => {
    const detail = withoutInnerTries(d.detail ?? 'no detail');
    if (d.outcome === 'unknown') return `${d.target}: ${detail}`;
    if (d.outcome === 'rejected') return `${d.target} refused it (${detail})`;
    return `${d.target} failed (${detail})`;
  };
  const parts = [...(ok.length ? [`delivered to ${ok.join(', ')}`] : []), ...notOk.map(said)];
  const retried = notOk.some((d) => d.outcome !== 'rejected');
  const parked = notOk.some((d) => d.outcome === 'rejected');
  const tail = `${retried ? '; kept in the outbox for retry' : ''}${parked ? '; kept in the outbox for a person to retry or drop (m)' : ''}`;
  // "posted" only when some target has it: a post no target took is not posted anywhere yet.
  return `${ok.length > 0 ? 'posted' : 'not delivered'}; ${parts.join('; ')}${tail}`;
}
