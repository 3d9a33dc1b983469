/** Writes fixtures/<name>.jsonl for every built-in scenario; the output depends only on the scenario data. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFixture } from '../src/feeds/fixture.js';
import { generateFixture, scenarios } from '../src/scenarios/index.js';

const dir = fileURLToPath(new URL('../fixtures/', import.meta.url));

try {
  await mkdir(dir, { recursive: true });
  for (const scenario of scenarios) {
    const text = generateFixture(scenario);
    const path = join(dir, `${scenario.name}.jsonl`);
    // Never write a fixture the replay server would refuse.
    const { events } = parseFixture(text, path);
    await writeFile(path, text);
    console.log(`wrote ${path} (${events.length} lines, ${Math.round(text.length / 1024)} KB)`);
  }
} catch (error) {
  console.error(`make-fixtures: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
