/** The noiseless state of every service at a moment of a scenario, with faults cascading to callers. */
import type { HealthStatus } from '../feeds/protocol.js';
import type { Fault, Scenario, Window } from './types.js';

/** A scenario whose data does not hold together; the message says what and where. */
export class ScenarioError extends Error {
  override readonly name = 'ScenarioError';
}

/** What a service looks like at one moment, before noise. */
export type Condition = {
  readonly ratio: number;
  readonly latencyFactor: number;
  /** Multiple of the normal request rate. */
  readonly trafficFactor: number;
  readonly health?: { readonly status: HealthStatus; readonly detail?: string };
};

const DEFAULT_COUPLING = { latency: 0.5, errors: 0.4 };

/** Throws {@link ScenarioError} for unknown services, dependency cycles and nonsense numbers. */
export function checkScenario(s: Scenario): void {
  const fail = (what: string): never => {
    throw new ScenarioError(`scenario "${s.name}": ${what}`);
  };
  if (s.intervalMs <= 0 || s.durationMs < s.intervalMs) fail('durationMs must be at least one intervalMs');
  const names = new Set(s.services.map((x) => x.name));
  if (names.size !== s.services.length) fail('service names must be unique');
  for (const svc of s.services) {
    if (svc.errorRatio < 0 || svc.errorRatio > 1) fail(`${svc.name}: errorRatio must be between 0 and 1`);
    if (svc.p95Ms <= 0 || svc.rps <= 0) fail(`${svc.name}: p95Ms and rps must be above 0`);
    for (const d of svc.dependsOn ?? [])
      if (!names.has(d)) fail(`${svc.name} depends on unknown service "${d}"`);
  }
  for (const [i, f] of s.faults.entries()) {
    if (!names.has(f.service)) fail(`fault ${i} (${f.kind}) names unknown service "${f.service}"`);
    if (f.kind === 'deploy' && (f.at < 0 || f.at > s.durationMs))
      fail(`fault ${i}: deploy at must be within the scenario`);
    if (f.kind === 'errors' && (f.ratio < 0 || f.ratio > 1))
      fail(`fault ${i}: ratio must be between 0 and 1`);
    if ((f.kind === 'latency' || f.kind === 'traffic') && f.factor <= 0)
      fail(`fault ${i}: factor must be above 0`);
  }
  const visiting = new Set<string>();
  const done = new Set<string>();
  const byName = new Map(s.services.map((x) => [x.name, x]));
  const visit = (name: string, path: string[]): void => {
    if (done.has(name)) return;
    if (visiting.has(name)) fail(`dependency cycle: ${[...path, name].join(' -> ')}`);
    visiting.add(name);
    for (const d of byName.get(name)?.dependsOn ?? []) visit(d, [...path, name]);
    visiting.delete(name);
    done.add(name);
  };
  for (const svc of s.services) visit(svc.name, []);
}

/** How much of a window is in force at `t`, from 0 to 1. */
export function envelope(w: Window, t: number): number {
  const ramp = Math.max(1, w.rampMs ?? 0);
  const rampOut = Math.max(1, w.rampOutMs ?? w.rampMs ?? 0);
  if (t < w.from) return 0;
  if (t < w.until) return Math.min(1, (t - w.from) / ramp);
  return Math.max(0, 1 - (t - w.until) / rampOut) * Math.min(1, (w.until - w.from) / ramp);
}

function own(
  faults: readonly Fault[],
  base: number,
  t: number,
): { ratio: number; factor: number; traffic: number } {
  let ratio = base;
  let factor = 1;
  let traffic = 1;
  for (const f of faults) {
    if (f.kind === 'errors') ratio += (f.ratio - base) * envelope(f, t);
    if (f.kind === 'latency') factor *= 1 + (f.factor - 1) * envelope(f, t);
    if (f.kind === 'traffic') traffic *= 1 + (f.factor - 1) * envelope(f, t);
  }
  return { ratio, factor, traffic };
}

/** The state of every service at scenario time `t`; callers inherit part of their dependencies' trouble. */
export function conditionsAt(s: Scenario, t: number): Map<string, Condition> {
  const coupling = s.coupling ?? DEFAULT_COUPLING;
  const byName = new Map(s.services.map((x) => [x.name, x]));
  const out = new Map<string, Condition>();
  const resolve = (name: string): Condition => {
    const known = out.get(name);
    if (known) return known;
    const svc = byName.get(name)!;
    const faults = s.faults.filter((f) => f.service === name);
    const mine = own(faults, svc.errorRatio, t);
    let worstFactor = 1;
    let worstExtra = 0;
    for (const d of svc.dependsOn ?? []) {
      const dep = resolve(d);
      worstFactor = Math.max(worstFactor, dep.latencyFactor);
      worstExtra = Math.max(worstExtra, dep.ratio - byName.get(d)!.errorRatio);
    }
    const health = faults.find((f) => f.kind === 'health' && t >= f.from && t < f.until);
    const condition: Condition = {
      ratio: Math.min(1, Math.max(0, mine.ratio + coupling.errors * worstExtra)),
      latencyFactor: mine.factor * (1 + coupling.latency * (worstFactor - 1)),
      trafficFactor: mine.traffic,
      ...(health?.kind === 'health'
        ? { health: { status: health.status, ...(health.detail ? { detail: health.detail } : {}) } }
        : {}),
    };
    out.set(name, condition);
    return condition;
  };
  for (const svc of s.services) resolve(svc.name);
  return out;
}
