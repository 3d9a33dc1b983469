/** The incident record as Markdown: fields, roles, timeline, action items and durations. */
import { type IncidentRecord, spanText } from './record.js';

/** A table cell: one line, pipes escaped. */
export const cell = (text: string): string => text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');

/** The durations as table rows. */
export function durationRows(r: IncidentRecord): string[] {
  const d = r.durations;
  return [
    '| measure | time |',
    '| --- | --- |',
    `| time to detect (impact began to declared) | ${spanText(d.time_to_detect)} |`,
    `| time to acknowledge (declared to acknowledged) | ${spanText(d.time_to_acknowledge)} |`,
    `| time to mitigate (declared to monitoring or resolved) | ${spanText(d.time_to_mitigate)} |`,
    `| time to resolve (${r.started ? 'impact began' : 'declared'} to resolved) | ${spanText(d.time_to_resolve)} |`,
  ];
}

/** The timeline as a table. */
export function timelineRows(r: IncidentRecord): string[] {
  return [
    '| time (UTC) | who | what |',
    '| --- | --- | --- |',
    ...r.timeline.map((e) => `| ${e.time} | ${cell(e.actor)} | ${cell(e.what)} |`),
  ];
}

/** Renders the record as Markdown. */
export function recordMarkdown(r: IncidentRecord): string {
  const when = (v: string | null): string => v ?? '-';
  const lines = [
    `# ${r.id}: ${cell(r.title)}${r.drill ? ' (drill)' : ''}`,
    '',
    '| field | value |',
    '| --- | --- |',
    `| severity | ${r.severity.id} (${cell(r.severity.label)}) |`,
    `| status | ${r.status} |`,
    `| started | ${when(r.started)} |`,
    `| detected | ${r.detected} |`,
    `| acknowledged | ${when(r.acknowledged)} |`,
    `| mitigated | ${when(r.mitigated)} |`,
    `| resolved | ${when(r.resolved)} |`,
    '',
    '## Impact',
    '',
    ...(r.impact.length > 0 ? r.impact.map((i) => `- ${i}`) : ['- not recorded']),
    '',
    '## Roles',
    '',
    ...(r.roles.length > 0 ? r.roles.map((x) => `- ${x.role}: ${x.who}`) : ['- none assigned']),
    '',
    '## Timeline',
    '',
    ...timelineRows(r),
    '',
    '## Action items',
    '',
    ...(r.action_items.length > 0 ? r.action_items.map((a) => `- [ ] ${a}`) : ['- none']),
    '',
    '## Durations',
    '',
    ...durationRows(r),
  ];
  return `${lines.join('\n')}\n`;
}
