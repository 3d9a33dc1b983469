import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { briefingLines } from '../../src/app/drill-briefing.js';
import { DrillSession } from '../../src/app/drill-session.js';
import { createSharedWall, linkReplay } from '../../src/drill/replay-link.js';
import { loadScenarioFile } from '../../src/drill/scenario-file.js';
import { loadFixture } from '../../src/feeds/fixture.js';
import { type ReplayServer, startReplayServer } from '../../src/feeds/replay-server.js';
import { MetricStore } from '../../src/feeds/store.js';

const scenarioPath = fileURLToPath(
  new URL('../../fixtures/bad-deploy-cascade.scenario.json', import.meta.url),
);
let server: ReplayServer | undefined;
afterEach(async () => {
  await server?.close();
});

async function drill() {
  const scenario = await loadScenarioFile(scenarioPath);
  const wall = createSharedWall();
  server = await startReplayServer({
    fixture: await loadFixture(scenario.fixturePath),
    speed: 10,
    loop: false,
    now: wall.now,
    paused: true,
  });
  const controls = linkReplay(server, wall, { durationMs: scenario.duration_ms });
  return new DrillSession(scenario, controls, new MetricStore());
}

describe('a drill session', () => {
  it('steps speed along the ladder and clamps at both ends', async () => {
    const d = await drill();
    expect(d.stepSpeed(1)).toBe(20);
    expect(d.stepSpeed(1)).toBe(30);
    expect(d.stepSpeed(1)).toBe(60);
    expect(d.stepSpeed(1)).toBe(60);
    for (let i = 0; i < 10; i += 1) d.stepSpeed(-1);
    expect(d.speed).toBe(1);
  });

  it('seeks by whole minutes within the scenario and shows the injects that have arrived', async () => {
    const d = await drill();
    expect(d.paused).toBe(true);
    d.seekBy(18 * 60_000);
    expect(d.position).toBe(18 * 60_000);
    expect(d.latestInject()?.text).toContain('customer tickets');
    d.seekBy(-60 * 60_000);
    expect(d.position).toBe(0);
  });

  it('ends at the end of the scenario and keeps the scorecard at that moment', async () => {
    const d = await drill();
    d.seekBy(d.scenario.duration_ms);
    d.observe();
    expect(d.ended).toBe(true);
    const endedAt = d.endedAt;
    d.togglePause();
    d.observe();
    expect(d.endedAt).toBe(endedAt);
    const profile = (await import('../../src/incident/profiles/index.js')).BUILT_IN_PROFILES['sre-sev3']!;
    const rows = d.score([], profile);
    expect(rows[0]).toMatchObject({
      id: 'declare',
      status: 'missed',
      note: 'criteria met (scenario) at 16m 10s; no incident declared by 50m 00s',
    });
    // Taken again later (as on exit, with the clock still running past the end): the same card.
    const first = d.scorecard([], profile);
    const wallThen = Date.now();
    while (Date.now() < wallThen + 30) await new Promise((r) => setImmediate(r));
    expect(d.now()).toBeGreaterThan(endedAt ?? 0);
    expect(d.scorecard([], profile)).toEqual(first);
    expect(first.heading).toBe("at the scenario's end (50m 00s)");
  });

  it('is not started until p or a seek, so a paused drill shows its briefing first', async () => {
    const d = await drill();
    const profile = (await import('../../src/incident/profiles/index.js')).BUILT_IN_PROFILES['sre-sev3']!;
    expect(d.started).toBe(false);
    const lines = briefingLines(d.scenario, profile, d.speed);
    expect(lines[0]).toBe('Briefing — orders and checkout failing after the orders release');
    expect(lines).toContain(d.scenario.briefing);
    expect(lines.some((l) => l.startsWith('• Acknowledge within 5m 00s'))).toBe(true);
    expect(lines.at(-1)).toBe('Press p to start the drill.');
    // Before it starts nothing is missed: the card so far is pending.
    const card = d.scorecard([], profile);
    expect(card.heading).toMatch(/^so far, 0s of 50m 00s/);
    expect(card.rows.map((r) => r.status)).toEqual(['pending']);
    d.togglePause();
    expect(d.started).toBe(true);
  });
});
