import { describe, expect, it } from 'vitest';
import { createDrillClock, MAX_DRILL_SPEED } from '../../src/drill/clock.js';

const ANCHOR = Date.UTC(2026, 10, 18, 12, 0);
const MIN = 60_000;

function wallAt(start: number) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('drill clock', () => {
  it('runs scenario time at the replay speed, so a 5 min ack SLA passes in 10 s at 30x', () => {
    const wall = wallAt(1_000);
    const clock = createDrillClock({ speed: 30, startScenarioMs: ANCHOR, wallNow: wall.now });
    wall.advance(10_000);
    expect(clock.now()).toBe(ANCHOR + 5 * MIN);
    expect(clock.position()).toBe(5 * MIN);
  });

  it('stays continuous across speed changes', () => {
    const wall = wallAt(0);
    const clock = createDrillClock({ speed: 10, startScenarioMs: ANCHOR, wallNow: wall.now });
    wall.advance(6_000);
    expect(clock.setSpeed(60)).toBe(60);
    expect(clock.position()).toBe(MIN);
    wall.advance(1_000);
    expect(clock.position()).toBe(2 * MIN);
    expect(clock.now()).toBe(ANCHOR + 2 * MIN);
  });

  it('clamps the speed to 1x..60x', () => {
    const clock = createDrillClock({ speed: 500, startScenarioMs: ANCHOR, wallNow: () => 0 });
    expect(clock.speed).toBe(MAX_DRILL_SPEED);
    expect(clock.setSpeed(0.25)).toBe(1);
    expect(clock.setSpeed(Number.NaN)).toBe(1);
  });

  it('stands still while paused and carries on from the same point', () => {
    const wall = wallAt(0);
    const clock = createDrillClock({ speed: 10, startScenarioMs: ANCHOR, wallNow: wall.now });
    wall.advance(3_000);
    clock.pause();
    wall.advance(50_000);
    expect(clock.paused).toBe(true);
    expect(clock.position()).toBe(30_000);
    clock.resume();
    wall.advance(1_000);
    expect(clock.position()).toBe(40_000);
  });

  it('seeks forward by jumping time, and back without letting time run backwards', () => {
    const wall = wallAt(0);
    const clock = createDrillClock({ speed: 10, startScenarioMs: ANCHOR, wallNow: wall.now });
    clock.seek(10 * MIN);
    expect(clock.now()).toBe(ANCHOR + 10 * MIN);
    clock.seek(4 * MIN);
    expect(clock.position()).toBe(4 * MIN);
    expect(clock.now()).toBe(ANCHOR + 10 * MIN);
    wall.advance(6_000);
    expect(clock.now()).toBe(ANCHOR + 11 * MIN);
  });

  it('stops its position at the scenario length but keeps time running for the countdowns', () => {
    const wall = wallAt(0);
    const clock = createDrillClock({
      speed: 60,
      startScenarioMs: ANCHOR,
      wallNow: wall.now,
      durationMs: 10 * MIN,
    });
    wall.advance(11_000);
    expect(clock.position()).toBe(10 * MIN);
    expect(clock.now()).toBe(ANCHOR + 11 * MIN);
    clock.seek(99 * MIN);
    expect(clock.position()).toBe(10 * MIN);
  });

  it('can start paused, as a drill waiting for the team', () => {
    const wall = wallAt(0);
    const clock = createDrillClock({ speed: 10, startScenarioMs: ANCHOR, wallNow: wall.now, paused: true });
    wall.advance(5_000);
    expect(clock.position()).toBe(0);
  });
});
