/** Maps a template's [Placeholders] to the variables the app fills in. */
import { snake } from './inline.js';
import { severityRefs } from './severity-ids.js';

const BY_LABEL: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(severity|sev|level|priority)$/, 'severity'],
  [/^(issue|title|summary line|incident)$/, 'title'],
  [/status$/, 'status'],
  [/impact|affected/, 'impact'],
  [/incident commander|^ic$|^commander$/, 'ic'],
  [/channel/, 'channel'],
  [/^(start(ed)?( time| at)?|began|since)$/, 'started_at'],
  [/^(end( time)?|resolved at|ended)$/, 'resolved_at'],
  [/^duration$/, 'duration'],
  [/next update/, 'next_update'],
  [/root cause/, 'root_cause'],
  [/tech(nical)? lead/, 'tech_lead'],
];

const BY_TEXT: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(severity|sev|level|priority)$/, 'severity'],
  [/investigat\w*\s*\/|identified\s*\/|^status$/, 'status'],
  [/brief description|^title$|incident title|^summary$|short description/, 'title'],
  [/who is affected|impact|what's broken|who's affected/, 'impact'],
  [/^@?name$|incident commander|^ic$/, 'ic'],
  [/time since start|total time|^duration$|total minutes/, 'duration'],
  [/^(time|now|current time|timestamp)$/, 'now'],
  [/^(start time|started at|when it began.*|time, timezone)$/, 'started_at'],
  [/^(end time|resolved at)$/, 'resolved_at'],
  [/^(n|#|number|update number)$/, 'update_number'],
  [/^(service|service name|app|app name)$/, 'service'],
  [/^(channel|incident channel)$/, 'channel'],
  [/^next update|^time of next update$/, 'next_update'],
];

function match(table: ReadonlyArray<readonly [RegExp, string]>, text: string): string | undefined {
  const t = text.toLowerCase().trim();
  return table.find(([re]) => re.test(t))?.[1];
}

/** The variable a placeholder stands for, from its text and the label before it on its line. */
export function placeholderName(inner: string, lineLabel: string | undefined, line: string): string {
  if (/^(?:p|sev[- ]?)[0-9x]$|^x$/i.test(inner) || severityRefs(inner).length > 1) return 'severity';
  if (/^\d{1,2}:\d{2}/.test(inner)) return /next update/i.test(line) ? 'next_update' : 'now';
  if (lineLabel) return match(BY_LABEL, lineLabel) ?? snake(lineLabel);
  if (/next update/i.test(line) && /^[\d/ ]+$/.test(inner)) return 'next_update';
  if (/^\d+\s*(min|hour|h\b)/i.test(inner)) return /next update/i.test(line) ? 'next_update' : 'update_interval';
  return match(BY_TEXT, inner) ?? (snake(inner) || 'value');
}

/** Rewrites `[Placeholder]`s as `{variable}`s; returns the new body and the variables in order. */
export function mapPlaceholders(body: string): { body: string; variables: string[] } {
  const variables: string[] = [];
  const add = (v: string) => {
    if (!variables.includes(v)) variables.push(v);
    return `{${v}}`;
  };
  const lines = body.split('\n').map((line) => {
    const pre = line
      .replace(/#[\w-]+\[[^\]\n]+\][\w[\]-]*/g, () => add('channel'))
      .replace(/\bSEV[- ]?\[[^\]\n]+\]/gi, () => add('severity'));
    const label = /^\s*([A-Za-z][\w /'-]{0,30}):\s*/.exec(pre);
    // The label names the placeholder only when the placeholder is the whole value ("Impact: [...]").
    const whole = label ? /^\[[^\]\n]+\][.\s]*$/.test(pre.slice(label[0].length)) : false;
    return pre.replace(/\[([^\]\n]+)\](?!\()/g, (_m, inner: string) =>
      add(placeholderName(inner.trim(), whole ? label?.[1] : undefined, line)),
    );
  });
  return { body: lines.join('\n'), variables };
}
