/**
 * The drill clock: scenario time for a replay at 1x to 60x with pause and seek, as pure arithmetic
 * over an injected wall clock. It mirrors the replay server's own bookkeeping (position reference,
 * wall reference, anchor) so `now()` equals the `ts` the server stamps on what it sends.
 */

/** Slowest drill speed. */
export const MIN_DRILL_SPEED = 1;
/** Fastest drill speed. */
export const MAX_DRILL_SPEED = 60;

/** Options for {@link createDrillClock}. */
export type DrillClockOptions = {
  /** Replay speed; clamped to 1..60. */
  readonly speed: number;
  /** Epoch ms of scenario offset 0: the replay server's anchor (feed ts = anchor + t). */
  readonly startScenarioMs: number;
  /** The wall clock, shared with the replay server. */
  readonly wallNow: () => number;
  /** Wall time at which offset 0 was current; defaults to `wallNow()` at creation. */
  readonly startWallMs?: number;
  /** Scenario length; when given, position and seek stop at it as the replay server's do. */
  readonly durationMs?: number;
  /** Start paused at offset 0. */
  readonly paused?: boolean;
};

/** A running drill clock. */
export type DrillClock = {
  /** Epoch ms in scenario time (whole ms, like the feed's stamps). */
  now(): number;
  /** Scenario offset in ms from the start. */
  position(): number;
  /** Epoch ms (scenario time) of offset 0; fixed except that a backward seek moves it on. */
  anchor(): number;
  pause(): void;
  resume(): void;
  /** Changes the speed (clamped to 1..60) without a jump in time; returns the speed applied. */
  setSpeed(speed: number): number;
  /** Moves to a scenario offset; going back keeps `now()` from running backwards. */
  seek(scenarioOffsetMs: number): void;
  readonly paused: boolean;
  readonly speed: number;
};

/** A speed clamped to the drill range; anything not a finite number becomes 1x. */
export function clampDrillSpeed(speed: number): number {
  if (!Number.isFinite(speed)) return MIN_DRILL_SPEED;
  return Math.min(MAX_DRILL_SPEED, Math.max(MIN_DRILL_SPEED, speed));
}

/** Creates a drill clock. */
export function createDrillClock(options: DrillClockOptions): DrillClock {
  const wall = options.wallNow;
  const duration = options.durationMs ?? Number.POSITIVE_INFINITY;
  let speed = clampDrillSpeed(options.speed);
  let paused = options.paused ?? false;
  let anchor = options.startScenarioMs;
  let posRef = 0;
  let wallRef = options.startWallMs ?? wall();

  const raw = (at: number): number => (paused ? posRef : posRef + (at - wallRef) * speed);
  const position = (): number => Math.min(raw(wall()), duration);
  const rebase = (): void => {
    const at = wall();
    posRef = Math.min(raw(at), duration);
    wallRef = at;
  };

  return {
    now: () => Math.round(anchor + raw(wall())),
    position,
    anchor: () => anchor,
    pause() {
      rebase();
      paused = true;
    },
    resume() {
      rebase();
      paused = false;
    },
    setSpeed(next) {
      rebase();
      speed = clampDrillSpeed(next);
      return speed;
    },
    seek(offset) {
      const target = Math.min(Math.max(0, Number.isFinite(offset) ? offset : 0), duration);
      const from = position();
      if (target < from) anchor += from - target;
      posRef = target;
      wallRef = wall();
    },
    get paused() {
      return paused;
    },
    get speed() {
      return speed;
    },
  };
}
