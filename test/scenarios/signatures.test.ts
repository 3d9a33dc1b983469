import { describe, expect, it } from 'vitest';
import { parseFixture } from '../../src/feeds/fixture.js';
import {
  detectPatterns,
  drills,
  generateFixture,
  PATTERN_IDS,
  readSignals,
  SIGNATURES,
} from '../../src/scenarios/index.js';
import { runs } from '../../src/scenarios/signals.js';

const table = drills.map((d) => ({
  name: d.scenario.name,
  pattern: d.drill.pattern,
  signals: readSignals(parseFixture(generateFixture(d.scenario), d.scenario.name)),
}));

describe('pattern signatures', () => {
  it.each(table)('$name shows the $pattern signature and no other', ({ pattern, signals }) => {
    expect(detectPatterns(signals)).toEqual([pattern]);
  });

  it('has one signature per pattern id', () => {
    expect(Object.keys(SIGNATURES).sort()).toEqual([...PATTERN_IDS].sort());
  });

  it('tells a bad deploy from a key rotation only by what the health details say', () => {
    const auth = table.find((r) => r.pattern === 'auth-key-rotation')!.signals;
    const silenced = new Map(
      [...auth.services].map(([name, svc]) => [
        name,
        { ...svc, health: svc.health.map(({ t, status }) => ({ t, status })) },
      ]),
    );
    expect(detectPatterns({ ...auth, services: silenced })).toEqual(['bad-deploy']);
  });

  it('loses the bad-deploy signature when the deploy is taken out of the feed', () => {
    const bad = table.find((r) => r.name === 'bad-deploy-cascade')!.signals;
    expect(SIGNATURES['bad-deploy']({ ...bad, deploys: [] })).toBe(false);
  });

  it('counts runs of consecutive samples that last long enough', () => {
    const points = [0, 1, 2, 3, 4, 5, 6].map((i) => ({ t: i * 10, v: [0, 9, 9, 0, 9, 9, 9][i]! }));
    expect(runs(points, (p) => p.v > 5, 30, 10)).toEqual([{ from: 40, to: 60 }]);
    expect(runs(points, (p) => p.v > 5, 0, 10)).toEqual([
      { from: 10, to: 20 },
      { from: 40, to: 60 },
    ]);
  });
});
