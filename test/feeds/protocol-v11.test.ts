/** Protocol v1.1: `alert` and `source` messages, and what the store makes of them. */
import { describe, expect, it } from 'vitest';
import { parseFrame } from '../../src/feeds/protocol.js';
import { MetricStore } from '../../src/feeds/store.js';
import { feedSegments } from '../../src/ui/view/feed-summary.js';

const NOW = Date.parse('2026-11-30T01:00:00Z');
const frame = (m: unknown) => parseFrame(JSON.stringify(m), NOW);

describe('alert messages', () => {
  it('are accepted with their optional fields, times normalised to epoch ms', () => {
    const r = frame({
      type: 'alert',
      name: 'QuokkaErrorBudgetBurn',
      status: 'firing',
      ts: '2026-11-30T01:00:00Z',
      service: 'checkout',
      severity: 'critical',
      summary: 'burning',
      startsAt: '2026-11-30T00:55:00Z',
      url: 'http://prom/graph',
    });
    expect(r.rejected).toEqual([]);
    expect(r.messages[0]).toMatchObject({ type: 'alert', ts: NOW, startsAt: NOW - 5 * 60_000 });
  });

  it('are rejected with a reason when the status or name is wrong', () => {
    expect(frame({ type: 'alert', name: 'X', status: 'pending', ts: NOW }).rejected[0]).toMatch(
      /^alert: status/,
    );
    expect(frame({ type: 'alert', name: '', status: 'firing', ts: NOW }).rejected[0]).toMatch(/^alert: name/);
  });
});

describe('the store', () => {
  it('keeps firing alerts, drops resolved ones, and logs each change once', () => {
    const store = new MetricStore({ now: () => NOW });
    const alert = { type: 'alert', name: 'Burn', service: 'checkout', severity: 'critical', ts: NOW };
    store.ingestFrame('f', frame({ ...alert, status: 'firing', startsAt: NOW - 60_000 }), NOW);
    store.ingestFrame('f', frame({ ...alert, status: 'firing' }), NOW);
    expect(store.alerts.firing()).toMatchObject([{ name: 'Burn', service: 'checkout', since: NOW - 60_000 }]);
    store.ingestFrame('f', frame({ ...alert, status: 'resolved' }), NOW);
    expect(store.alerts.firing()).toEqual([]);
    expect(store.events.map((e) => e.text)).toEqual(['firing: Burn', 'resolved: Burn']);
  });

  it('shows a source in trouble first in the footer, with its reason', () => {
    const store = new MetricStore({ now: () => NOW });
    store.setFeedState('ws://127.0.0.1:7070', { kind: 'live', since: NOW, lastFrameAt: NOW });
    store.ingestFrame(
      'ws://127.0.0.1:7070',
      frame({
        type: 'source',
        name: 'prometheus',
        status: 'down',
        ts: NOW - 12_000,
        reason: 'connection refused (prom:9090)',
      }),
      NOW,
    );
    const segments = feedSegments(store, NOW);
    expect(segments[0]).toEqual({
      text: '✖ prometheus DOWN 12s: connection refused (prom:9090)',
      token: 'feed.down',
    });
    expect(segments[1]?.text).toBe('● 127.0.0.1:7070 live');
    expect(store.needsSeconds(NOW)).toBe(true);
    // A source is only as current as the feed that reports it.
    store.setFeedState('ws://127.0.0.1:7070', {
      kind: 'down',
      since: NOW,
      nextRetryAt: NOW + 1000,
      attempt: 1,
      reason: 'connection refused',
    });
    expect(feedSegments(store, NOW).map((s) => s.text)).toEqual([
      '✖ 127.0.0.1:7070 DOWN 0s (connection refused), retry in 1s',
    ]);
  });
});
