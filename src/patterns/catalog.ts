/**
 * The patterns the live hints know, their built-in names, and how each maps onto the ids a
 * profile's own patterns use (the runbooks name the same thing differently) and onto its commands.
 */
import type { PatternId } from '../scenarios/patterns.js';

/** Patterns the live hints detect (data loss from a cleanup job has no live signature). */
export const HINT_PATTERNS = [
  'bad-deploy',
  'auth-key-rotation',
  'third-party-down',
  'db-pool-exhaustion',
  'cache-miss',
  'memory-leak',
  'traffic-spike',
] as const satisfies readonly PatternId[];

/** A pattern the hints detect. */
export type HintPatternId = (typeof HINT_PATTERNS)[number];

/** What the hints know about one pattern. */
export type PatternInfo = {
  /** Shown when the profile has no pattern of its own for it. */
  readonly name: string;
  /** Profile pattern ids that mean this pattern, best match first. */
  readonly profileIds: readonly string[];
  /** Profile mitigation commands that fit, matched on id and label. */
  readonly commands: RegExp;
};

/** Every hint pattern, by id. */
export const PATTERN_INFO: Readonly<Record<HintPatternId, PatternInfo>> = {
  'bad-deploy': {
    name: 'Bad deploy',
    profileIds: ['bad-deploy', 'deploy-rollback', 'cascading-5xx', 'error-spike'],
    commands: /rollback|roll back|rollout undo/i,
  },
  'auth-key-rotation': {
    name: 'Auth key rotation',
    profileIds: ['auth-key-rotation', 'auth-failures', 'auth'],
    commands: /rollback|roll back|rollout undo/i,
  },
  'third-party-down': {
    name: 'Dependency down',
    profileIds: ['third-party-down', 'third-party', 'dependency'],
    commands: /fallback/i,
  },
  'db-pool-exhaustion': {
    name: 'Database pool exhausted',
    profileIds: ['db-pool-exhaustion', 'db-pool', 'db-overload'],
    commands: /pool|kill-idle|idle connections/i,
  },
  'cache-miss': {
    name: 'Cache misses',
    profileIds: ['cache-miss', 'latency-spike', 'slow'],
    commands: /^$/,
  },
  'memory-leak': {
    name: 'Memory leak',
    profileIds: ['memory-leak'],
    commands: /restart|memory/i,
  },
  'traffic-spike': {
    name: 'Traffic spike',
    profileIds: ['traffic-spike', 'high-cpu'],
    commands: /replica|horizontal|scale-out|scale out|autoscal/i,
  },
};
