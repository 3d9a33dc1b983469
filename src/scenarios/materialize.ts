/**
 * The built-in drill fixtures where a run can read them: the shipped fixtures/ folder when it is
 * there, else (the single bundled file on a bastion) generated from the scenarios' own seeded code
 * into a cache folder once per version.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFixture } from '../feeds/fixture.js';
import { buildScenarioFile, scenarioFileText } from './drill-file.js';
import { generateFixture } from './generate.js';
import { drills } from './index.js';

/** Writes every built-in fixture and scenario file into `dir` (created). */
export function writeBuiltInFixtures(dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const drill of drills) {
    const { name } = drill.scenario;
    const text = generateFixture(drill.scenario);
    const file = buildScenarioFile(drill, parseFixture(text, `${name}.jsonl`));
    writeFileSync(join(dir, `${name}.jsonl`), text);
    writeFileSync(join(dir, `${name}.scenario.json`), scenarioFileText(file));
  }
}

/** The folder holding the built-in fixtures: `shipped` if it has them, else a generated cache under `cacheRoot`. */
export function builtInFixturesDir(shipped: string, cacheRoot: string, version: string): string {
  if (existsSync(join(shipped, 'demo.jsonl'))) return shipped;
  const dir = join(cacheRoot, `fixtures-${version.replace(/[^a-zA-Z0-9.-]/g, '_')}`);
  if (existsSync(join(dir, '.complete'))) return dir;
  // Written beside and renamed into place, so a second process never reads half a folder.
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  writeBuiltInFixtures(tmp);
  writeFileSync(join(tmp, '.complete'), `${version}\n`);
  try {
    renameSync(tmp, dir);
  } catch {
    // Another process got there first; theirs is the same.
    rmSync(tmp, { recursive: true, force: true });
  }
  return dir;
}
