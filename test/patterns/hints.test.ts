import { describe, expect, it } from 'vitest';
import { sev4Response, skillPLevels, sreSev3, startupPLevels } from '../../src/incident/profiles/index.js';
import { detectHints, HINT_PATTERNS, type HintPatternId } from '../../src/patterns/index.js';
import { playFixture } from './play.js';

const MIN = 60_000;

/** Each scenario, a moment after its fault, and the one pattern it should show (none for the data-loss job). */
const TABLE: [scenario: string, atMin: number, expected: HintPatternId | null][] = [
  ['demo', 16, 'bad-deploy'],
  ['bad-deploy-cascade', 16, 'bad-deploy'],
  ['auth-key-rotation', 18, 'auth-key-rotation'],
  ['third-party-down', 16, 'third-party-down'],
  ['db-pool-exhaustion', 21, 'db-pool-exhaustion'],
  ['cache-miss-latency', 18, 'cache-miss'],
  ['memory-leak', 38, 'memory-leak'],
  ['traffic-spike', 22, 'traffic-spike'],
  ['cleanup-job-data-loss', 30, null],
];

function firing(scenario: string, atMin: number): HintPatternId[] {
  const { store, requests } = playFixture(scenario, atMin * MIN);
  return [...new Set(detectHints(store, sreSev3, requests).map((h) => h.patternId))];
}

describe('pattern hints over the live store, scenario by pattern', () => {
  it.each(TABLE)('%s at minute %i shows only %s', (scenario, atMin, expected) => {
    const fired = firing(scenario, atMin);
    const table = Object.fromEntries(HINT_PATTERNS.map((p) => [p, fired.includes(p)]));
    expect(table).toEqual(Object.fromEntries(HINT_PATTERNS.map((p) => [p, p === expected])));
  });

  it.each(TABLE)('%s is quiet at minute 5, before its fault', (scenario) => {
    expect(firing(scenario, 5)).toEqual([]);
  });

  it('points at the deployed service, with the deploy in the evidence and the rollback command', () => {
    const { store, requests } = playFixture('bad-deploy-cascade', 16 * MIN);
    const [hint] = detectHints(store, skillPLevels, requests);
    expect(hint).toMatchObject({
      patternId: 'bad-deploy',
      profilePatternId: 'bad-deploy',
      name: 'Bad deploy',
      service: 'orders',
      actions: ['Line the error timeline up with the deploy time', 'Roll back and watch'],
      commandIds: ['recent-commits', 'rollback', 'rollout-status'],
    });
    expect(hint?.evidence[1]).toBe(
      'deploy v4.2.0 by ci-pipeline to orders 6m 00s ago; errors were calm before it',
    );
    const startup = detectHints(store, startupPLevels, requests)[0];
    expect(startup).toMatchObject({ name: 'Deploy to roll back', commandIds: ['rollback'] });
  });

  it("names a pattern from the profile's own patterns, and falls back to a built-in name", () => {
    const pool = playFixture('db-pool-exhaustion', 21 * MIN);
    const [named] = detectHints(pool.store, sev4Response, pool.requests);
    expect(named).toMatchObject({
      name: 'Database pool exhausted',
      profilePatternId: 'db-pool',
      service: 'postgres-primary',
      commandIds: ['db-pool-resize', 'db-kill-idle'],
    });
    expect(named?.evidence.some((e) => e.includes('connections 97/100'))).toBe(true);
    const surge = playFixture('traffic-spike', 22 * MIN);
    const [builtIn] = detectHints(surge.store, sev4Response, surge.requests);
    expect(builtIn).toMatchObject({ name: 'Traffic spike', actions: [], commandIds: [], service: 'search' });
  });

  it('names the dependency that is down and the callers failing with it', () => {
    const { store, requests } = playFixture('third-party-down', 16 * MIN);
    const [hint] = detectHints(store, sev4Response, requests);
    expect(hint).toMatchObject({ name: 'Third party down', service: 'payment-provider' });
    expect(hint?.commandIds).toEqual(['feature-disable', 'fallback-provider']);
    expect(hint?.evidence[0]).toMatch(
      /^payment-provider down for 4m 30s: api\.payprovider\.example: HTTP 503/,
    );
    expect(
      hint?.evidence.some((e) => /^payments error rate \d+\.\d% \(calls to payment-provider/.test(e)),
    ).toBe(true);
  });
});
