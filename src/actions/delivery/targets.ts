/** Delivery targets from the config, with their URLs looked up; the drill outbox is a target too. */
import { join } from 'node:path';
import type { Config, DeliveryTargetConfig } from '../../config.js';
import { resolveUrl } from '../url-source.js';

/** The kinds of delivery target. */
export type TargetKind = DeliveryTargetConfig['kind'];

/** A target ready to send to, or one that cannot be (and why). */
export type ResolvedTarget = {
  readonly id: string;
  readonly kind: TargetKind;
  readonly url?: string;
  readonly path?: string;
  /** Why the target cannot be used, for people ("$WARROOM_SLACK_URL is not set"). */
  readonly problem?: string;
};

/** The id of the drill outbox target; in a drill every update goes there and nowhere else. */
export const DRILL_OUTBOX = 'drill-outbox';

/** The drill outbox file: <data dir>/drills/outbox.jsonl. */
export function drillOutboxPath(dataDir: string): string {
  return join(dataDir, 'drills', 'outbox.jsonl');
}

/** The configured targets with URLs resolved from the environment or the config's `webhooks`. */
export function resolveTargets(config: Config, env: NodeJS.ProcessEnv = process.env): ResolvedTarget[] {
  return (config.targets ?? []).map((t): ResolvedTarget => {
    if (t.kind === 'file')
      return t.path
        ? { id: t.id, kind: t.kind, path: t.path }
        : { id: t.id, kind: t.kind, problem: 'no "path" is configured' };
    const source = t.urlEnv ? { env: t.urlEnv } : { config: t.urlConfigKey ?? '' };
    const found = resolveUrl(source, config, env);
    return 'url' in found
      ? { id: t.id, kind: t.kind, url: found.url }
      : { id: t.id, kind: t.kind, problem: found.problem };
  });
}

/** The drill outbox as a target. */
export function drillTarget(dataDir: string): ResolvedTarget {
  return { id: DRILL_OUTBOX, kind: 'file', path: drillOutboxPath(dataDir) };
}
