// Importing a large runbook (run by scripts/bench.mjs with tsx; prints JSON): a generated runbook of
// N MB through importRunbook in this process (wall and CPU time), beside marked's lexer alone on the
// same text (the baseline: reading the Markdown at all), and through the built binary's
// `warroom import-runbook` (what a user waits for, start-up included).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Lexer } from 'marked';
import { importRunbook } from '../../src/runbook/import.js';
import { generateRunbook } from './runbook-gen.js';

const mb = Number(process.argv[2] ?? 5);
const runs = Number(process.argv[3] ?? 3);
const text = generateRunbook(mb * 1024 * 1024);

function timed(fn: () => void): { wallS: number; cpuS: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const c = process.cpuUsage(c0);
  return { wallS: (performance.now() - t0) / 1000, cpuS: (c.user + c.system) / 1e6 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const best = (fn: () => void) => {
  const all = Array.from({ length: runs }, () => timed(fn));
  return { wallS: median(all.map((x) => x.wallS)), cpuS: median(all.map((x) => x.cpuS)) };
};

let levels = 0;
const importer = best(() => {
  levels = importRunbook(text, { source: 'generated.md' }).profile?.severities.length ?? 0;
});
const lexer = best(() => {
  new Lexer().lex(text);
});

const dir = mkdtempSync(join(tmpdir(), 'warroom-bench-import-'));
const file = join(dir, 'generated.md');
writeFileSync(file, text);
const cli = best(() => {
  execFileSync(process.execPath, ['dist/warroom.js', 'import-runbook', file, '-o', join(dir, 'out.json')], { stdio: 'ignore' });
});

console.log(JSON.stringify({ mb: text.length / 1024 / 1024, lines: text.split('\n').length, levels, runs, importer, lexer, cliWallS: cli.wallS }));
