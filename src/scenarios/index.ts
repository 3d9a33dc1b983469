/** Every scenario that ships with warroom; fixtures/<name>.jsonl and <name>.scenario.json come from each. */
import { authKeyRotation } from './auth-key-rotation.js';
import { badDeployCascade } from './bad-deploy-cascade.js';
import { cacheMissLatency } from './cache-miss-latency.js';
import { cleanupJobDataLoss } from './cleanup-job-data-loss.js';
import { dbPoolExhaustion } from './db-pool-exhaustion.js';
import { demoDrill } from './demo-drill.js';
import type { Drill } from './drill.js';
import { memoryLeak } from './memory-leak.js';
import { thirdPartyDown } from './third-party-down.js';
import { trafficSpike } from './traffic-spike.js';
import type { Scenario } from './types.js';

export type { Drill, DrillSpec } from './drill.js';
export { buildScenarioFile, scenarioFileText } from './drill-file.js';
export { generateFixture } from './generate.js';
export { ScenarioError } from './model.js';
export { PATTERN_IDS, type PatternId } from './patterns.js';
export { detectPatterns, SIGNATURES } from './signatures.js';
export { readSignals } from './signals.js';
export type { Fault, Scenario, ServiceSpec, Window } from './types.js';

/** The built-in drills: the demo first, then one per incident pattern. */
export const drills: readonly Drill[] = [
  demoDrill,
  dbPoolExhaustion,
  memoryLeak,
  thirdPartyDown,
  cacheMissLatency,
  badDeployCascade,
  cleanupJobDataLoss,
  authKeyRotation,
  trafficSpike,
];

/** The built-in scenarios, by name. */
export const scenarios: readonly Scenario[] = drills.map((d) => d.scenario);
