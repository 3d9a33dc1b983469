/**
 * Which severity a firing alert suggests declaring, from its `severity` label: the profile's own
 * mapping when it has one, a level named the same ("SEV2", "p1"), or a conventional default.
 */
import type { Profile } from './profile-schema.js';

/** Conventional severity labels -> a position in the profile's levels (0 = most severe). */
export const DEFAULT_ALERT_LEVELS: Readonly<Record<string, number>> = {
  critical: 0,
  page: 0,
  emergency: 0,
  high: 1,
  major: 1,
  error: 1,
  warning: 2,
  warn: 2,
  minor: 2,
  medium: 2,
};

/** What the suggestion needs to know about an alert. */
export type AlertLike = {
  readonly name: string;
  readonly service?: string | undefined;
  readonly severity?: string | undefined;
  readonly since: number;
};

/** A severity suggested by an alert. */
export type AlertSuggestion = { readonly severity: string; readonly alert: AlertLike };

/** The profile severity an alert's label maps to, or undefined when it maps to none. */
export function severityForLabel(profile: Profile, label: string | undefined): string | undefined {
  if (!label) return undefined;
  const wanted = label.trim().toLowerCase();
  const mapping = profile.alertSeverities;
  if (mapping) {
    const hit = Object.entries(mapping).find(([k]) => k.toLowerCase() === wanted);
    if (hit) return hit[1];
  }
  const named = profile.severities.find((s) => s.id.toLowerCase() === wanted);
  if (named) return named.id;
  if (mapping) return undefined;
  const index = DEFAULT_ALERT_LEVELS[wanted];
  if (index === undefined || index >= profile.severities.length) return undefined;
  return profile.severities[index]?.id;
}

/** The most severe suggestion among firing alerts (the longest-firing wins a tie), or null. */
export function suggestFromAlerts(profile: Profile, alerts: readonly AlertLike[]): AlertSuggestion | null {
  const rank = (id: string): number => profile.severities.findIndex((s) => s.id === id);
  let best: AlertSuggestion | null = null;
  for (const alert of alerts) {
    const severity = severityForLabel(profile, alert.severity);
    if (severity === undefined) continue;
    if (!best || rank(severity) < rank(best.severity)) best = { severity, alert };
  }
  return best;
}

/** The more severe of two suggestions (either may be missing). */
export function moreSevere<T extends { readonly severity: string }>(
  profile: Profile,
  a: T | null | undefined,
  b: T | null | undefined,
): T | null {
  if (!a) return b ?? null;
  if (!b) return a;
  const rank = (id: string): number => profile.severities.findIndex((s) => s.id === id);
  return rank(b.severity) < rank(a.severity) ? b : a;
}
