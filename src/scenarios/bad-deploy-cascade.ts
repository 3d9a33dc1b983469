/**
 * Cascading 5xx after a bad deploy: orders v4.2.0 throws on a new serializer path; orders' 5xx pass
 * 10% within minutes, checkout and shipping fail with it, the gateway's error rate rises; a rollback
 * ends it. Declare criteria: orders above 5% errors for 5 minutes (about minute 16).
 */
import type { Drill } from './drill.js';
import { platform } from './platform.js';
import { min } from './types.js';

/** "orders and checkout failing after the orders release", 50 minutes. */
export const badDeployCascade: Drill = {
  scenario: {
    name: 'bad-deploy-cascade',
    title: 'orders and checkout failing after the orders release',
    seed: 41_005,
    durationMs: min(50),
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
      'notifications',
      'postgres-primary',
      'kafka',
    ),
    faults: [
      { kind: 'deploy', at: min(2), service: 'search', version: 'v7.1.3', by: 'ci-pipeline' },
      { kind: 'deploy', at: min(10), service: 'orders', version: 'v4.2.0', by: 'ci-pipeline' },
      { kind: 'errors', service: 'orders', ratio: 0.16, from: min(10.5), until: min(27.5), rampMs: min(2) },
      { kind: 'latency', service: 'orders', factor: 2.2, from: min(10.5), until: min(27.5), rampMs: min(2) },
      {
        kind: 'health',
        service: 'orders',
        status: 'degraded',
        from: min(11.5),
        until: min(29),
        detail: 'HTTP 500: NullPointerException in OrderSerializer.lineItems',
      },
      {
        kind: 'health',
        service: 'checkout',
        status: 'degraded',
        from: min(12),
        until: min(29),
        detail: 'upstream orders returning 500',
      },
      {
        kind: 'health',
        service: 'api-gateway',
        status: 'degraded',
        from: min(12.5),
        until: min(29),
        detail: '5xx from orders and checkout',
      },
      {
        kind: 'health',
        service: 'shipping',
        status: 'degraded',
        from: min(12),
        until: min(29),
        detail: 'upstream orders returning 500',
      },
      { kind: 'deploy', at: min(27), service: 'orders', version: 'v4.1.3', by: 'on-call (rollback)' },
    ],
  },
  drill: {
    briefing:
      'Thursday, just after lunch; the release train is running as usual and several teams have shipped ' +
      'today. You are on call for the shop platform. Decide when this is an incident, find the change that ' +
      'caused it, and choose between rolling back and fixing forward.',
    speedHint: 10,
    injects: [
      {
        at_ms: min(10),
        kind: 'deploy',
        text: '#deployments: orders v4.2.0 rolled out to 100% by ci-pipeline',
      },
      { at_ms: min(14), kind: 'page', text: 'alert: orders 5xx above 5%' },
      {
        at_ms: min(17),
        kind: 'customer',
        text: 'customer tickets: "order confirmation page shows an error"',
      },
      {
        at_ms: min(21),
        kind: 'chat',
        text: '#orders: we did not touch checkout, only the serializer refactor',
      },
      { at_ms: min(27), kind: 'deploy', text: 'rollback: orders v4.1.3 rolled out to 100%' },
    ],
    severityHint: 'high',
    pattern: 'bad-deploy',
    mitigation: {
      description: 'orders is rolled back to v4.1.3 and its error rate falls below 1%',
      signal: { service: 'orders', metric: 'error-rate', below: 0.01 },
    },
  },
};
