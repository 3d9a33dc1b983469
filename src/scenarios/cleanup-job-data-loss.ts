/**
 * Data loss from a cleanup job: the nightly purge runs early with a wrong cutoff and deletes live
 * orders. Metrics stay almost calm: orders' error rate sits at 2-3% (lookups of deleted orders),
 * latency is normal, health stays up. The declare criteria are never met: customers find it first.
 */
import type { Drill } from './drill.js';
import { platform } from './platform.js';
import { min } from './types.js';

/** "customers report missing orders", 60 minutes. */
export const cleanupJobDataLoss: Drill = {
  scenario: {
    name: 'cleanup-job-data-loss',
    title: 'customers report missing orders',
    seed: 41_006,
    durationMs: min(60),
    intervalMs: 10_000,
    services: platform(
      'api-gateway',
      'checkout',
      'payments',
      'orders',
      'inventory',
      'catalog',
      'search',
      'auth',
      'users',
      'shipping',
      'postgres-primary',
      'kafka',
    ),
    // Only orders' own lookups of deleted rows fail; callers mostly read fresh orders.
    coupling: { latency: 0.5, errors: 0.1 },
    faults: [
      { kind: 'deploy', at: min(5), service: 'catalog', version: 'v5.13.1', by: 'ci-pipeline' },
      {
        kind: 'deploy',
        at: min(14),
        service: 'orders',
        version: 'job: purge-abandoned-carts run 8812',
        by: 'scheduler',
      },
      {
        kind: 'errors',
        service: 'orders',
        ratio: 0.026,
        from: min(15),
        until: min(46),
        rampMs: min(5),
        rampOutMs: min(3),
      },
      {
        kind: 'health',
        service: 'orders',
        status: 'up',
        from: min(22),
        until: min(47),
        detail: 'integrity check: 3,812 orders without line items',
      },
      {
        kind: 'deploy',
        at: min(34),
        service: 'orders',
        version: 'job: purge-abandoned-carts paused',
        by: 'on-call',
      },
    ],
  },
  drill: {
    briefing:
      'Wednesday morning. The board has been green all night and still mostly is. Support has started to ' +
      'forward a handful of odd tickets to engineering. You are on call: decide whether this is an incident, ' +
      'how severe it is, and what has to stop first.',
    speedHint: 10,
    injects: [
      {
        at_ms: min(24),
        kind: 'customer',
        text: 'customer ticket: "my order from last week has vanished from my account"',
      },
      {
        at_ms: min(28),
        kind: 'ticket',
        text: 'support lead: 9 tickets in 20 minutes about missing or empty orders',
      },
      {
        at_ms: min(31),
        kind: 'chat',
        text: '#orders: integrity check counts 3,812 orders without line items',
      },
      { at_ms: min(34), kind: 'chat', text: 'on-call: purge-abandoned-carts paused in the scheduler' },
      { at_ms: min(40), kind: 'chat', text: 'DBA: restoring the deleted rows from the 02:00 snapshot' },
    ],
    severityHint: 'critical',
    pattern: 'cleanup-job-data-loss',
    mitigation: {
      description: 'the job is paused and the rows restored; orders lookups stop failing (errors below 1%)',
      signal: { service: 'orders', metric: 'error-rate', below: 0.01 },
    },
  },
};
