/**
 * Traffic spike: a flash-sale email sends four times the usual traffic to the storefront; search
 * saturates and its p95 passes 3x, the gateway slows, until search is scaled out. Traffic stays high.
 * Declare criteria: search p95 above 3x baseline for 5 minutes (computed, around minute 22).
 */
import type { Drill } from './drill.js';
import { platform, STOREFRONT_WITH_PAYMENTS } from './platform.js';
import { min } from './types.js';

const surge = (service: string, factor: number) => ({
  kind: 'traffic' as const,
  service,
  factor,
  from: min(14),
  until: min(48),
  rampMs: min(3),
  rampOutMs: min(8),
});

/** "storefront slow during the flash sale", 60 minutes. */
export const trafficSpike: Drill = {
  scenario: {
    name: 'traffic-spike',
    title: 'storefront slow during the flash sale',
    seed: 41_008,
    durationMs: min(60),
    intervalMs: 10_000,
    services: platform(...STOREFRONT_WITH_PAYMENTS),
    faults: [
      { kind: 'deploy', at: min(3), service: 'notifications', version: 'v3.8.3', by: 'ci-pipeline' },
      surge('api-gateway', 4),
      surge('search', 4.5),
      surge('catalog', 4),
      surge('auth', 3.5),
      surge('redis-cache', 3),
      surge('checkout', 2.2),
      {
        kind: 'latency',
        service: 'search',
        factor: 4.2,
        from: min(15),
        until: min(31),
        rampMs: min(4),
        rampOutMs: min(3),
      },
      {
        kind: 'latency',
        service: 'catalog',
        factor: 1.8,
        from: min(15),
        until: min(31),
        rampMs: min(4),
        rampOutMs: min(3),
      },
      { kind: 'errors', service: 'search', ratio: 0.028, from: min(18), until: min(31), rampMs: min(3) },
      {
        kind: 'health',
        service: 'search',
        status: 'degraded',
        from: min(19),
        until: min(32),
        detail: 'CPU 97% on all 6 replicas; request queue 1.4k',
      },
    ],
  },
  drill: {
    briefing:
      'Black Friday week. Marketing has a flash sale planned for today, but nobody told the platform team ' +
      'the exact time. You are on call. Separate load from breakage, and decide what to scale.',
    speedHint: 10,
    injects: [
      { at_ms: min(14), kind: 'chat', text: 'marketing: flash-sale email just went out to 2.1M subscribers' },
      { at_ms: min(19), kind: 'page', text: 'alert: search p95 above 2x baseline' },
      { at_ms: min(23), kind: 'customer', text: 'customer tickets: "search results take forever to load"' },
      { at_ms: min(29), kind: 'chat', text: 'on-call: search scaled from 6 to 18 replicas' },
    ],
    severityHint: 'medium',
    pattern: 'traffic-spike',
    mitigation: {
      description: 'search is scaled out and its p95 drops under 1.5x normal while traffic stays high',
      signal: { service: 'search', metric: 'p95', below: 190 },
    },
  },
};
