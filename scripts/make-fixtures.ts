/**
 * Writes fixtures/<name>.jsonl and fixtures/<name>.scenario.json for every built-in drill; the
 * output depends only on the scenario data.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFixture } from '../src/feeds/fixture.js';
import { buildScenarioFile, drills, generateFixture, scenarioFileText } from '../src/scenarios/index.js';

const dir = fileURLToPath(new URL('../fixtures/', import.meta.url));

try {
  await mkdir(dir, { recursive: true });
  for (const drill of drills) {
    const { name } = drill.scenario;
    const text = generateFixture(drill.scenario);
    const path = join(dir, `${name}.jsonl`);
    // Never write a fixture the replay server would refuse.
    const fixture = parseFixture(text, path);
    const file = buildScenarioFile(drill, fixture);
    await writeFile(path, text);
    await writeFile(join(dir, `${name}.scenario.json`), scenarioFileText(file));
    const declare = file.expected.declare_by_ms;
    console.log(
      `wrote ${path} (${fixture.events.length} lines, ${Math.round(text.length / 1024)} KB; ` +
        `declare ${declare === undefined ? 'never' : `${declare / 60_000} min`}, ` +
        `recovered ${file.mitigated_when.at_ms / 60_000} min)`,
    );
  }
} catch (error) {
  console.error(`make-fixtures: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
