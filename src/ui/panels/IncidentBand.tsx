/** The header once an incident is declared: severity in the runbook's words and colour, then the rest. */
import { Text } from 'ink';
import { memo } from 'react';
import type { TokenName } from '../../theme/tokens.js';
import { T, useStyle } from '../theme-context.js';
import { fit, formatClock } from '../view/format.js';
import { elapsed } from '../view/incident-view.js';

/** Props for the band. */
export type IncidentBandProps = {
  readonly width: number;
  readonly severity: string;
  readonly severityLabel: string;
  readonly colour: 'critical' | 'high' | 'medium' | 'low';
  readonly id: string;
  readonly title: string;
  readonly status: string;
  readonly startedAt: number;
  readonly now: number;
  readonly drill: boolean;
  readonly source: string;
};

/** One line; elapsed time and the clock sit at the end because they change every second. */
export const IncidentBand = memo(function IncidentBand(p: IncidentBandProps) {
  const band = useStyle('header.text');
  // A level named only by its id (or whose id is its name) shows it once.
  const label = p.severityLabel && p.severityLabel.toLowerCase() !== p.severity.toLowerCase() ? ` ${p.severityLabel.toUpperCase()}` : '';
  const badge = ` ${p.severity}${label} `;
  const drill = p.drill ? ' DRILL ' : '';
  const right = ` ${p.status.toUpperCase()} ${elapsed(p.now - p.startedAt)}  ${formatClock(p.now, false)}Z `;
  const middleWidth = Math.max(0, p.width - [...badge].length - [...drill].length - [...right].length);
  return (
    <Text wrap="truncate">
      <T t={`severity.${p.colour}` as TokenName}>{badge}</T>
      {drill ? <T t="banner.drill">{drill}</T> : null}
      <Text {...band}>{fit(` ${p.title} · ${p.id} · ${p.source}`, middleWidth)}</Text>
      <Text {...band}>{right}</Text>
    </Text>
  );
});
