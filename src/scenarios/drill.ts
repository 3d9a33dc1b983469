/** A drill: a scenario plus what the team is told and shown while it plays. */
import type { Inject, MitigationSignal } from '../drill/scenario-file.js';
import type { PatternId } from './patterns.js';
import type { Scenario } from './types.js';

/** The hand-written half of a scenario file; times the feed decides are computed from the fixture. */
export type DrillSpec = {
  readonly briefing: string;
  readonly speedHint?: number;
  readonly injects: readonly Inject[];
  readonly severityHint: 'critical' | 'high' | 'medium' | 'low';
  readonly pattern: PatternId;
  readonly mitigation: { readonly description: string; readonly signal: MitigationSignal };
};

/** A scenario and its drill: generates fixtures/NAME.jsonl and fixtures/NAME.scenario.json. */
export type Drill = { readonly scenario: Scenario; readonly drill: DrillSpec };
