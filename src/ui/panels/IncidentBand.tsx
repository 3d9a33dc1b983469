/** The header once an incident is declared: severity in the runbook's words and colour, then the rest. */
import { Text } from 'ink';
import { memo } from 'react';
import type { TokenName } from '../../theme/tokens.js';
import { T, useStyle } from '../theme-context.js';
import { escapeControls } from '../../text/controls.js';
import { cellWidth, fit, formatClock } from '../view/format.js';
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
  const clock = `  ${formatClock(p.now, false)}Z`;
  const rightWith = (c: string) => ` ${p.status.toUpperCase()} ${elapsed(p.now - p.startedAt)}${c} `;
  const fixed = cellWidth(badge) + cellWidth(drill);
  // On a narrow screen the wall clock (the elapsed time stays) gives way before the title is cut.
  const tight = p.width - fixed - cellWidth(rightWith(clock)) < cellWidth(escapeControls(` ${p.title} · ${p.id}`));
  const right = rightWith(tight ? '' : clock);
  const middle = bandMiddle(p.title, p.id, p.source, Math.max(0, p.width - fixed - cellWidth(right)));
  return (
    <Text wrap="truncate">
      <T t={`severity.${p.colour}` as TokenName}>{badge}</T>
      {drill ? <T t="banner.drill">{drill}</T> : null}
      <Text {...band}>{middle}</Text>
      <Text {...band}>{right}</Text>
    </Text>
  );
});

/**
 * Title, id and source in `room` cells: the source goes first, then the title is cut; the id is
 * never cut (people read it out and type it), unless not even it fits.
 */
export function bandMiddle(title: string, id: string, source: string, room: number): string {
  const all = ` ${title} · ${id} · ${source}`;
  if (cellWidth(escapeControls(all)) <= room) return fit(all, room);
  const idPart = ` · ${escapeControls(id)}`;
  const titleRoom = room - cellWidth(idPart);
  if (titleRoom < 4) return fit(` ${id}`, room);
  const head = ` ${escapeControls(title)}`;
  // A title that fits is not padded: the id follows it, and the spare cells go after the id.
  if (cellWidth(head) <= titleRoom) return fit(`${head}${idPart}`, room);
  return `${fit(head, titleRoom)}${idPart}`;
}
