import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listScenarios, loadScenarioFile, ScenarioFileError } from '../../src/drill/scenario-file.js';

const fixtures = fileURLToPath(new URL('../../fixtures/', import.meta.url));
let dir: string;
let good: Record<string, unknown>;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'warroom-scenario-'));
  await copyFile(join(fixtures, 'auth-key-rotation.jsonl'), join(dir, 'auth-key-rotation.jsonl'));
  good = JSON.parse(await readFile(join(fixtures, 'auth-key-rotation.scenario.json'), 'utf8'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

// biome-ignore lint/suspicious/noExplicitAny: the tests break arbitrary parts of the JSON on purpose
type Json = Record<string, any>;

/** Writes a scenario file with `change` applied and returns the loader's error message. */
async function errorFor(
  change: (f: Json) => void,
  fileName = 'auth-key-rotation.scenario.json',
) {
  const file = structuredClone(good);
  change(file);
  const path = join(dir, fileName);
  await writeFile(path, JSON.stringify(file));
  const error = await loadScenarioFile(path).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ScenarioFileError);
  return { message: (error as Error).message, path };
}

describe('scenario files', () => {
  it('loads a good file next to its fixture', async () => {
    const path = join(dir, 'auth-key-rotation.scenario.json');
    await writeFile(path, JSON.stringify(good));
    const loaded = await loadScenarioFile(path);
    expect(loaded.expected.pattern).toBe('auth-key-rotation');
    expect(loaded.fixturePath).toBe(join(dir, 'auth-key-rotation.jsonl'));
    expect(await listScenarios(dir)).toEqual([
      expect.objectContaining({
        name: 'auth-key-rotation',
        durationMs: 45 * 60_000,
        pattern: 'auth-key-rotation',
      }),
    ]);
  });

  it('names the file and the JSON path of a bad inject kind', async () => {
    const { message, path } = await errorFor((f) => {
      f.injects[1].kind = 'email';
    });
    expect(message).toContain(path);
    expect(message).toContain('injects[1].kind');
  });

  it('names unknown keys, a wrong pattern and a signal without its threshold', async () => {
    expect((await errorFor((f) => (f.expected.pattern = 'gremlins'))).message).toContain('expected.pattern');
    expect((await errorFor((f) => (f.extra = 1))).message).toMatch(/\(top level\).*extra/);
    const noBelow = await errorFor((f) => {
      delete f.mitigated_when.signal.below;
    });
    expect(noBelow.message).toContain('mitigated_when.signal.below');
  });

  it('cross-checks times and services against the fixture header', async () => {
    expect((await errorFor((f) => (f.injects[4].at_ms = 99 * 60_000))).message).toMatch(
      /injects\[4\]\.at_ms: .*after the fixture's end/,
    );
    expect((await errorFor((f) => (f.mitigated_when.signal.service = 'mainframe'))).message).toContain(
      'mitigated_when.signal.service',
    );
    expect((await errorFor((f) => (f.fixture = 'other.jsonl'))).message).toContain(
      'fixture: must be "auth-key-rotation.jsonl"',
    );
  });

  it('reports a file whose name does not match, bad JSON, and a missing fixture', async () => {
    expect((await errorFor(() => {}, 'renamed.scenario.json')).message).toContain(
      'name: "auth-key-rotation" does not match',
    );
    const broken = join(dir, 'broken.scenario.json');
    await writeFile(broken, '{"name": ');
    await expect(loadScenarioFile(broken)).rejects.toThrow(/broken\.scenario\.json: not valid JSON/);
    await rm(join(dir, 'auth-key-rotation.jsonl'));
    expect((await errorFor(() => {})).message).toContain('fixture: auth-key-rotation.jsonl not found');
  });
});
