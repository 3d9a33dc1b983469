/**
 * Auth failures after a key rotation: the scheduled signing-key rotation publishes a new key that the
 * verifiers cannot fetch; auth rejects a third of tokens with 401 and every caller's errors follow,
 * until the previous key is restored. Declare criteria: auth above 5% errors for 5 minutes (about minute 18).
 */
import type { Drill } from './drill.js';
import { platform, STOREFRONT } from './platform.js';
import { min } from './types.js';

/** "logins and API calls failing with 401 after the key rotation", 45 minutes. */
export const authKeyRotation: Drill = {
  scenario: {
    name: 'auth-key-rotation',
    title: 'logins and API calls failing with 401 after the key rotation',
    seed: 41_007,
    durationMs: min(45),
    intervalMs: 10_000,
    services: platform(...STOREFRONT),
    faults: [
      { kind: 'deploy', at: min(4), service: 'search', version: 'v7.2.0', by: 'ci-pipeline' },
      {
        kind: 'deploy',
        at: min(13),
        service: 'auth',
        version: 'signing-key k-2025-03 (rotation)',
        by: 'secrets-rotation',
      },
      { kind: 'errors', service: 'auth', ratio: 0.36, from: min(13.2), until: min(28.5), rampMs: min(0.5) },
      {
        kind: 'health',
        service: 'auth',
        status: 'degraded',
        from: min(13.5),
        until: min(29),
        detail: 'token verification: unknown key id k-2025-03 (JWKS not refreshed); answering 401',
      },
      {
        kind: 'health',
        service: 'api-gateway',
        status: 'degraded',
        from: min(14),
        until: min(29),
        detail: '401 Unauthorized on a growing share of requests',
      },
      { kind: 'errors', service: 'users', ratio: 0.12, from: min(13.4), until: min(28.5), rampMs: min(0.5) },
      {
        kind: 'health',
        service: 'users',
        status: 'degraded',
        from: min(14),
        until: min(29),
        detail: 'session checks failing: 401 from auth',
      },
      {
        kind: 'deploy',
        at: min(28),
        service: 'auth',
        version: 'signing-key k-2025-02 (restored)',
        by: 'on-call',
      },
    ],
  },
  drill: {
    briefing:
      'Monday morning, start of the business day in Europe. Signing keys rotate automatically on the first ' +
      'Monday of the month. You are on call for the platform; the identity team is in a planning meeting. ' +
      'Decide how bad this is and what to undo.',
    speedHint: 10,
    injects: [
      {
        at_ms: min(13),
        kind: 'deploy',
        text: 'secrets-rotation: new signing key k-2025-03 published for auth',
      },
      { at_ms: min(15), kind: 'customer', text: 'customer tickets: "logged out and cannot log back in"' },
      { at_ms: min(17), kind: 'page', text: 'alert: auth error rate above 5%' },
      {
        at_ms: min(20),
        kind: 'ticket',
        text: 'enterprise customer: "our API integration gets 401 on every other call"',
      },
      {
        at_ms: min(28),
        kind: 'chat',
        text: 'on-call: previous signing key k-2025-02 restored as the active key',
      },
    ],
    severityHint: 'critical',
    pattern: 'auth-key-rotation',
    mitigation: {
      description: 'the previous signing key is restored; auth errors fall below 1%',
      signal: { service: 'auth', metric: 'error-rate', below: 0.01 },
    },
  },
};
