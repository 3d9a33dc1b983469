import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listScenarios, loadScenarioFile } from '../../src/drill/scenario-file.js';
import { parseFixture } from '../../src/feeds/fixture.js';
import {
  buildScenarioFile,
  drills,
  generateFixture,
  PATTERN_IDS,
  readSignals,
  scenarioFileText,
} from '../../src/scenarios/index.js';
import type { Signals } from '../../src/scenarios/signals.js';
import { min } from '../../src/scenarios/types.js';

const fixturesDir = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const built = drills.map((drill) => {
  const text = generateFixture(drill.scenario);
  const fixture = parseFixture(text, `${drill.scenario.name}.jsonl`);
  return { drill, text, fixture, signals: readSignals(fixture), file: buildScenarioFile(drill, fixture) };
});

/** The first tick where any service leaves its calm: errors, latency or health. */
function troubleStart(s: Signals): number {
  let first = Number.POSITIVE_INFINITY;
  for (const svc of s.services.values()) {
    const bad = [
      svc.ratio.find((p) => p.v > Math.max(0.01, 3 * svc.base.ratio))?.t,
      svc.p95.find((p) => p.v > 1.6 * svc.base.p95)?.t,
      svc.health.find((h) => h.status !== 'up' || h.detail !== undefined)?.t,
    ];
    for (const t of bad) if (t !== undefined) first = Math.min(first, t);
  }
  return first;
}

const DEPLOY_CAUSED = new Set(['bad-deploy', 'auth-key-rotation', 'cleanup-job-data-loss']);

describe('the scenario library', () => {
  it('has a drill for every pattern, and names are unique', () => {
    expect(new Set(drills.map((d) => d.drill.pattern))).toEqual(new Set(PATTERN_IDS));
    const names = drills.map((d) => d.scenario.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.length).toBeGreaterThanOrEqual(9);
  });

  it.each(built)(
    '$drill.scenario.name: committed fixture and scenario file are what the generator makes',
    async ({ drill, text, file }) => {
      const name = drill.scenario.name;
      expect(await readFile(`${fixturesDir}${name}.jsonl`, 'utf8')).toBe(text);
      expect(await readFile(`${fixturesDir}${name}.scenario.json`, 'utf8')).toBe(scenarioFileText(file));
      expect(text.length).toBeLessThan(1.5 * 1024 * 1024);
    },
  );

  it.each(built)(
    '$drill.scenario.name: 10+ services over 30-90 minutes with a calm first 8 minutes',
    ({ drill, fixture, signals }) => {
      expect(fixture.header.services.length).toBeGreaterThanOrEqual(10);
      expect(fixture.header.duration_ms).toBeGreaterThanOrEqual(min(30));
      expect(fixture.header.duration_ms).toBeLessThanOrEqual(min(90));
      expect(troubleStart(signals)).toBeGreaterThanOrEqual(min(8));
      for (const spec of drill.scenario.services) {
        const svc = signals.services.get(spec.name)!;
        const early = <T extends { t: number }>(xs: T[]) => xs.filter((p) => p.t < min(5));
        expect(
          early(svc.ratio).every((p) => p.v < 0.01),
          `${spec.name} errors`,
        ).toBe(true);
        expect(
          early(svc.p95).every((p) => p.v > 0.8 * spec.p95Ms && p.v < 1.25 * spec.p95Ms),
          `${spec.name} p95`,
        ).toBe(true);
        expect(
          early(svc.health).every((h) => h.status === 'up'),
          `${spec.name} health`,
        ).toBe(true);
      }
    },
  );

  it.each(built)('$drill.scenario.name: deploys only where the pattern puts them', ({ drill, signals }) => {
    const start = troubleStart(signals);
    const near = (span: number) => signals.deploys.filter((d) => d.t <= start && d.t >= start - span);
    if (DEPLOY_CAUSED.has(drill.drill.pattern)) expect(near(min(5)).length).toBeGreaterThan(0);
    else expect(near(min(10))).toEqual([]);
  });

  it.each(built)(
    '$drill.scenario.name: recovers at mitigated_when.at_ms and stays recovered',
    ({ file, signals }) => {
      const { at_ms, signal } = file.mitigated_when;
      const svc = signals.services.get(signal.service)!;
      const start = troubleStart(signals);
      expect(at_ms).toBeGreaterThan(start);
      expect(at_ms).toBeLessThan(signals.durationMs - min(5));
      const ok = (t: number): boolean => {
        if (signal.metric === 'health') return svc.health.find((h) => h.t === t)?.status === signal.equals;
        const series = signal.metric === 'p95' ? svc.p95 : svc.ratio;
        return (series.find((p) => p.t === t)?.v ?? Number.POSITIVE_INFINITY) < signal.below;
      };
      const ticks = svc.ratio.map((p) => p.t);
      expect(ticks.filter((t) => t >= at_ms).every(ok)).toBe(true);
      expect(ticks.some((t) => t > start && t < at_ms && !ok(t))).toBe(true);
      for (const [name, other] of signals.services) {
        const tail = other.ratio.filter((p) => p.t > signals.durationMs - min(5));
        expect(
          tail.every((p) => p.v < 0.01),
          `${name} calm at the end`,
        ).toBe(true);
      }
    },
  );

  it.each(built)(
    '$drill.scenario.name: declare_by_ms lies between the first trouble and the recovery',
    ({ file, signals }) => {
      const declare = file.expected.declare_by_ms;
      if (declare === undefined) {
        // Only the quiet patterns are allowed to never meet the criteria.
        expect(['cleanup-job-data-loss', 'memory-leak']).toContain(file.expected.pattern);
        return;
      }
      expect(declare).toBeGreaterThanOrEqual(troubleStart(signals) + min(5));
      expect(declare).toBeLessThan(file.mitigated_when.at_ms);
    },
  );

  it('gives the same fixture for the same seed and a different one for another seed', () => {
    for (const { drill, text } of built) {
      expect(generateFixture(drill.scenario)).toBe(text);
      expect(generateFixture({ ...drill.scenario, seed: drill.scenario.seed + 1 })).not.toBe(text);
    }
  });

  it('lists every committed scenario with its title, duration and pattern', async () => {
    const list = await listScenarios(fixturesDir);
    expect(list.map((s) => s.name).sort()).toEqual(drills.map((d) => d.scenario.name).sort());
    const leak = list.find((s) => s.name === 'memory-leak');
    expect(leak).toMatchObject({
      title: 'catalog slowing down all afternoon',
      durationMs: min(75),
      pattern: 'memory-leak',
    });
    for (const s of list) {
      const loaded = await loadScenarioFile(s.path);
      expect(loaded.fixturePath).toBe(`${fixturesDir}${s.name}.jsonl`);
      expect(loaded.injects.every((i) => i.at_ms <= loaded.duration_ms)).toBe(true);
    }
  });
});
