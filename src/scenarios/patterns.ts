/** The incident patterns drills are built around, from the seed runbooks. */

/** Every pattern id a scenario file may name as its expected pattern. */
export const PATTERN_IDS = [
  'db-pool-exhaustion',
  'memory-leak',
  'third-party-down',
  'cache-miss',
  'bad-deploy',
  'cleanup-job-data-loss',
  'auth-key-rotation',
  'traffic-spike',
] as const;

/** One incident pattern. */
export type PatternId = (typeof PATTERN_IDS)[number];
