/** Builds a drill's scenario file from its spec and its generated fixture. */
import { parseScenarioFile, type ScenarioFile } from '../drill/scenario-file.js';
import type { Fixture } from '../feeds/fixture.js';
import { firstDeclare, recoveredAt } from './criteria.js';
import type { Drill } from './drill.js';
import { ScenarioError } from './model.js';
import { readSignals } from './signals.js';

/** The scenario file for `drill`; throws {@link ScenarioError} when the fixture never recovers. */
export function buildScenarioFile({ scenario, drill }: Drill, fixture: Fixture): ScenarioFile {
  const declare = firstDeclare(fixture);
  const at = recoveredAt(readSignals(fixture), drill.mitigation.signal);
  if (at === undefined)
    throw new ScenarioError(`scenario "${scenario.name}": the mitigation signal never fails and recovers`);
  const file = {
    name: scenario.name,
    title: scenario.title,
    briefing: drill.briefing,
    fixture: `${scenario.name}.jsonl`,
    ...(drill.speedHint !== undefined ? { speed_hint: drill.speedHint } : {}),
    injects: drill.injects,
    expected: {
      severity_hint: drill.severityHint,
      pattern: drill.pattern,
      ...(declare ? { declare_by_ms: declare.at } : {}),
    },
    mitigated_when: { description: drill.mitigation.description, at_ms: at, signal: drill.mitigation.signal },
  };
  return parseScenarioFile(file, `${scenario.name}.scenario.json`);
}

/** The file's text: pretty JSON with a final newline, stable key order. */
export function scenarioFileText(file: ScenarioFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}
