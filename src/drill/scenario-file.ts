/**
 * Drill scenario files (fixtures/NAME.scenario.json): what the drill shows beside the feed —
 * briefing, timed injects, the expected call and when the fixture counts as mitigated.
 */
import { open, readdir, readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import { PATTERN_IDS } from '../scenarios/patterns.js';

export { PATTERN_IDS, type PatternId } from '../scenarios/patterns.js';

const ms = z.number().int('must be a whole number of milliseconds').nonnegative('must be 0 or more');
const name = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lowercase letters, digits and dashes');

/** A timed event the drill puts in front of the team (a ticket, a chat line, a page...). */
export const injectSchema = z.strictObject({
  at_ms: ms,
  kind: z.enum(['ticket', 'chat', 'page', 'deploy', 'customer', 'status']),
  text: z.string().min(1).max(500),
});

/** The metric that shows the fixture has recovered; `below` is a ratio (error-rate) or ms (p95). */
export const signalSchema = z.discriminatedUnion('metric', [
  z.strictObject({
    service: z.string().min(1),
    metric: z.literal('error-rate'),
    below: z.number().gt(0).max(1),
  }),
  z.strictObject({ service: z.string().min(1), metric: z.literal('p95'), below: z.number().positive() }),
  z.strictObject({
    service: z.string().min(1),
    metric: z.literal('health'),
    equals: z.enum(['up', 'degraded', 'down']),
  }),
]);

/** The whole scenario file. */
export const scenarioFileSchema = z
  .strictObject({
    name,
    title: z.string().min(1).max(200),
    briefing: z.string().min(1).max(2000),
    fixture: z.string().regex(/^[a-z0-9][a-z0-9-]*\.jsonl$/, 'must be a file name ending in .jsonl'),
    speed_hint: z.number().positive().max(600).optional(),
    injects: z.array(injectSchema),
    expected: z.strictObject({
      /** Profile-neutral rank; each profile maps it to its own severity names. */
      severity_hint: z.enum(['critical', 'high', 'medium', 'low']),
      pattern: z.enum(PATTERN_IDS),
      /** When the feed first meets the declare criteria; absent when it never does. */
      declare_by_ms: ms.optional(),
    }),
    mitigated_when: z.strictObject({
      description: z.string().min(1).max(500),
      /** The first tick from which the signal holds to the end of the fixture. */
      at_ms: ms,
      signal: signalSchema,
    }),
  })
  .superRefine((f, ctx) => {
    if (f.fixture !== `${f.name}.jsonl`)
      ctx.addIssue({
        code: 'custom',
        path: ['fixture'],
        message: `must be "${f.name}.jsonl" (the name plus .jsonl)`,
      });
    f.injects.forEach((inj, i) => {
      const before = f.injects[i - 1];
      if (before && inj.at_ms < before.at_ms)
        ctx.addIssue({
          code: 'custom',
          path: ['injects', i, 'at_ms'],
          message: 'injects must be ordered by at_ms',
        });
    });
  });

/** A validated scenario file. */
export type ScenarioFile = z.output<typeof scenarioFileSchema>;
/** A timed inject. */
export type Inject = z.output<typeof injectSchema>;
/** A recovery signal. */
export type MitigationSignal = z.output<typeof signalSchema>;

/** A scenario file that cannot be used; the message names the file and the JSON path. */
export class ScenarioFileError extends Error {
  override readonly name = 'ScenarioFileError';
}

/** `injects[2].at_ms` from zod's path. */
export function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}

/** Validates already-decoded JSON; throws {@link ScenarioFileError} naming `source` and the path. */
export function parseScenarioFile(raw: unknown, source: string): ScenarioFile {
  const parsed = scenarioFileSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? jsonPath(issue.path) : '(top level)';
  throw new ScenarioFileError(`${source}: ${where}: ${issue?.message ?? 'invalid'}`);
}

/** The header line of a fixture file, read without loading the rest. */
async function fixtureHeader(
  path: string,
  source: string,
): Promise<{ services: string[]; duration_ms: number }> {
  const handle = await open(path, 'r').catch(() => {
    throw new ScenarioFileError(`${source}: fixture: ${basename(path)} not found next to the scenario file`);
  });
  try {
    const buf = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
    const line = buf.subarray(0, bytesRead).toString('utf8').split('\n')[0] ?? '';
    const head = JSON.parse(line) as { services?: unknown; duration_ms?: unknown };
    if (!Array.isArray(head.services) || typeof head.duration_ms !== 'number') throw new Error('no header');
    return { services: head.services.map(String), duration_ms: head.duration_ms };
  } catch {
    throw new ScenarioFileError(`${source}: fixture: ${basename(path)} has no valid header line`);
  } finally {
    await handle.close();
  }
}

/** A loaded scenario file with its fixture's path and length. */
export type LoadedScenario = ScenarioFile & { readonly fixturePath: string; readonly duration_ms: number };

/** Reads, validates and cross-checks a scenario file against its fixture's header. */
export async function loadScenarioFile(path: string): Promise<LoadedScenario> {
  const text = await readFile(path, 'utf8').catch(() => {
    throw new ScenarioFileError(`${path}: file not found or unreadable`);
  });
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ScenarioFileError(`${path}: not valid JSON (${(error as Error).message})`);
  }
  const file = parseScenarioFile(raw, path);
  const base = basename(path);
  if (base.endsWith('.scenario.json') && base !== `${file.name}.scenario.json`)
    throw new ScenarioFileError(`${path}: name: "${file.name}" does not match the file name ${base}`);
  const fixturePath = join(dirname(path), file.fixture);
  const head = await fixtureHeader(fixturePath, path);
  const fail = (where: string, what: string): never => {
    throw new ScenarioFileError(`${path}: ${where}: ${what}`);
  };
  const within = (where: string, t: number | undefined): void => {
    if (t !== undefined && t > head.duration_ms)
      fail(where, `${t} is after the fixture's end (duration_ms ${head.duration_ms})`);
  };
  for (const [i, inj] of file.injects.entries()) within(`injects[${i}].at_ms`, inj.at_ms);
  within('expected.declare_by_ms', file.expected.declare_by_ms);
  within('mitigated_when.at_ms', file.mitigated_when.at_ms);
  if (!head.services.includes(file.mitigated_when.signal.service))
    fail('mitigated_when.signal.service', `"${file.mitigated_when.signal.service}" is not in the fixture`);
  return { ...file, fixturePath, duration_ms: head.duration_ms };
}

/** One row of {@link listScenarios}. */
export type ScenarioSummary = {
  readonly name: string;
  readonly title: string;
  readonly durationMs: number;
  readonly pattern: string;
  readonly path: string;
};

/** Every `*.scenario.json` in a folder, loaded and checked, sorted by name. */
export async function listScenarios(fixturesDir: string): Promise<ScenarioSummary[]> {
  const names = (await readdir(fixturesDir)).filter((f) => f.endsWith('.scenario.json')).sort();
  const out: ScenarioSummary[] = [];
  for (const f of names) {
    const path = join(fixturesDir, f);
    const s = await loadScenarioFile(path);
    out.push({ name: s.name, title: s.title, durationMs: s.duration_ms, pattern: s.expected.pattern, path });
  }
  return out;
}
