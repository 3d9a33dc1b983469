import { describe, expect, it } from 'vitest';
import { MetricStore } from '../../src/feeds/store.js';
import { feedSegments } from '../../src/ui/view/feed-summary.js';

const T0 = Date.UTC(2026, 10, 22, 12, 0, 0);

describe('the footer on a feed', () => {
  it('says connected, waiting for data, not live, until the first frame', () => {
    const store = new MetricStore({ now: () => T0 });
    store.setFeedState('ws://127.0.0.1:9000', { kind: 'connecting', since: T0, attempt: 0, open: true });
    expect(feedSegments(store, T0).map((s) => s.text)).toEqual([
      '◌ 127.0.0.1:9000 connected, waiting for data',
    ]);
    store.setFeedState('ws://127.0.0.1:9000', { kind: 'live', since: T0, lastFrameAt: T0 });
    expect(feedSegments(store, T0).map((s) => s.text)).toEqual(['● 127.0.0.1:9000 live']);
  });
});
