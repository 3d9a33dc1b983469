import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { type FixtureEvent, parseFixture, type UnstampedMessage } from '../../src/feeds/fixture.js';
import { demoScenario } from '../../src/scenarios/demo.js';
import { generateFixture, type Scenario, ScenarioError, scenarios } from '../../src/scenarios/index.js';
import { conditionsAt, envelope } from '../../src/scenarios/model.js';
import { mulberry32 } from '../../src/scenarios/prng.js';
import { min } from '../../src/scenarios/types.js';

const small: Scenario = {
  name: 'small',
  title: 'a database slows down',
  seed: 1,
  durationMs: min(2),
  intervalMs: 10_000,
  services: [
    { name: 'web', errorRatio: 0.01, p95Ms: 100, rps: 10, dependsOn: ['db'] },
    { name: 'db', errorRatio: 0, p95Ms: 10, rps: 50 },
  ],
  faults: [{ kind: 'latency', service: 'db', factor: 5, from: min(1), until: min(2), rampMs: 0 }],
};

/** Series of one metric for one service, one value per tick. */
function series(
  events: readonly FixtureEvent[],
  type: string,
  service: string,
  field: string,
): { t: number; v: number }[] {
  return events.flatMap((e) => {
    const msgs: readonly UnstampedMessage[] = e.msg.type === 'batch' ? e.msg.messages : [e.msg];
    const m = msgs.find((x) => x.type === type && x.service === service) as
      | Record<string, unknown>
      | undefined;
    return m ? [{ t: e.t, v: m[field] as number }] : [];
  });
}

