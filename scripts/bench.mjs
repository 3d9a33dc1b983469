// `npm run bench`: the real dashboard in a real pty, fed over real WebSocket by a load generator
// in another process; prints one table (each figure beside its baseline from the same run) and
// keeps the raw results as JSON. --smoke: a tiny, fast run for CI. --soak-full: 90,000 frames;
// --soak-frames N: N.
// --only bandwidth,latency,idle,ingest,soak,startup,resize,bridge,seats,import runs some parts (results go to a temp
// file, not bench/results/latest.json).
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { steady } from './bench/bandwidth.mjs';
import { bridgeBench } from './bench/bridge.mjs';
import { startLoadgen } from './bench/env.mjs';
import { ingestCeiling } from './bench/ingest.mjs';
import { keyLatency } from './bench/latency.mjs';
import { resizeStorm } from './bench/resize.mjs';
import { soak } from './bench/soak.mjs';
import { startup } from './bench/startup.mjs';
import { table } from './bench/table.mjs';

const smoke = process.argv.includes('--smoke');
const soakFull = process.argv.includes('--soak-full');
const soakAt = process.argv.indexOf('--soak-frames');
const soakFrames = soakAt > 0 ? Number(process.argv[soakAt + 1]) : undefined;
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt > 0 ? new Set(process.argv[onlyAt + 1]?.split(',')) : undefined;
const want = (part) => only === undefined || only.has(part);
const RENDERERS = ['cells', 'ink'];
const plan = smoke
  ? {
      sizes: [[80, 24]],
      seconds: 4,
      idleSizes: [],
      presses: 20,
      loadPresses: 0,
      rates: [],
      soakFrames: 300,
      startupRuns: 1,
      resize: false,
      warmMs: 3000,
    }
  : {
      sizes: [
        [80, 24],
        [160, 48],
      ],
      seconds: 20,
      idleSizes: [
        [80, 24],
        [160, 48],
      ],
      presses: 200,
      loadPresses: 200,
      rates: [2000, 5000, 10000, 20000, 40000, 80000, 160000, 320000],
      soakFrames: soakFrames ?? (soakFull ? 90_000 : 2000),
      startupRuns: 5,
      resize: true,
      // Steady state starts once V8 has compiled the hot code: for the first ~30 s its compiler
      // threads add 0.5-1% of a core at 1 Hz (measured per thread), which is start-up, not the screen.
      warmMs: 30_000,
    };

const log = (s) => process.stderr.write(`bench: ${s}\n`);
const sequential = async (fn) => {
  const out = {};
  for (const r of RENDERERS) out[r] = await fn(r);
  return out;
};

const results = {
  when: new Date().toISOString(),
  machine: { cpu: cpus()[0]?.model, cores: cpus().length, node: process.version, platform: process.platform },
  smoke,
  plan,
};

const feed = await startLoadgen(32);
try {
  results.bandwidth = [];
  for (const [columns, rows] of want('bandwidth') ? plan.sizes : []) {
    log(`steady state ${columns}x${rows}`);
    results.bandwidth.push({
      size: `${columns}x${rows}`,
      ...(await sequential((renderer) =>
        steady({ url: feed.url, renderer, columns, rows, seconds: plan.seconds, warmMs: plan.warmMs }),
      )),
    });
  }
  results.latency = [];
  const [lc, lr] = plan.sizes.at(-1);
  if (want('latency')) {
    log(`key latency at 1 Hz, ${lc}x${lr}`);
    results.latency.push({
      load: '1 Hz',
      ...(await sequential((renderer) =>
        keyLatency({ url: feed.url, renderer, columns: lc, rows: lr, presses: plan.presses }),
      )),
    });
  }
  if (plan.loadPresses > 0 && want('latency')) {
    const heavy = await startLoadgen(200);
    heavy.set({ rate: 2000 });
    log('key latency under 2,000 msg/s, 200 services');
    results.latency.push({
      load: '2,000 msg/s',
      ...(await sequential((renderer) =>
        keyLatency({ url: heavy.url, renderer, columns: 160, rows: 48, presses: plan.loadPresses }),
      )),
    });
    heavy.stop();
  }
  if (plan.idleSizes.length > 0 && want('idle')) {
    results.idle = [];
    // Heartbeats only: after the staleness limit (15 s) every service is stale, which the screen
    // shows in seconds, so the window starts after that. Quiet: unchanged values every 5 s.
    for (const [feedMode, warmMs] of [
      ['heartbeats only', Math.max(17_000, plan.warmMs)],
      ['quiet', plan.warmMs],
    ]) {
      const quiet = await startLoadgen(32);
      quiet.set(feedMode === 'quiet' ? { quiet: true } : { idle: true });
      for (const [columns, rows] of plan.idleSizes) {
        log(`idle (${feedMode}) ${columns}x${rows}`);
        results.idle.push({
          size: `${columns}x${rows}`,
          feed: feedMode,
          ...(await sequential((renderer) =>
            steady({ url: quiet.url, renderer, columns, rows, seconds: 20, warmMs }),
          )),
        });
      }
      quiet.stop();
    }
  }
  if (plan.rates.length > 0 && want('ingest')) {
    log('ingest ceiling');
    results.ingest = await ingestCeiling(plan.rates, 'cells');
  }
  if (want('soak')) {
    log(`soak, ${plan.soakFrames} frames`);
    results.soak = await soak({ url: feed.url, renderer: 'cells', frames: plan.soakFrames });
  }
  if (want('startup')) {
    log('start-up');
    results.startup = await startup({ url: feed.url, renderer: 'cells', runs: plan.startupRuns });
  }
  if (want('bridge')) {
    log('bridge: 200 services, 3 seats, a real Prometheus');
    results.bridge = await bridgeBench({ services: 200, seats: 3, changes: smoke ? 1 : 4 });
  }
  if (want('seats')) {
    // Seat to seat through a real nats-server and through a shared data dir (scripts/bench/seats.ts).
    log('seats: latency through the hub and a shared data dir; 3 seats x events');
    const args = smoke ? ['20', '50'] : ['300', '1000'];
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/bench/seats.ts', ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      timeout: 600_000,
    });
    results.seats = JSON.parse(out.trim().split('\n').at(-1));
  }
  if (want('import')) {
    // A generated runbook through the importer, beside marked's lexer alone (scripts/bench/import.ts).
    const [mb, runs] = smoke ? ['0.5', '1'] : ['5', '3'];
    log(`import: a generated ${mb} MB runbook, ${runs} run(s) each`);
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/bench/import.ts', mb, runs], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      timeout: 600_000,
    });
    results.import = JSON.parse(out.trim().split('\n').at(-1));
  }
  if (plan.resize && want('resize')) {
    log('resize storm');
    results.resize = await resizeStorm({ url: feed.url, renderer: 'cells' });
  }
} finally {
  feed.stop();
}

const m = results.machine;
console.log(
  `\nwarroom bench${smoke ? ' (smoke)' : ''} — ${m.cpu}, ${m.cores} cores, Node ${m.node}, ${results.when}`,
);
console.log(
  `terminal sizes: ${plan.sizes.map((s) => s.join('x')).join(', ')}; 32 services at 1 Hz unless noted\n`,
);
console.log(table(results));
const partial = smoke || only !== undefined;
const dir = partial ? tmpdir() : 'bench/results';
mkdirSync(dir, { recursive: true });
const file = join(dir, smoke ? 'warroom-bench-smoke.json' : only ? 'warroom-bench-only.json' : 'latest.json');
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nraw results: ${file}`);
process.exit(0);
