/** Writing a command run to the timeline (command/ran), with secrets scrubbed from its argv. */
import type { IncidentSession } from '../../app/incident-session.js';
import type { IncidentEvent } from '../../incident/events.js';
import { redact } from '../secrets.js';
import type { RunResult } from './run.js';

/** What to record about a run. */
export type CommandRecord = {
  readonly command: string;
  readonly argv: readonly string[];
  readonly confirmedBy?: string;
  readonly result: RunResult;
  readonly secrets?: readonly string[];
};

/** Journals command/ran for a finished (or dry) run. */
export function recordCommand(session: IncidentSession, record: CommandRecord): IncidentEvent {
  const secrets = record.secrets ?? [];
  return session.record({
    type: 'command/ran',
    command: record.command,
    argv: record.argv.map((a) => redact(a, secrets)),
    ...(record.confirmedBy ? { confirmedBy: record.confirmedBy } : {}),
    exitCode: record.result.exitCode,
    durationMs: Math.max(0, record.result.durationMs),
    dryRun: record.result.dryRun,
  });
}
