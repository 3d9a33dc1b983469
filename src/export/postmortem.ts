/** A post-mortem draft in Markdown, filled in from the log where it can be and left blank where people must write. */
import type { IncidentEvent } from '../incident/events.js';
import type { Profile } from '../incident/profile-schema.js';
import { escapeControlsDeep } from '../text/controls.js';
import { buildRecord, type IncidentRecord, spanText } from './record.js';
import { redact } from './redact.js';
import { cell, durationRows, timelineRows } from './render-md.js';

/** Options of {@link postmortemDraft}. */
export type PostmortemOptions = { readonly secrets: readonly string[]; readonly startedAt?: number };

const BLANK = '_To be written._';

function resolutionLines(events: readonly IncidentEvent[]): string[] {
  const lines = events.flatMap((e) => {
    if (e.type === 'command/ran')
      return [
        `- Ran \`${e.argv.join(' ')}\`${e.dryRun ? ' (dry run)' : ` (exit ${e.exitCode ?? 'killed'})`}`,
      ];
    if (e.type === 'incident/resolved' && e.summary) return [`- Resolved: ${e.summary}`];
    return [];
  });
  return lines.length > 0 ? lines : [BLANK];
}

function body(r: IncidentRecord, events: readonly IncidentEvent[]): string[] {
  const summary = [...events].reverse().find((e) => e.type === 'incident/resolved' && e.summary);
  return [
    `# Post-incident review: ${cell(r.title)}`,
    '',
    `${r.id} · ${r.severity.id} ${r.severity.label} · detected ${r.detected}${r.resolved ? ` · resolved ${r.resolved}` : ' · not resolved'}`,
    '',
    '## Summary',
    '',
    summary?.type === 'incident/resolved' && summary.summary ? summary.summary : BLANK,
    '',
    '## Impact',
    '',
    `- Lasted ${spanText(r.durations.time_to_resolve)} (${r.started ? 'from the start of impact' : 'from declaring'} to resolving)`,
    ...(r.impact.length > 0 ? r.impact.map((i) => `- ${i}`) : ['- Who and how many were affected: ____']),
    '',
    '## Timeline',
    '',
    ...timelineRows(r),
    '',
    '## Response times',
    '',
    ...durationRows(r),
    '',
    '## Root cause',
    '',
    BLANK,
    '',
    '## Resolution',
    '',
    ...resolutionLines(events),
    '',
    '## Five whys',
    '',
    ...[1, 2, 3, 4, 5].map((n) => `${n}. Why ____? Because ____.`),
    '',
    '## What went well',
    '',
    '- ____',
    '',
    '## What did not',
    '',
    '- ____',
    '',
    '## Lessons',
    '',
    '- ____',
    '',
    '## Action items',
    '',
    '| action | owner | due | status |',
    '| --- | --- | --- | --- |',
    ...(r.action_items.length > 0
      ? r.action_items.map((a) => `| ${cell(a)} |  |  | open |`)
      : ['|  |  |  | open |']),
  ];
}

/** The post-mortem draft of an incident, with secrets redacted. */
export function postmortemDraft(
  events: readonly IncidentEvent[],
  profile: Profile,
  options: PostmortemOptions,
): string {
  const safe = escapeControlsDeep(events);
  const record = buildRecord(safe, profile, options.startedAt);
  return redact(`${body(record, safe).join('\n')}\n`, options.secrets);
}
