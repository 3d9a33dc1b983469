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

// Bracketed text a message means literally: a status tag ("[RESOLVED]"), a checkbox, a footnote.
const LITERAL = /^(RESOLVED|UPDATE|UPDATED|INVESTIGATING|IDENTIFIED|MONITORING|MITIGATED|EXTERNAL|INTERNAL|INCIDENT|URGENT|ACTION|ACTION REQUIRED|INFO|FYI|WARNING|OUTAGE|MAINTENANCE|DRAFT|CLOSED|OPEN|ALL CLEAR|x| )$|^\d{1,2}$/i;

/** True when bracketed text is meant literally rather than as a placeholder to fill. */
export function isLiteral(inner: string): boolean {
  return LITERAL.test(inner.trim()) && inner.trim() === inner.trim().toUpperCase();
}

/** True for `<brief description>` or `<HH:MM UTC>`; false for HTML tags and autolinks. */
function isAnglePlaceholder(inner: string): boolean {
  if (/^\/|^[a-z]+:\/\/|^(br|b|i|p|a|div|span|em|strong|code|table|tr|td|th|ul|li)\b/i.test(inner)) return false;
  return /\s|^[A-Z_:]+$|^[a-z_]+$/.test(inner.trim());
}

/** Rewrites `[Placeholder]`s and `<placeholder>`s as `{variable}`s; returns the new body and the variables in order. */
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
    const whole = label ? /^(\[[^\]\n]+\]|<[^<>\n]+>)[.\s]*$/.test(pre.slice(label[0].length)) : false;
    return pre
      .replace(/\[([^\]\n]+)\](?!\()/g, (m, inner: string) =>
        isLiteral(inner) ? m : add(placeholderName(inner.trim(), whole ? label?.[1] : undefined, line)),
      )
      .replace(/<([^<>\n]{2,60})>/g, (m, inner: string) =>
        isAnglePlaceholder(inner) ? add(placeholderName(inner.trim(), whole ? label?.[1] : undefined, line)) : m,
      );
  });
  return { body: lines.join('\n'), variables };
}
