/**
 * Third-party dependency down: the external payment provider returns 503s and times out for twenty
 * minutes; payments fails a third of its calls and checkout's 5xx follow, until payments is switched
 * to the fallback provider. Declare criteria: payments above 5% errors for 5 minutes (about minute 16).
 */
import type { Drill } from './drill.js';
import { platform } from './platform.js';
import { min } from './types.js';

/** "payments failing: payment provider down", 50 minutes. */
export const thirdPartyDown: Drill = {
  scenario: {
    name: 'third-party-down',
    title: 'payments failing: payment provider down',
    seed: 41_003,
    durationMs: min(50),
    intervalMs: 10_000,
    // payments' trouble is scripted, not coupled: the fallback switch ends it while the provider is still down.
    services: platform(
      'api-gateway',
      'checkout',
      'payments',
      'payment-provider',
      'orders',
      'inventory',
      'catalog',
      'search',
      'auth',
      'users',
      'postgres-primary',
      'redis-cache',
      'kafka',
    ),
    coupling: { latency: 0.5, errors: 0.3 },
    faults: [
      { kind: 'deploy', at: min(1), service: 'catalog', version: 'v5.13.0', by: 'ci-pipeline' },
      {
        kind: 'errors',
        service: 'payment-provider',
        ratio: 0.93,
        from: min(11),
        until: min(36),
        rampMs: min(1),
      },
      {
        kind: 'latency',
        service: 'payment-provider',
        factor: 9,
        from: min(11),
        until: min(36),
        rampMs: min(1),
      },
      {
        kind: 'health',
        service: 'payment-provider',
        status: 'down',
        from: min(11.5),
        until: min(36),
        detail: 'api.payprovider.example: HTTP 503 / read timeout after 10 s',
      },
      { kind: 'errors', service: 'payments', ratio: 0.34, from: min(11.2), until: min(28), rampMs: min(1.5) },
      { kind: 'latency', service: 'payments', factor: 5, from: min(11.2), until: min(28), rampMs: min(1.5) },
      {
        kind: 'health',
        service: 'payments',
        status: 'degraded',
        from: min(12),
        until: min(28.5),
        detail: 'calls to payment-provider timing out (10 s); retries exhausted',
      },
      {
        kind: 'deploy',
        at: min(27),
        service: 'payments',
        version: 'config: payment_provider=fallback',
        by: 'on-call',
      },
    ],
  },
  drill: {
    briefing:
      'Saturday morning, a normal trading day. Payments go through an external card provider; a fallback ' +
      'provider is configured but switched off because it costs more per transaction. You are on call. Work ' +
      'out what is failing and whose it is, and decide what to switch.',
    speedHint: 10,
    injects: [
      { at_ms: min(13), kind: 'page', text: 'alert: payments error rate above 5%' },
      {
        at_ms: min(15),
        kind: 'customer',
        text: 'customer tickets: "card declined" on every attempt at checkout',
      },
      {
        at_ms: min(18),
        kind: 'chat',
        text: '#payments: the provider status page still says "all systems operational"',
      },
      { at_ms: min(22), kind: 'status', text: 'provider status page: "investigating elevated API errors"' },
      { at_ms: min(27), kind: 'deploy', text: 'config change: payment_provider=fallback on payments' },
      { at_ms: min(37), kind: 'status', text: 'provider status page: "resolved"' },
    ],
    severityHint: 'critical',
    pattern: 'third-party-down',
    mitigation: {
      description: 'payments is switched to the fallback provider; its error rate falls below 1%',
      signal: { service: 'payments', metric: 'error-rate', below: 0.01 },
    },
  },
};
