/**
 * Memory leak: catalog's heap grows for forty minutes; p95 creeps up, GC pauses show, then pods are
 * OOM-killed one after another until a rolling restart with more memory. No deploy is involved.
 * Declare criteria: never met. The creep is slow enough that the trailing-median baseline climbs
 * with it, so p95 never stays above 3x; the restarts and the slowness have to be read by people.
 */
import type { Drill } from './drill.js';
import { platform, STOREFRONT } from './platform.js';
import { min } from './types.js';

const oom = (at: number, pod: string) => [
  {
    kind: 'health' as const,
    service: 'catalog',
    status: 'down' as const,
    from: min(at),
    until: min(at + 1.5),
    detail: `OOMKilled: pod ${pod} restarted`,
  },
  {
    kind: 'errors' as const,
    service: 'catalog',
    ratio: 0.14,
    from: min(at),
    until: min(at + 1),
    rampMs: min(0.25),
  },
];

/** "catalog slowing down all afternoon", 75 minutes. */
export const memoryLeak: Drill = {
  scenario: {
    name: 'memory-leak',
    title: 'catalog slowing down all afternoon',
    seed: 41_002,
    durationMs: min(75),
    intervalMs: 15_000,
    services: platform(...STOREFRONT),
    faults: [
      { kind: 'deploy', at: min(3), service: 'search', version: 'v7.1.4', by: 'ci-pipeline' },
      {
        kind: 'latency',
        service: 'catalog',
        factor: 4.8,
        from: min(10),
        until: min(58),
        rampMs: min(44),
        rampOutMs: min(3),
      },
      // The first health window in force wins, so the restarts come before the long degraded spell.
      ...oom(40, 'catalog-7f9c4-x2k9n'),
      ...oom(46, 'catalog-7f9c4-q8d1z'),
      ...oom(52, 'catalog-7f9c4-m4w7t'),
      {
        kind: 'health',
        service: 'catalog',
        status: 'degraded',
        from: min(33),
        until: min(58),
        detail: 'GC pauses up to 1.9 s; heap 92% of limit',
      },
    ],
  },
  drill: {
    briefing:
      'A quiet weekday. Nothing has shipped to catalog since Monday. Product pages have felt sluggish to ' +
      'a few people in the office, but no alert has fired. Keep an eye on the board and decide whether, and ' +
      'when, this becomes an incident.',
    speedHint: 15,
    injects: [
      { at_ms: min(25), kind: 'chat', text: '#frontend: product pages feel slow on staging and prod?' },
      { at_ms: min(34), kind: 'ticket', text: 'support ticket: "category pages take 5+ seconds to load"' },
      { at_ms: min(41), kind: 'page', text: 'alert: catalog pod restarted (OOMKilled)' },
      { at_ms: min(47), kind: 'page', text: 'alert: catalog pod restarted (OOMKilled), 2nd in 10 min' },
      {
        at_ms: min(56),
        kind: 'chat',
        text: 'on-call: rolling restart of catalog with memory limit 2 GiB -> 3 GiB',
      },
    ],
    severityHint: 'medium',
    pattern: 'memory-leak',
    mitigation: {
      description: 'a rolling restart with a higher memory limit brings catalog p95 back under 1.5x normal',
      signal: { service: 'catalog', metric: 'p95', below: 60 },
    },
  },
};
