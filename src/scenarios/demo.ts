/**
 * The demo scenario: a bad payments deploy adds a slow query pattern; postgres-primary slows,
 * callers degrade, payments' errors pass 5% for well over five minutes; a rollback recovers it.
 */
import { min, type Scenario } from './types.js';

/** "checkout degradation after a bad deploy", 36 minutes of scenario time. */
export const demoScenario: Scenario = {
  name: 'demo',
  title: 'checkout degradation after a bad deploy',
  seed: 20_250_301,
  durationMs: min(36),
  intervalMs: 10_000,
  services: [
    {
      name: 'api-gateway',
      errorRatio: 0.002,
      p95Ms: 45,
      rps: 900,
      sendBaseline: true,
      dependsOn: ['checkout', 'catalog', 'search', 'auth', 'users'],
    },
    {
      name: 'checkout',
      errorRatio: 0.003,
      p95Ms: 180,
      rps: 120,
      dependsOn: ['payments', 'orders', 'inventory'],
    },
    {
      name: 'payments',
      errorRatio: 0.004,
      p95Ms: 210,
      rps: 80,
      dependsOn: ['postgres-primary', 'redis-cache'],
    },
    { name: 'orders', errorRatio: 0.002, p95Ms: 95, rps: 140, dependsOn: ['postgres-primary', 'kafka'] },
    {
      name: 'inventory',
      errorRatio: 0.002,
      p95Ms: 60,
      rps: 200,
      dependsOn: ['postgres-primary', 'redis-cache'],
    },
    { name: 'catalog', errorRatio: 0.001, p95Ms: 38, rps: 520, dependsOn: ['redis-cache'] },
    { name: 'search', errorRatio: 0.003, p95Ms: 120, rps: 260 },
    { name: 'auth', errorRatio: 0.001, p95Ms: 25, rps: 700, dependsOn: ['redis-cache'] },
    { name: 'users', errorRatio: 0.001, p95Ms: 40, rps: 300, dependsOn: ['postgres-primary'] },
    { name: 'notifications', errorRatio: 0.005, p95Ms: 300, rps: 40, dependsOn: ['kafka'] },
    { name: 'shipping', errorRatio: 0.002, p95Ms: 150, rps: 30, dependsOn: ['orders'] },
    { name: 'postgres-primary', errorRatio: 0.0005, p95Ms: 12, rps: 2400 },
    { name: 'redis-cache', errorRatio: 0.0001, p95Ms: 1.8, rps: 6000, sendBaseline: true },
    { name: 'kafka', errorRatio: 0.0002, p95Ms: 9, rps: 1500 },
  ],
  faults: [
    { kind: 'deploy', at: min(3), service: 'catalog', version: 'v5.12.0', by: 'ci-pipeline' },
    { kind: 'deploy', at: min(8), service: 'payments', version: 'v2.3.1', by: 'ci-pipeline' },
    { kind: 'errors', service: 'payments', ratio: 0.095, from: min(8.5), until: min(26), rampMs: min(2.5) },
    {
      kind: 'latency',
      service: 'postgres-primary',
      factor: 4,
      from: min(9.5),
      until: min(25.5),
      rampMs: min(3),
    },
    {
      kind: 'health',
      service: 'postgres-primary',
      status: 'degraded',
      from: min(13),
      until: min(27),
      detail: 'slow queries: lock waits on payment_ledger',
    },
    {
      kind: 'health',
      service: 'checkout',
      status: 'degraded',
      from: min(14),
      until: min(27.5),
      detail: 'payment authorisations timing out',
    },
    {
      kind: 'health',
      service: 'payments',
      status: 'down',
      from: min(16),
      until: min(18.5),
      detail: 'health check 503 on 2 of 3 pods',
    },
    { kind: 'deploy', at: min(25), service: 'payments', version: 'v2.3.0', by: 'on-call (rollback)' },
  ],
};
