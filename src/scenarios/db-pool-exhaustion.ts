/**
 * Connection pool exhaustion: a month-end export holds postgres connections; the pools of orders,
 * inventory and users run dry, their calls time out waiting for a connection and 5xx climb.
 * Declare criteria: orders' error rate stays above 5% for 5 minutes (about minute 21).
 */
import type { Drill } from './drill.js';
import { platform, STOREFRONT_WITH_PAYMENTS } from './platform.js';
import { min } from './types.js';

const poolDetail = (busy: string) => `timeouts acquiring a db connection (pool ${busy} busy)`;

/** "checkout timing out: database connections exhausted", 60 minutes. */
export const dbPoolExhaustion: Drill = {
  scenario: {
    name: 'db-pool-exhaustion',
    title: 'checkout timing out: database connections exhausted',
    seed: 41_001,
    durationMs: min(60),
    intervalMs: 10_000,
    services: platform(...STOREFRONT_WITH_PAYMENTS),
    faults: [
      { kind: 'deploy', at: min(4), service: 'notifications', version: 'v3.8.2', by: 'ci-pipeline' },
      {
        kind: 'latency',
        service: 'postgres-primary',
        factor: 5,
        from: min(14),
        until: min(39),
        rampMs: min(4),
      },
      { kind: 'errors', service: 'orders', ratio: 0.11, from: min(15.5), until: min(39), rampMs: min(3) },
      { kind: 'errors', service: 'inventory', ratio: 0.08, from: min(16), until: min(39), rampMs: min(3) },
      { kind: 'errors', service: 'users', ratio: 0.035, from: min(17), until: min(39), rampMs: min(3) },
      {
        kind: 'health',
        service: 'postgres-primary',
        status: 'degraded',
        from: min(17),
        until: min(41),
        detail: 'connections 97/100 in use; 38 clients waiting; oldest query 11 min (export_monthly)',
      },
      {
        kind: 'health',
        service: 'orders',
        status: 'degraded',
        from: min(18),
        until: min(41),
        detail: poolDetail('20/20'),
      },
      {
        kind: 'health',
        service: 'inventory',
        status: 'degraded',
        from: min(18.5),
        until: min(41),
        detail: poolDetail('15/15'),
      },
      {
        kind: 'health',
        service: 'checkout',
        status: 'degraded',
        from: min(19),
        until: min(41),
        detail: 'upstream orders: 504 after 5 s',
      },
    ],
  },
  drill: {
    briefing:
      'Friday, end of the month, mid-afternoon. Finance kicked off the monthly export against the primary ' +
      'database a little earlier. You are on call for the shop platform. Watch the board, decide when this ' +
      'is an incident, and find out what is holding the database before checkout grinds to a halt.',
    speedHint: 10,
    injects: [
      {
        at_ms: min(13),
        kind: 'chat',
        text: '#data: monthly export started on postgres-primary, should take ~20 min',
      },
      { at_ms: min(17), kind: 'chat', text: '#db: pgbouncer shows cl_waiting climbing on the orders pool' },
      { at_ms: min(20), kind: 'page', text: 'PagerDuty: orders 5xx above 5% (critical)' },
      {
        at_ms: min(23),
        kind: 'customer',
        text: 'customer tickets: checkout spins for a long time, then "something went wrong"',
      },
      { at_ms: min(30), kind: 'status', text: 'status page draft waiting for approval: "degraded checkout"' },
      {
        at_ms: min(37),
        kind: 'chat',
        text: 'DBA: export query cancelled, idle-in-transaction sessions terminated',
      },
    ],
    severityHint: 'high',
    pattern: 'db-pool-exhaustion',
    mitigation: {
      description: 'the export is cancelled and stuck connections killed; orders errors fall below 1%',
      signal: { service: 'orders', metric: 'error-rate', below: 0.01 },
    },
  },
};
