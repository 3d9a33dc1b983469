/**
 * The handshake between a drill clock and a replay server: one wall clock for both, its first
 * reading taken as the anchor, and controls that move both at the same wall instant.
 */
import type { ReplayServer } from '../feeds/replay-server.js';
import { clampDrillSpeed, createDrillClock, type DrillClock } from './clock.js';

/** A wall clock that remembers its first reading and can be held still for one linked change. */
export type SharedWall = {
  readonly now: () => number;
  /** The first reading ever taken; undefined until something reads the clock. */
  firstReading(): number | undefined;
  /** Runs `fn` with the clock frozen at one reading, so two parties see the same instant. */
  hold<T>(fn: () => T): T;
};

/** A shared wall clock over `base` (Date.now by default). */
export function createSharedWall(base: () => number = Date.now): SharedWall {
  let first: number | undefined;
  let held: number | undefined;
  const now = (): number => {
    const at = held ?? base();
    first ??= at;
    return at;
  };
  return {
    now,
    firstReading: () => first,
    hold(fn) {
      const outer = held;
      held = now();
      try {
        return fn();
      } finally {
        held = outer;
      }
    },
  };
}

/** Drill controls that keep the clock and the replay server in step. */
export type DrillControls = {
  readonly clock: DrillClock;
  pause(): void;
  resume(): void;
  /** Applies the clamped speed to both; returns it. */
  setSpeed(speed: number): number;
  seek(offsetMs: number): void;
};

function both(first: () => void, second: () => void): void {
  first();
  second();
}

type Controllable = Pick<ReplayServer, 'pause' | 'resume' | 'setSpeed' | 'seek' | 'speed' | 'paused'>;

/**
 * Links a replay server started with `now: wall.now` to a new drill clock. The server anchors
 * feed time at its first wall reading (feed ts = anchor + t), so that reading is the clock's
 * start in both scenario and wall time.
 */
export function linkReplay(
  server: Controllable,
  wall: SharedWall,
  options: { readonly durationMs?: number } = {},
): DrillControls {
  const start = wall.firstReading();
  if (start === undefined) throw new Error('linkReplay: start the replay server with now: wall.now first');
  if (clampDrillSpeed(server.speed) !== server.speed)
    throw new RangeError(`linkReplay: start the replay server at 1x to 60x (it runs at ${server.speed}x)`);
  const clock = createDrillClock({
    speed: server.speed,
    startScenarioMs: start,
    startWallMs: start,
    wallNow: wall.now,
    paused: server.paused,
    ...(options.durationMs !== undefined ? { durationMs: options.durationMs } : {}),
  });
  return {
    clock,
    pause: () =>
      wall.hold(() =>
        both(
          () => clock.pause(),
          () => server.pause(),
        ),
      ),
    resume: () =>
      wall.hold(() =>
        both(
          () => clock.resume(),
          () => server.resume(),
        ),
      ),
    setSpeed: (speed) =>
      wall.hold(() => {
        const applied = clock.setSpeed(speed);
        server.setSpeed(applied);
        return applied;
      }),
    seek: (offset) =>
      wall.hold(() =>
        both(
          () => clock.seek(offset),
          () => server.seek(offset),
        ),
      ),
  };
}
