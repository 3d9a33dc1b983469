import { afterEach, describe, expect, it } from 'vitest';
import type { FeedMessage } from '../../src/feeds/protocol.js';
import { MetricStore } from '../../src/feeds/store.js';
import { eventsTitle } from '../../src/ui/panels/EventsPanel.js';
import { renderApp, T0 } from '../helpers/app.js';
import type { Screen } from '../helpers/render.js';

function storeAt(feedTs: number): MetricStore {
  const store = new MetricStore({ now: () => T0 });
  store.setFeedState('ws://127.0.0.1:9000', { kind: 'live', since: T0, lastFrameAt: T0 });
  const messages: FeedMessage[] = [
    { type: 'health', service: 'payments', status: 'up', ts: feedTs },
    { type: 'deploy', service: 'payments', version: 'v2.3.1', ts: feedTs },
  ];
  store.ingestFrame('ws://127.0.0.1:9000', { messages, unknown: 0, rejected: [] }, T0);
  return store;
}

let screen: Screen | undefined;
afterEach(() => screen?.unmount());

describe('the feed events panel says whose clock its times are in', () => {
  it('names the gap when the feed clock is 20 minutes behind the header, at 200x60', async () => {
    screen = renderApp({ store: storeAt(T0 - 20 * 60_000), columns: 200, rows: 60 });
    const frame = await screen.waitFor((f) => f.includes('Feed events'), 'the feed events panel');
    expect(frame).toContain('Feed events · feed clock 20m behind');
    expect(frame).toContain('11:40:00');
    expect(frame).toContain('12:00 UTC');
  });

  it('says the clocks agree when they do, and what it reads before any feed time', async () => {
    screen = renderApp({ store: storeAt(T0 - 5000), columns: 200, rows: 60 });
    const frame = await screen.waitFor((f) => f.includes('Feed events'), 'the feed events panel');
    expect(frame).toContain('Feed events (UTC, feed clock = header)');
    expect(eventsTitle(0, T0)).toBe('Feed events (feed clock, UTC)');
    expect(eventsTitle(T0 + 3 * 3_600_000, T0)).toBe('Feed events · feed clock 3h00m ahead');
  });
});
