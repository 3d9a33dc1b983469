/**
 * Pattern hints over the live metric store: which known incident pattern the feeds look like,
 * with the evidence, the profile's first actions and the quick commands that fit. Stateless apart
 * from the optional request baselines; linear in the number of services.
 */
import type { MetricStore } from '../feeds/store.js';
import type { Pattern, Profile, QuickCommand } from '../incident/profile-schema.js';
import { type HintPatternId, PATTERN_INFO } from './catalog.js';
import type { DetectContext, Finding } from './context.js';
import { detectDependencyFaults } from './detect-dependency.js';
import { detectDeployFaults } from './detect-deploy.js';
import { detectLatencyFaults } from './detect-latency.js';
import type { RequestBaselines } from './request-baseline.js';

/** One hint for the incident panel. */
export type PatternHint = {
  readonly patternId: HintPatternId;
  /** The profile's own pattern id, when it has one for this pattern. */
  readonly profilePatternId?: string;
  readonly name: string;
  readonly evidence: string[];
  readonly actions: string[];
  readonly commandIds: string[];
  /** The service to fill into the commands' {service} / {deployment}. */
  readonly service?: string;
};

/** The profile pattern that means `id`, if any. */
export function profilePatternFor(profile: Profile, id: HintPatternId): Pattern | undefined {
  for (const alias of PATTERN_INFO[id].profileIds) {
    const found = profile.patterns.find((p) => p.id === alias);
    if (found) return found;
  }
  return undefined;
}

function commandsFor(profile: Profile, id: HintPatternId, pattern: Pattern | undefined): string[] {
  const fits = (c: QuickCommand): boolean =>
    c.category === 'mitigation' && PATTERN_INFO[id].commands.test(`${c.id} ${c.label} ${c.argv.join(' ')}`);
  return [...new Set([...(pattern?.commands ?? []), ...profile.commands.filter(fits).map((c) => c.id)])];
}

function toHint(profile: Profile, f: Finding): PatternHint {
  const pattern = profilePatternFor(profile, f.patternId);
  return {
    patternId: f.patternId,
    ...(pattern ? { profilePatternId: pattern.id } : {}),
    name: pattern?.name ?? PATTERN_INFO[f.patternId].name,
    evidence: f.evidence,
    actions: pattern?.actions ?? [],
    commandIds: commandsFor(profile, f.patternId, pattern),
    service: f.service,
  };
}

/** Hints for what the store shows now; pass request baselines so traffic can be judged. */
export function detectHints(
  store: MetricStore,
  profile: Profile,
  requests?: RequestBaselines,
): PatternHint[] {
  const ctx: DetectContext = {
    services: [...store.services.values()],
    now: store.feedNow,
    thresholds: store.thresholds,
    requests,
  };
  const findings = [...detectDeployFaults(ctx), ...detectDependencyFaults(ctx), ...detectLatencyFaults(ctx)];
  return findings.map((f) => toHint(profile, f));
}