/** The longest stretch of consecutive ticks where `pred` holds, in ms of scenario time. */
function longestRun(
  points: { t: number; v: number }[],
  pred: (v: number) => boolean,
  interval: number,
): number {
  let best = 0;
  let start: number | undefined;
  for (const p of points) {
    if (pred(p.v)) {
      start ??= p.t;
      best = Math.max(best, p.t - start + interval);
    } else start = undefined;
  }
  return best;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

describe('scenario generator', () => {
  it('gives the same text for the same seed and different text for another', () => {
    expect(generateFixture(small)).toBe(generateFixture(small));
    expect(generateFixture({ ...small, seed: 2 })).not.toBe(generateFixture(small));
    expect(mulberry32(9)()).toBe(mulberry32(9)());
  });

  it('passes a dependency slowdown on to its callers', () => {
    const calm = conditionsAt(small, min(0.5));
    const slow = conditionsAt(small, min(1.5));
    expect(calm.get('web')!.latencyFactor).toBe(1);
    expect(slow.get('db')!.latencyFactor).toBe(5);
    expect(slow.get('web')!.latencyFactor).toBe(3);
  });

  it('ramps a fault window in and out', () => {
    const w = { from: 1000, until: 5000, rampMs: 2000 };
    expect([0, 1000, 2000, 3000, 5000, 6000, 7000, 9000].map((t) => envelope(w, t))).toEqual([
      0, 0, 0.5, 1, 1, 0.5, 0, 0,
    ]);
  });

  it('refuses scenarios that do not hold together', () => {
    const cyclic: Scenario = {
      ...small,
      services: [
        { name: 'a', errorRatio: 0, p95Ms: 1, rps: 1, dependsOn: ['b'] },
        { name: 'b', errorRatio: 0, p95Ms: 1, rps: 1, dependsOn: ['a'] },
      ],
      faults: [],
    };
    expect(() => generateFixture(cyclic)).toThrow(ScenarioError);
    expect(() => generateFixture(cyclic)).toThrow('dependency cycle: a -> b -> a');
    const typo: Scenario = { ...small, faults: [{ kind: 'deploy', at: 0, service: 'wbe', version: '1' }] };
    expect(() => generateFixture(typo)).toThrow('names unknown service "wbe"');
  });

  it('writes fixtures the fixture parser accepts, one batch line per tick', () => {
    const fixture = parseFixture(generateFixture(small), 'small.jsonl');
    expect(fixture.header).toMatchObject({
      name: 'small',
      duration_ms: min(2),
      interval_ms: 10_000,
      seed: 1,
    });
    expect(fixture.events).toHaveLength(13);
    const first = fixture.events[0]!.msg;
    expect(first.type === 'batch' && first.messages.map((m) => m.type)).toEqual([
      'health',
      'error-rate',
      'latency',
      'health',
      'error-rate',
      'latency',
    ]);
  });
});

describe('the demo fixture', () => {
  const text = generateFixture(demoScenario);
  const { header, events } = parseFixture(text, 'demo.jsonl');
  const interval = header.interval_ms;

  it('is the committed fixtures/demo.jsonl (run `npm run fixtures` after changing a scenario)', async () => {
    const committed = await readFile(new URL('../../fixtures/demo.jsonl', import.meta.url), 'utf8');
    expect(committed).toBe(text);
    expect(scenarios.map((s) => s.name)).toContain('demo');
  });

  it('covers 12 or more services for at least 30 minutes', () => {
    expect(header.services.length).toBeGreaterThanOrEqual(12);
    expect(header.duration_ms).toBeGreaterThanOrEqual(min(30));
    expect(events.at(-1)!.t).toBeGreaterThanOrEqual(min(30));
    expect(header.title).toMatch(/bad deploy/);
  });

  it('has a bad deploy after a calm baseline, and a rollback near the end', () => {
    const deploys = events.flatMap((e) => (e.msg.type === 'deploy' ? [{ t: e.t, ...e.msg }] : []));
    const bad = deploys.find((d) => d.service === 'payments' && d.version === 'v2.3.1');
    expect(bad?.t).toBeGreaterThanOrEqual(min(7));
    const rollback = deploys.find((d) => d.service === 'payments' && d.t > bad!.t);
    expect(rollback?.by).toMatch(/rollback/);
    const ratio = series(events, 'error-rate', 'payments', 'ratio');
    expect(ratio.filter((p) => p.t < min(8)).every((p) => p.v < 0.01)).toBe(true);
    expect(ratio.filter((p) => p.t > min(31)).every((p) => p.v < 0.01)).toBe(true);
  });

  it('keeps the deployed service above 5% errors for well over 5 minutes', () => {
    const ratio = series(events, 'error-rate', 'payments', 'ratio');
    expect(longestRun(ratio, (v) => v > 0.05, interval)).toBeGreaterThan(min(8));
  });

  it('keeps the dependency p95 above 3x its early median for over 5 minutes', () => {
    const p95 = series(events, 'latency', 'postgres-primary', 'p95');
    const early = median(p95.filter((p) => p.t < min(8)).map((p) => p.v));
    expect(longestRun(p95, (v) => v > 3 * early, interval)).toBeGreaterThan(min(5));
  });

  it('flips health to degraded and down, and back to up', () => {
    const statuses = events.flatMap((e) =>
      e.msg.type === 'batch' ? e.msg.messages.flatMap((m) => (m.type === 'health' ? [m.status] : [])) : [],
    );
    expect(new Set(statuses)).toEqual(new Set(['up', 'degraded', 'down']));
    const last = events.at(-1)!.msg;
    expect(
      last.type === 'batch' && last.messages.every((m) => m.type !== 'health' || m.status === 'up'),
    ).toBe(true);
  });

  it('sends requests and p50/p99 everywhere, but baseline_p95 for only a few services', () => {
    const tick = events[0]!.msg;
    if (tick.type !== 'batch') throw new Error('first line should be a batch');
    const latency = tick.messages.filter((m) => m.type === 'latency');
    expect(latency).toHaveLength(header.services.length);
    expect(latency.every((m) => m.p50 !== undefined && m.p99 !== undefined)).toBe(true);
    expect(tick.messages.filter((m) => m.type === 'error-rate').every((m) => (m.requests ?? 0) > 0)).toBe(
      true,
    );
    const withBaseline = latency.filter((m) => m.baseline_p95 !== undefined).length;
    expect(withBaseline).toBeGreaterThanOrEqual(1);
    expect(withBaseline).toBeLessThanOrEqual(2);
  });
});
