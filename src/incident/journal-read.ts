/** Reading a journal back: tolerant of a line torn by a crash, and reporting (not throwing on) corrupt lines. */
import { readFileSync } from 'node:fs';
import { type IncidentEvent, incidentEventSchema } from './events.js';

/** A line that could not be used. */
export type JournalProblem = { readonly line: number; readonly reason: string };

/** What was read from a journal. */
export type JournalRead = {
  readonly events: IncidentEvent[];
  /** Sentences for people, one per skipped line or unreadable file. */
  readonly warnings: string[];
  readonly problems: JournalProblem[];
};

function parseLine(line: string): { ok: true; event: IncidentEvent } | { ok: false; reason: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return { ok: false, reason: 'not valid JSON' };
  }
  const parsed = incidentEventSchema.safeParse(raw);
  if (parsed.success) return { ok: true, event: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, reason: `not a valid event (${issue ? `${issue.path.join('.') || 'event'}: ${issue.message}` : 'unknown'})` };
}

/** Reads every event of a journal file; never throws. */
export function readJournal(path: string): JournalRead {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'unknown error';
    const what = code === 'EISDIR' ? `${path} is a directory, not a journal` : `${path} could not be read (${code})`;
    return { events: [], warnings: [what], problems: [{ line: 0, reason: code }] };
  }
  if (text.trim() === '')
    return { events: [], warnings: [`${path} is empty: the incident's declaration was never written`], problems: [{ line: 0, reason: 'empty' }] };
  const lines = text.split('\n');
  const torn = !text.endsWith('\n');
  if (!torn) lines.pop();
  const events: IncidentEvent[] = [];
  const warnings: string[] = [];
  const problems: JournalProblem[] = [];
  lines.forEach((line, i) => {
    const n = i + 1;
    if (line.trim() === '') return;
    const result = parseLine(line);
    if (result.ok) {
      events.push(result.event);
    } else if (torn && i === lines.length - 1) {
      problems.push({ line: n, reason: 'cut short' });
      warnings.push(`line ${n} was cut short by a crash and was skipped`);
    } else {
      problems.push({ line: n, reason: result.reason });
      warnings.push(`line ${n} is ${result.reason} and was skipped`);
    }
  });
  if (events.length > 0 && !events.some((e) => e.type === 'incident/declared')) {
    const first = problems[0]?.line ?? 1;
    warnings.push(
      `the declaration (line ${first}) is unreadable, so ${path} has no incident to show; its ${events.length} other event${events.length === 1 ? ' is' : 's are'} intact in the file`,
    );
  }
  return { events, warnings, problems };
}
