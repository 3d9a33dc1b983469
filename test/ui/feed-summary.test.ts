import { describe, expect, it } from 'vitest';
import { FeedClient } from '../../src/feeds/client.js';
import { MetricStore } from '../../src/feeds/store.js';
import { feedSegments, shortUrl } from '../../src/ui/view/feed-summary.js';

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

  it('never shows a token or password from a feed URL, even one that does not parse', async () => {
    expect(shortUrl('ws://ops:pw-123456@host:1/feed?token=sekrit-123')).toBe('host:1/feed');
    expect(shortUrl('not a url?token=sekrit-123')).not.toContain('sekrit');
    const store = new MetricStore({ now: () => T0 });
    const url = 'ws://127.0.0.1:9/feed?access_token=sekrit-123456';
    const client = new FeedClient({
      urls: [url, 'wss://[bad?token=sekrit-654321'],
      onFrame: () => {},
      onState: (u, s) => store.setFeedState(u, s),
    });
    client.start();
    const deadline = Date.now() + 8000;
    while ([...store.feeds.values()].filter((s) => s.kind === 'down').length < 2 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 5));
    await client.stop();
    const shown =
      JSON.stringify([...store.feeds.values()]) +
      feedSegments(store, T0)
        .map((s) => s.text)
        .join(' ');
    expect(shown).not.toContain('sekrit');
  });
});
