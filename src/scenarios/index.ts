/** Every scenario that ships with warroom; fixtures/<name>.jsonl is generated from each. */
import { demoScenario } from './demo.js';
import type { Scenario } from './types.js';

export { generateFixture } from './generate.js';
export { ScenarioError } from './model.js';
export type { Fault, Scenario, ServiceSpec, Window } from './types.js';

/** The built-in scenarios, by name. */
export const scenarios: readonly Scenario[] = [demoScenario];
