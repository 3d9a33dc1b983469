/**
 * Status updates from the profile's templates. Values come from the incident, then from what the
 * person typed (`extra`, which wins). A placeholder nothing fills becomes a visible marker such as
 * ⟨impact?⟩ and is listed in `missing`: the composer asks for it, and `postUpdate` refuses text that
 * still holds a marker unless the person chose to send anyway. Nothing is left out silently.
 */
import { promisedNextUpdate } from '../incident/clocks.js';
import type { Profile, Template } from '../incident/profile-schema.js';
import type { IncidentState } from '../incident/state.js';
import { incidentValues, placeholders } from '../incident/templates.js';
import { formatClock, formatDate, formatDateTime, type TimeZoneOption } from './time-values.js';

/** A rendered update and the placeholders nothing filled. */
export type RenderedUpdate = { readonly text: string; readonly missing: readonly string[] };

/** The marker left in the text for a placeholder with no value. */
export function missingMarker(name: string): string {
  return `⟨${name}?⟩`;
}

const PLACEHOLDER = /\{([a-z_][a-z0-9_.]*)\}/g;
const MARKER = /⟨([a-z_][a-z0-9_.]*)\?⟩/g;

/** Markers still present in `text` (the person has not filled them in the composer). */
export function unfilledMarkers(text: string): string[] {
  return [...new Set([...text.matchAll(MARKER)].map((m) => m[1] ?? ''))];
}

/** The incident's values with times written in `timeZone` (UTC by default) and the zone named. */
export function updateValues(
  state: IncidentState,
  profile: Profile,
  now: number,
  options: TimeZoneOption = {},
): Record<string, string> {
  const tz = options.timeZone ?? 'UTC';
  const values = incidentValues(state, profile, now);
  values.started_at = formatDateTime(state.declaredAt, tz);
  values.now = formatClock(now, tz);
  values.date = formatDate(state.declaredAt, tz);
  const next = promisedNextUpdate(state, profile, now);
  values.next_update = typeof next === 'number' ? formatClock(next, tz) : '';
  if (state.resolvedAt !== null) values.resolved_at = formatDateTime(state.resolvedAt, tz);
  return values;
}

function bodyOf(template: Template | string): string {
  return typeof template === 'string' ? template : template.body;
}

/** Renders a template for the composer; missing placeholders become ⟨name?⟩ and are listed. */
export function renderUpdate(
  template: Template | string,
  state: IncidentState,
  profile: Profile,
  now: number,
  extra: Readonly<Record<string, string>> = {},
  options: TimeZoneOption = {},
): RenderedUpdate {
  const values = { ...updateValues(state, profile, now, options), ...extra };
  const missing = new Set<string>();
  // One pass, so a value that itself contains "{x}" (a title, say) is never expanded or marked.
  const text = bodyOf(template).replace(PLACEHOLDER, (_whole, name: string) => {
    const value = values[name];
    if (value) return value;
    missing.add(name);
    return missingMarker(name);
  });
  return { text, missing: [...missing] };
}

/** Placeholders of `template` the incident cannot fill by itself (impact, eta, …), for the UI to ask. */
export function missingFields(
  template: Template | string,
  state: IncidentState,
  profile: Profile,
  now: number,
): string[] {
  const values = updateValues(state, profile, now);
  return placeholders(bodyOf(template)).filter((name) => !values[name]);
}
