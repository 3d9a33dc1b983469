/**
 * A feed that invents service names cannot grow the dashboard without bound: services are capped,
 * the idle ones go first, and the screen counts what was dropped.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { FeedClient } from '../../src/feeds/client.js';
import type { FeedMessage } from '../../src/feeds/protocol.js';
import { DEFAULT_MAX_SERVICES, MetricStore } from '../../src/feeds/store.js';
import { trafficText } from '../../src/ui/view/feed-summary.js';
import { startTestServer, type TestServer, waitFor } from './helpers.js';

const T0 = Date.UTC(2026, 10, 22, 12, 0, 0);
const up = (service: string, ts = T0): FeedMessage => ({ type: 'health', service, status: 'up', ts });

let server: TestServer | undefined;
let client: FeedClient | undefined;
afterEach(async () => {
  await client?.stop();
  await server?.close();
});

describe('the service cap', () => {
  it('has a sensible default', () => {
    expect(DEFAULT_MAX_SERVICES).toBeGreaterThanOrEqual(200);
    expect(DEFAULT_MAX_SERVICES).toBeLessThanOrEqual(2000);
  });

  it('evicts the service idle longest to make room, and keeps the ones still talking', () => {
    let now = T0;
    const store = new MetricStore({ now: () => now, maxServices: 3, staleAfterMs: 15_000 });
    store.ingestFrame('f', { messages: [up('old'), up('a'), up('b')], unknown: 0, rejected: [] });
    now += 60_000;
    store.ingestFrame('f', { messages: [up('a', now), up('b', now)], unknown: 0, rejected: [] });
    store.ingestFrame('f', { messages: [up('new', now)], unknown: 0, rejected: [] });
    expect([...store.services.keys()].sort()).toEqual(['a', 'b', 'new']);
    expect(store.droppedServices).toBe(1);
  });

  it('refuses a new name when every service is still talking, counting each name once', () => {
    const store = new MetricStore({ now: () => T0, maxServices: 2 });
    store.ingestFrame('f', {
      messages: [up('a'), up('b'), up('x'), up('x'), up('y')],
      unknown: 0,
      rejected: [],
    });
    expect([...store.services.keys()]).toEqual(['a', 'b']);
    expect(store.droppedServices).toBe(2);
    expect(trafficText(store, T0)).toContain('2 services over the cap of 2, dropped');
  });

  it('stays bounded against a real WebSocket feed inventing thousands of names', async () => {
    server = await startTestServer();
    // No service goes idle during the test (a loaded machine may take a while): every new name past
    // the cap is refused, none evicts another.
    const store = new MetricStore({ maxServices: 100, staleAfterMs: 3_600_000 });
    client = new FeedClient({
      urls: [server.url],
      onFrame: (url, result, at) => store.ingestFrame(url, result, at),
      onState: (url, state) => store.setFeedState(url, state),
    });
    client.start();
    await waitFor(() => server!.sockets.length > 0, 'the client to connect');
    const frames = 40;
    for (let f = 0; f < frames; f += 1) {
      const messages = Array.from({ length: 100 }, (_, i) => ({
        type: 'error-rate',
        service: `svc-${f}-${i}-${'x'.repeat(40)}`,
        ratio: 0.01,
        ts: Date.now(),
      }));
      server.broadcast(JSON.stringify({ type: 'batch', messages }));
    }
    await waitFor(() => store.accepted + store.droppedServices >= frames * 100, 'every frame', 20_000);
    expect(store.services.size).toBe(100);
    expect(store.droppedServices).toBe(frames * 100 - 100);
    expect(trafficText(store, Date.now())).toContain('3900 services over the cap of 100, dropped');
  });
});
