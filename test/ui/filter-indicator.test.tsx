import { afterEach, describe, expect, it } from 'vitest';
import type { FeedMessage } from '../../src/feeds/protocol.js';
import { MetricStore } from '../../src/feeds/store.js';
import { renderApp, T0 } from '../helpers/app.js';
import type { Screen } from '../helpers/render.js';

const SERVICES = ['api-gateway', 'checkout', 'payments', 'redis-cache'];

function seeded(): MetricStore {
  const store = new MetricStore({ now: () => T0 });
  store.setFeedState('ws://127.0.0.1:9000', { kind: 'live', since: T0, lastFrameAt: T0 });
  const messages: FeedMessage[] = SERVICES.flatMap((service): FeedMessage[] => [
    { type: 'health', service, status: 'up', ts: T0 },
    { type: 'error-rate', service, ratio: 0.002, ts: T0 },
  ]);
  store.ingestFrame('ws://127.0.0.1:9000', { messages, unknown: 0, rejected: [] }, T0);
  return store;
}

let screen: Screen | undefined;
afterEach(() => screen?.unmount());

describe('an active service filter', () => {
  it.each([
    [80, 24],
    [120, 40],
    [200, 60],
  ])('says so in the table heading at %ix%i after the prompt closes', async (columns, rows) => {
    screen = renderApp({ store: seeded(), columns, rows });
    await screen.waitFor((f) => f.includes('redis-cache'), 'the services');
    screen.stdin.type('/');
    await screen.waitFor((f) => f.includes('filter:'), 'the filter prompt');
    screen.stdin.type('pay');
    await screen.waitFor((f) => !f.includes('redis-cache'), 'the filtered list');
    screen.stdin.type('\r');
    const frame = await screen.waitFor((f) => !f.includes('pay▏'), 'the prompt to close');
    const heading = frame.split('\n').find((l) => l.includes('SERVICE'));
    expect(heading).toContain('filter: pay');
    expect(frame).toContain('payments');
    expect(frame).not.toContain('checkout');
  });
});
