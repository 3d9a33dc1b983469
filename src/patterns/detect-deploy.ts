/** Errors that start right after a deploy to the same service: a bad deploy, or a key rotation gone wrong. */
import type { Deploy, ServiceState } from '../feeds/service-state.js';
import {
  AUTH_WORDS,
  ago,
  bucketsBetween,
  type DetectContext,
  type Detector,
  type Finding,
  MIN,
  maxOf,
  pct,
} from './context.js';

/** How soon after a deploy the errors must start to be blamed on it. */
export const DEPLOY_BLAME_MS = 10 * MIN;
/** How long after a deploy the hint keeps pointing at it. */
const DEPLOY_MEMORY_MS = 60 * MIN;
const CALM_BEFORE_MS = 5 * MIN;
const AUTH_CHANGE = /auth|key|rotat|secret|cert|token|jwks/i;

/** The newest deploy the current errors started within minutes of, on a service calm before it. */
function blamedDeploy(ctx: DetectContext, s: ServiceState): Deploy | undefined {
  const crit = ctx.thresholds.errorRate.critical;
  for (const d of [...s.deploys].reverse()) {
    if (d.ts > ctx.now || ctx.now - d.ts > DEPLOY_MEMORY_MS) continue;
    const before = maxOf(bucketsBetween(s.errorSeries, d.ts - CALM_BEFORE_MS, d.ts - s.errorSeries.bucketMs));
    if (before > ctx.thresholds.errorRate.warning) continue;
    const after = bucketsBetween(s.errorSeries, d.ts, Math.min(ctx.now, d.ts + DEPLOY_BLAME_MS));
    if (after.some((v) => v > crit)) return d;
  }
  return undefined;
}

function authDetails(ctx: DetectContext): string[] {
  return ctx.services
    .filter((s) => s.health !== 'up' && AUTH_WORDS.test(s.healthDetail ?? ''))
    .map((s) => `${s.name}: ${s.healthDetail}`);
}

/** Bad deploys and auth key rotations, told apart by 401-like health details. */
export const detectDeployFaults: Detector = (ctx) => {
  const out: Finding[] = [];
  const auth = authDetails(ctx);
  for (const s of ctx.services) {
    if ((s.errorRatio ?? 0) <= ctx.thresholds.errorRate.critical) continue;
    const d = blamedDeploy(ctx, s);
    if (!d) continue;
    const evidence = [
      `${s.name} error rate ${pct(s.errorRatio ?? 0)} (critical above ${pct(ctx.thresholds.errorRate.critical)})`,
      `deploy ${d.version}${d.by ? ` by ${d.by}` : ''} to ${s.name} ${ago(ctx.now - d.ts)} ago; errors were calm before it`,
    ];
    const authChange = AUTH_CHANGE.test(s.name) || AUTH_CHANGE.test(d.version);
    if (auth.length > 0 && authChange) {
      out.push({ patternId: 'auth-key-rotation', service: s.name, evidence: [...evidence, ...auth] });
    } else if (auth.length === 0) {
      out.push({ patternId: 'bad-deploy', service: s.name, evidence });
    }
  }
  return out;
};
