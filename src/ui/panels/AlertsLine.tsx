/** One line for the alerts firing now; with a declare suggestion first when one maps to a level. */
import { memo } from 'react';
import type { FiringAlert } from '../../feeds/alert-book.js';
import { T } from '../theme-context.js';
import { fit, formatAge } from '../view/format.js';

/** Props for the alerts line. */
export type AlertsLineProps = {
  readonly alerts: readonly FiringAlert[];
  readonly width: number;
  readonly now: number;
  /** The severity a firing alert suggests, and which alert (not while an incident is open). */
  readonly suggestion?: { readonly severity: string; readonly name: string } | undefined;
};

/** "NAME service 3m" for each alert, the longest-firing first. */
export function alertsText(alerts: readonly FiringAlert[], now: number): string {
  return alerts
    .map((a) => `${a.name}${a.service ? ` ${a.service}` : ''} ${formatAge(Math.max(0, now - a.since))}`)
    .join(' · ');
}

/** The line: the actionable part first, so a narrow terminal still shows it. */
export const AlertsLine = memo(function AlertsLine({ alerts, width, now, suggestion }: AlertsLineProps) {
  if (alerts.length === 0) return null;
  const list = `firing: ${alertsText(alerts, now)}`;
  if (suggestion) {
    return (
      <T t="banner.criteria">
        {fit(` ▲ d to declare ${suggestion.severity} · alert ${suggestion.name} · ${list}`, width)}
      </T>
    );
  }
  return <T t="sla.near">{fit(` ◆ ${alerts.length} ${list}`, width)}</T>;
});
