import { describe, expect, it } from 'vitest';
import { MetricStore } from '../../src/feeds/store.js';
import type { FeedMessage } from '../../src/feeds/protocol.js';
import { sreSev3 } from '../../src/incident/profiles/index.js';
import { detectHints, RequestBaselines } from '../../src/patterns/index.js';

describe('pattern hints cost', () => {
  it('run over 200 services with an hour of history in well under a second-long repaint budget', () => {
    const store = new MetricStore({ now: () => 0 });
    const requests = new RequestBaselines();
    const t0 = Date.UTC(2026, 0, 5, 9, 0);
    for (let t = 0; t <= 60 * 60_000; t += 15_000) {
      const messages: FeedMessage[] = [];
      for (let i = 0; i < 200; i++) {
        const service = `svc-${i}`;
        messages.push({
          type: 'error-rate',
          service,
          ratio: i === 7 && t > 40 * 60_000 ? 0.2 : 0.002,
          requests: 1000,
          ts: t0 + t,
        });
        messages.push({ type: 'latency', service, p95: 100 + (i % 5), ts: t0 + t });
      }
      if (t === 35 * 60_000) messages.push({ type: 'deploy', service: 'svc-7', version: 'v2', ts: t0 + t });
      store.ingestFrame('f', { messages, unknown: 0, rejected: [] }, 0);
      requests.observe(store);
    }
    const started = performance.now();
    let hints = detectHints(store, sreSev3, requests);
    for (let i = 0; i < 19; i++) hints = detectHints(store, sreSev3, requests);
    const perCall = (performance.now() - started) / 20;
    expect(hints.map((h) => `${h.patternId}:${h.service}`)).toEqual(['bad-deploy:svc-7']);
    expect(perCall).toBeLessThan(50);
  });
});
