/** Filling {placeholders} in message templates and command argv from the incident. */
import { format, formatDuration, intervalToDuration } from 'date-fns';
import { currentSeverity, promisedNextUpdate } from './clocks.js';
import { cadenceLabel } from './duration.js';
import type { Profile } from './profile-schema.js';
import type { IncidentState } from './state.js';

const PLACEHOLDER = /\{([a-z_][a-z0-9_.]*)\}/g;

/** Placeholder names used in a template or argument, in order of first use. */
export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ''))];
}

/** A filled template and the placeholders that had no value (left as they were, for a person to fill). */
export type Rendered = { readonly text: string; readonly missing: readonly string[] };

/** Fills placeholders; `encode` transforms each value (for example for a JSON body). */
export function renderTemplate(
  body: string,
  values: Readonly<Record<string, string>>,
  encode: (value: string) => string = (v) => v,
): Rendered {
  const missing = new Set<string>();
  const text = body.replace(PLACEHOLDER, (whole, name: string) => {
    const value = values[name];
    if (value === undefined || value === '') {
      missing.add(name);
      return whole;
    }
    return encode(value);
  });
  return { text, missing: [...missing] };
}

/** Escapes a value for use inside a JSON string literal. */
export function jsonEscape(value: string): string {
  return JSON.stringify(value).slice(1, -1);
}

/** Fills placeholders in each argument; values stay single arguments, so nothing becomes shell syntax. */
export function renderArgv(argv: readonly string[], values: Readonly<Record<string, string>>): { argv: string[]; missing: string[] } {
  const missing = new Set<string>();
  const out = argv.map((arg) => {
    const r = renderTemplate(arg, values);
    for (const m of r.missing) missing.add(m);
    return r.text;
  });
  return { argv: out, missing: [...missing] };
}

function elapsed(from: number, to: number): string {
  const text = formatDuration(intervalToDuration({ start: from, end: Math.max(from, to) }), {
    format: ['days', 'hours', 'minutes'],
  });
  return text || 'less than a minute';
}

/**
 * Values the incident can fill by itself: id, title, severity, severity_label, status, started_at,
 * now, date, duration, cadence, next_update, update_no, and each role holder by role id
 * (dashes become underscores, and the commander is also {ic}). The rest a person types.
 */
export function incidentValues(s: IncidentState, profile: Profile, now: number): Record<string, string> {
  const sev = currentSeverity(s, profile);
  const next = promisedNextUpdate(s, profile, now);
  const values: Record<string, string> = {
    id: s.id,
    title: s.title,
    severity: s.severity,
    severity_label: sev?.label ?? '',
    status: s.status,
    started_at: format(s.declaredAt, 'yyyy-MM-dd HH:mm'),
    now: format(now, 'HH:mm'),
    date: format(s.declaredAt, 'yyyy-MM-dd'),
    duration: elapsed(s.declaredAt, s.resolvedAt ?? now),
    cadence: sev?.updateEvery ? cadenceLabel(sev.updateEvery) : '',
    next_update: typeof next === 'number' ? format(next, 'HH:mm') : '',
    update_no: String(s.updates.length + 1),
  };
  for (const [role, holder] of Object.entries(s.roles)) values[role.replaceAll('-', '_')] = holder.who;
  const commander = s.roles[profile.commanderRole];
  if (commander) values.ic = commander.who;
  return values;
}
