/** A dependency that is down with its callers failing, and a database whose pool has run dry. */
import type { ServiceState } from '../feeds/service-state.js';
import {
  ago,
  DB_NAME,
  type DetectContext,
  type Detector,
  type Finding,
  MIN,
  POOL_WORDS,
  pct,
} from './context.js';

/** Pod restarts go down for moments; an outage worth a hint lasts longer. */
const DOWN_FOR_MS = 2 * MIN;
/** A deploy this soon before the outage makes it our change, not a third party's. */
const OWN_CHANGE_MS = 15 * MIN;

/** Callers of `dep`: services that name it in their health detail, or whose errors rose since it went down. */
function failingCallers(ctx: DetectContext, dep: ServiceState): ServiceState[] {
  const crit = ctx.thresholds.errorRate.critical;
  return ctx.services.filter((s) => {
    if (s === dep || (s.errorRatio ?? 0) <= crit) return false;
    if ((s.healthDetail ?? '').includes(dep.name)) return true;
    return s.errorAboveSince !== undefined && s.errorAboveSince >= dep.healthSince - MIN;
  });
}

const detectThirdParty: Detector = (ctx) =>
  ctx.services.flatMap((dep): Finding[] => {
    if (dep.health !== 'down' || ctx.now - dep.healthSince < DOWN_FOR_MS) return [];
    if (dep.deploys.some((d) => d.ts <= dep.healthSince && dep.healthSince - d.ts <= OWN_CHANGE_MS))
      return [];
    const callers = failingCallers(ctx, dep);
    if (callers.length === 0) return [];
    const evidence = [
      `${dep.name} down for ${ago(ctx.now - dep.healthSince)}${dep.healthDetail ? `: ${dep.healthDetail}` : ''}`,
      ...callers.map(
        (c) =>
          `${c.name} error rate ${pct(c.errorRatio ?? 0)}${c.healthDetail ? ` (${c.healthDetail})` : ''}`,
      ),
    ];
    return [{ patternId: 'third-party-down', service: dep.name, evidence }];
  });

const detectPool: Detector = (ctx) => {
  const poolTalk = ctx.services.filter((s) => s.health !== 'up' && POOL_WORDS.test(s.healthDetail ?? ''));
  if (poolTalk.length === 0) return [];
  const erroring = ctx.services.filter((s) => (s.errorRatio ?? 0) > ctx.thresholds.errorRate.warning);
  const warn = ctx.thresholds.p95Multiple.warning;
  return ctx.services
    .filter((db) => DB_NAME.test(db.name) && (db.p95Multiple ?? 0) > warn)
    .filter(() => erroring.some((s) => !DB_NAME.test(s.name)))
    .map((db) => ({
      patternId: 'db-pool-exhaustion' as const,
      service: db.name,
      evidence: [
        `${db.name} p95 ${(db.p95Multiple ?? 0).toFixed(1)}x its baseline`,
        ...erroring.filter((s) => s !== db).map((s) => `${s.name} error rate ${pct(s.errorRatio ?? 0)}`),
        ...poolTalk.map((s) => `${s.name}: ${s.healthDetail}`),
      ],
    }));
};

/** Dependency outages and pool exhaustion. */
export const detectDependencyFaults: Detector = (ctx) => [...detectThirdParty(ctx), ...detectPool(ctx)];
