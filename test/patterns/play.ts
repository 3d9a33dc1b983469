/** Test helper: plays a fixture into a real MetricStore (and request baselines) up to an offset. */
import { readFileSync } from 'node:fs';
import { parseFixture, stampMessage } from '../../src/feeds/fixture.js';
import { MetricStore } from '../../src/feeds/store.js';
import { RequestBaselines } from '../../src/patterns/index.js';

/** Where replayed feed time starts. */
export const EPOCH = Date.UTC(2026, 0, 5, 9, 0);

/** The store and baselines after every fixture line with `t <= untilMs`. */
export function playFixture(
  name: string,
  untilMs: number,
): { store: MetricStore; requests: RequestBaselines } {
  const fixture = parseFixture(readFileSync(`fixtures/${name}.jsonl`, 'utf8'), name);
  const store = new MetricStore({ now: () => 0 });
  const requests = new RequestBaselines();
  for (const e of fixture.events) {
    if (e.t > untilMs) break;
    const stamped = stampMessage(e.msg, EPOCH + e.t);
    const messages = stamped.type === 'batch' ? stamped.messages : [stamped];
    // Fixture messages are valid by construction; the store takes them with ts as epoch ms.
    store.ingestFrame('fixture', { messages: messages as never, unknown: 0, rejected: [] }, 0);
    requests.observe(store);
  }
  return { store, requests };
}
