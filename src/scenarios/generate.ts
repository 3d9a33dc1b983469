/** Turns a scenario into fixture text (JSON Lines), deterministically for its seed. */
import type { UnstampedMessage } from '../feeds/fixture.js';
import type { HealthStatus } from '../feeds/protocol.js';
import { type Condition, checkScenario, conditionsAt } from './model.js';
import { gaussian, mulberry32, type Random } from './prng.js';
import type { Scenario, ServiceSpec } from './types.js';

const round = (x: number, places: number): number => {
  const f = 10 ** places;
  return Math.round(x * f) / f;
};

/** A status from the numbers when no fault forces one: the checks a health endpoint might make. */
function derivedHealth(ratio: number, factor: number): { status: HealthStatus; detail?: string } {
  if (ratio >= 0.5) return { status: 'down', detail: `error ratio ${(ratio * 100).toFixed(1)}%` };
  if (ratio > 0.05) return { status: 'degraded', detail: `error ratio ${(ratio * 100).toFixed(1)}%` };
  if (factor > 3) return { status: 'degraded', detail: `p95 ${factor.toFixed(1)}x normal` };
  return { status: 'up' };
}

function tickMessages(
  svc: ServiceSpec,
  c: Condition,
  intervalMs: number,
  random: Random,
): UnstampedMessage[] {
  // rps * 1 is exact, so scenarios without traffic faults keep their bytes.
  const rate = svc.rps * c.trafficFactor;
  const requests = Math.max(1, Math.round(rate * (intervalMs / 1000) * (1 + gaussian(random, 0.03))));
  const expected = c.ratio * (1 + gaussian(random, 0.12));
  const errors = Math.min(requests, Math.max(0, Math.round(requests * expected)));
  const ratio = round(errors / requests, 5);
  const p95 = round(Math.max(0.1, svc.p95Ms * c.latencyFactor * (1 + gaussian(random, 0.04))), 1);
  const p50 = round(p95 * (0.42 + gaussian(random, 0.02)), 1);
  const p99 = round(p95 * (1.8 + Math.abs(gaussian(random, 0.1))), 1);
  const health = c.health ?? derivedHealth(ratio, c.latencyFactor);
  return [
    {
      type: 'health',
      service: svc.name,
      status: health.status,
      ...(health.detail ? { detail: health.detail } : {}),
    },
    { type: 'error-rate', service: svc.name, ratio, requests },
    {
      type: 'latency',
      service: svc.name,
      p95,
      p50,
      p99,
      ...(svc.sendBaseline ? { baseline_p95: svc.p95Ms } : {}),
    },
  ];
}

/** Generates the fixture for `scenario`: a header line, then deploys and one batch line per tick. */
export function generateFixture(scenario: Scenario): string {
  checkScenario(scenario);
  const random = mulberry32(scenario.seed);
  const header = {
    fixture: 1,
    name: scenario.name,
    title: scenario.title,
    services: scenario.services.map((s) => s.name),
    duration_ms: scenario.durationMs,
    interval_ms: scenario.intervalMs,
    seed: scenario.seed,
  };
  const lines: string[] = [JSON.stringify(header)];
  const deploys = scenario.faults
    .flatMap((f) => (f.kind === 'deploy' ? [f] : []))
    .sort((a, b) => a.at - b.at);
  let d = 0;
  for (let t = 0; t <= scenario.durationMs; t += scenario.intervalMs) {
    // A deploy goes out before the tick that first shows its effect.
    for (; d < deploys.length && deploys[d]!.at <= t; d++) {
      const { at, service, version, by } = deploys[d]!;
      lines.push(JSON.stringify({ t: at, msg: { type: 'deploy', service, version, ...(by ? { by } : {}) } }));
    }
    const conditions = conditionsAt(scenario, t);
    const messages = scenario.services.flatMap((svc) =>
      tickMessages(svc, conditions.get(svc.name)!, scenario.intervalMs, random),
    );
    lines.push(JSON.stringify({ t, msg: { type: 'batch', messages } }));
  }
  return `${lines.join('\n')}\n`;
}
