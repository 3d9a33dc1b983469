/**
 * Cache-miss latency spike: a cache flush leaves redis cold; catalog and inventory go to postgres for
 * every read, latency jumps while traffic stays flat, and recovers as the cache warms.
 * Declare criteria: catalog p95 above 3x baseline for 5 minutes (computed, around minute 18).
 */
import type { Drill } from './drill.js';
import { platform, STOREFRONT } from './platform.js';
import { min } from './types.js';

/** "product pages slow after a cache flush", 45 minutes. */
export const cacheMissLatency: Drill = {
  scenario: {
    name: 'cache-miss-latency',
    title: 'product pages slow after a cache flush',
    seed: 41_004,
    durationMs: min(45),
    intervalMs: 10_000,
    services: platform(...STOREFRONT),
    faults: [
      { kind: 'deploy', at: min(1), service: 'users', version: 'v2.9.0', by: 'ci-pipeline' },
      {
        kind: 'health',
        service: 'redis-cache',
        status: 'degraded',
        from: min(12),
        until: min(27),
        detail: 'hit rate 24% (normal 95%); keyspace rebuilt after FLUSHALL',
      },
      {
        kind: 'latency',
        service: 'catalog',
        factor: 4.6,
        from: min(12.2),
        until: min(24),
        rampMs: min(1.5),
        rampOutMs: min(6),
      },
      {
        kind: 'latency',
        service: 'inventory',
        factor: 2.4,
        from: min(12.4),
        until: min(24),
        rampMs: min(1.5),
        rampOutMs: min(6),
      },
      {
        kind: 'latency',
        service: 'postgres-primary',
        factor: 2.2,
        from: min(12.2),
        until: min(24),
        rampMs: min(1.5),
        rampOutMs: min(6),
      },
      { kind: 'errors', service: 'catalog', ratio: 0.012, from: min(13), until: min(24), rampMs: min(2) },
    ],
  },
  drill: {
    briefing:
      'Tuesday, late morning. Pricing asked ops to clear some stale prices from the cache. Traffic is ' +
      'ordinary for the time of day. You are on call; the board is your first stop.',
    speedHint: 10,
    injects: [
      { at_ms: min(12), kind: 'chat', text: 'ops: ran FLUSHALL on redis-cache to clear the stale prices' },
      { at_ms: min(16), kind: 'ticket', text: 'support ticket: "product pages are really slow right now"' },
      { at_ms: min(19), kind: 'page', text: 'alert: catalog p95 above 3x baseline' },
      { at_ms: min(22), kind: 'chat', text: 'ops: started the cache warm-up job for the top 50k products' },
    ],
    severityHint: 'medium',
    pattern: 'cache-miss',
    mitigation: {
      description: 'the cache warms up again and catalog p95 drops under 1.5x normal',
      signal: { service: 'catalog', metric: 'p95', below: 60 },
    },
  },
};
