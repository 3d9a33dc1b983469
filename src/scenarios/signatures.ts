/**
 * Simple, explainable pattern signatures over a whole fixture. They pin what each drill is meant to
 * look like (and not look like); live detection lives elsewhere and may be cleverer.
 */
import type { PatternId } from './patterns.js';
import { median, overlaps, type Run, runs, type ServiceSignals, type Signals } from './signals.js';

const MIN = 60_000;
const AUTH_WORDS = /401|unauthori[sz]ed|signing key|key id|jwks/i;
const POOL_WORDS = /connection|pool/i;

type Check = (s: Signals) => boolean;

const all = (s: Signals): [string, ServiceSignals][] => [...s.services];
const critical = (s: Signals, svc: ServiceSignals): Run[] =>
  runs(svc.ratio, (p) => p.v > 0.05, 3 * MIN, s.intervalMs);
const anyCritical = (s: Signals): boolean => all(s).some(([, svc]) => critical(s, svc).length > 0);
const calmBefore = (svc: ServiceSignals, t: number): boolean =>
  median(svc.ratio.filter((p) => p.t < t && p.t >= t - 5 * MIN).map((p) => p.v)) < 0.02;

/** Error spikes that start within 5 minutes after a deploy to the same, previously calm service. */
function spikesAfterDeploys(s: Signals): { service: string; run: Run }[] {
  return s.deploys.flatMap((d) => {
    const svc = s.services.get(d.service);
    if (!svc || !calmBefore(svc, d.t)) return [];
    return critical(s, svc)
      .filter((r) => r.from > d.t && r.from <= d.t + 5 * MIN)
      .map((run) => ({ service: d.service, run }));
  });
}

/** Whether any health detail during `run` mentions auth trouble. */
const authTalk = (s: Signals, run: Run): boolean =>
  all(s).some(([, svc]) =>
    svc.health.some((h) => h.t >= run.from && h.t <= run.to && AUTH_WORDS.test(h.detail ?? '')),
  );

const badDeploy: Check = (s) => spikesAfterDeploys(s).some(({ run }) => !authTalk(s, run));
const authKeyRotation: Check = (s) => spikesAfterDeploys(s).some(({ run }) => authTalk(s, run));

const thirdPartyDown: Check = (s) =>
  all(s).some(([name, svc]) =>
    runs(svc.health, (h) => h.status === 'down', 5 * MIN, s.intervalMs).some(
      (down) =>
        !s.deploys.some((d) => d.service === name && d.t <= down.from && d.t >= down.from - 15 * MIN) &&
        all(s).some(([other, o]) => other !== name && critical(s, o).some((r) => overlaps(r, down))),
    ),
  );

const poolExhaustion: Check = (s) => {
  const talk = all(s).some(([, svc]) =>
    svc.health.some((h) => h.status !== 'up' && POOL_WORDS.test(h.detail ?? '')),
  );
  const erroring = all(s).flatMap(([, svc]) => runs(svc.ratio, (p) => p.v > 0.02, 3 * MIN, s.intervalMs));
  const together = erroring.some((a, i) => erroring.some((b, j) => i !== j && overlaps(a, b)));
  const slow = all(s).some(
    ([, svc]) => runs(svc.p95, (p) => p.v > 2 * svc.base.p95, 3 * MIN, s.intervalMs).length > 0,
  );
  return talk && together && slow;
};

/** Medians of successive five-minute windows of p95 before `until`. */
function windowMedians(svc: ServiceSignals, until: number): number[] {
  const out: number[] = [];
  for (let from = 0; from + 5 * MIN <= until; from += 5 * MIN)
    out.push(median(svc.p95.filter((p) => p.t >= from && p.t < from + 5 * MIN).map((p) => p.v)));
  return out;
}

const memoryLeak: Check = (s) =>
  all(s).some(([, svc]) => {
    const downs = runs(svc.health, (h) => h.status === 'down', 0, s.intervalMs);
    const first = downs[0];
    if (downs.length < 3 || !first || downs.some((r) => r.to - r.from >= 3 * MIN)) return false;
    const meds = windowMedians(svc, first.from);
    let rising = 0;
    let best = 0;
    for (let i = 1; i < meds.length; i++) {
      rising = (meds[i] ?? 0) > (meds[i - 1] ?? 0) * 1.03 ? rising + 1 : 0;
      best = Math.max(best, rising);
    }
    return best >= 4 && (meds.at(-1) ?? 0) > 1.5 * svc.base.p95;
  });

const flatTraffic = (svc: ServiceSignals, run: Run): boolean =>
  svc.requests
    .filter((p) => p.t >= run.from && p.t <= run.to)
    .every((p) => Math.abs(p.v / svc.base.requests - 1) < 0.25);

const cacheMiss: Check = (s) => {
  if (anyCritical(s)) return false;
  return all(s).some(([, svc]) =>
    runs(svc.p95, (p) => p.v > 2 * svc.base.p95, 3 * MIN, s.intervalMs).some((run) => {
      const calm = svc.p95.filter((p) => p.t <= run.from && p.v < 1.3 * svc.base.p95).at(-1);
      const peak = svc.p95.find((p) => p.t >= run.from && p.v > 2.5 * svc.base.p95);
      return calm !== undefined && peak !== undefined && peak.t - calm.t <= 5 * MIN && flatTraffic(svc, run);
    }),
  );
};

const trafficSpike: Check = (s) =>
  all(s).some(([, svc]) =>
    runs(svc.requests, (p) => p.v > 2.5 * svc.base.requests, 5 * MIN, s.intervalMs).some((busy) =>
      runs(svc.p95, (p) => p.v > 1.5 * svc.base.p95, 3 * MIN, s.intervalMs).some((slow) =>
        overlaps(busy, slow),
      ),
    ),
  );

const cleanupJob: Check = (s) => {
  if (anyCritical(s)) return false;
  const warned = all(s).filter(
    ([, svc]) => runs(svc.ratio, (p) => p.v > 0.01, 5 * MIN, s.intervalMs).length > 0,
  );
  const [only] = warned;
  if (warned.length !== 1 || !only) return false;
  const [name, svc] = only;
  const slow = svc.p95.some((p) => p.v > 1.5 * svc.base.p95);
  return (
    !slow &&
    s.deploys.some(
      (d) =>
        d.service === name &&
        calmBefore(svc, d.t) &&
        runs(svc.ratio, (p) => p.v > 0.01, 5 * MIN, s.intervalMs).some(
          (r) => r.from > d.t && r.from <= d.t + 15 * MIN,
        ),
    )
  );
};

/** Each pattern's signature, by id. */
export const SIGNATURES: Readonly<Record<PatternId, Check>> = {
  'db-pool-exhaustion': poolExhaustion,
  'memory-leak': memoryLeak,
  'third-party-down': thirdPartyDown,
  'cache-miss': cacheMiss,
  'bad-deploy': badDeploy,
  'cleanup-job-data-loss': cleanupJob,
  'auth-key-rotation': authKeyRotation,
  'traffic-spike': trafficSpike,
};

/** The patterns whose signature the fixture shows. */
export function detectPatterns(s: Signals): PatternId[] {
  return (Object.keys(SIGNATURES) as PatternId[]).filter((id) => SIGNATURES[id](s));
}
