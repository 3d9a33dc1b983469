/** Times a scenario file states about its fixture, computed from the fixture itself. */
import type { MitigationSignal } from '../drill/scenario-file.js';
import { type Fixture, stampMessage } from '../feeds/fixture.js';
import { MetricStore } from '../feeds/store.js';
import type { Signals } from './signals.js';

/** Where a replayed fixture's feed time starts; any fixed instant will do. */
const EPOCH = Date.UTC(2025, 0, 1);

/** When the declare criteria first hold, as the dashboard's own store sees the feed. */
export type DeclarePoint = {
  readonly at: number;
  readonly service: string;
  readonly metric: 'error-rate' | 'p95';
};

/** Plays the fixture into a {@link MetricStore}; the first moment `criteriaMet()` is non-empty. */
export function firstDeclare(fixture: Fixture): DeclarePoint | undefined {
  const store = new MetricStore({ now: () => 0 });
  for (const e of fixture.events) {
    const ts = EPOCH + e.t;
    const stamped = stampMessage(e.msg, ts);
    const messages = stamped.type === 'batch' ? stamped.messages : [stamped];
    // Fixture messages are valid by construction; the store wants them with ts as epoch ms.
    store.ingestFrame('fixture', { messages: messages as never, unknown: 0, rejected: [] }, 0);
    const [hit] = store.criteriaMet();
    if (hit) return { at: e.t, service: hit.service, metric: hit.metric };
  }
  return undefined;
}

/** Whether one tick's value satisfies the signal. */
function holds(signals: Signals, signal: MitigationSignal, t: number): boolean | undefined {
  const svc = signals.services.get(signal.service);
  if (!svc) return undefined;
  if (signal.metric === 'health') {
    const h = svc.health.find((p) => p.t === t);
    return h && h.status === signal.equals;
  }
  const p = (signal.metric === 'p95' ? svc.p95 : svc.ratio).find((x) => x.t === t);
  return p && p.v < signal.below;
}

/** The first tick from which the signal holds through the end, if it ever fails before that. */
export function recoveredAt(signals: Signals, signal: MitigationSignal): number | undefined {
  const svc = signals.services.get(signal.service);
  if (!svc) return undefined;
  const ticks = svc.ratio.map((p) => p.t);
  let lastBad: number | undefined;
  for (const t of ticks) if (holds(signals, signal, t) === false) lastBad = t;
  if (lastBad === undefined) return undefined;
  return ticks.find((t) => t > lastBad);
}
