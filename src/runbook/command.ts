/** `warroom import-runbook RUNBOOK.md -o profile.json [--merge BASE]`, as a function the CLI calls. */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadProfile } from '../incident/profile-load.js';
import type { Profile } from '../incident/profile-schema.js';
import { decodeRunbook } from './binary.js';
import { importRunbook } from './import.js';
import { formatReport } from './report.js';

/** Where the command writes; the CLI passes process streams, tests pass arrays. */
export interface CommandIO {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

const USAGE = 'usage: warroom import-runbook RUNBOOK.md -o profile.json [--merge BASE]';

function parseArgs(args: readonly string[]): { file?: string; output?: string; merge?: string; error?: string } {
  const parsed: { file?: string; output?: string; merge?: string; error?: string } = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '-o' || arg === '--output') parsed.output = args[++i];
    else if (arg === '--merge') parsed.merge = args[++i];
    else if (arg.startsWith('-')) return { error: `unknown option ${arg}` };
    else if (parsed.file) return { error: `one runbook at a time (got ${parsed.file} and ${arg})` };
    else parsed.file = arg;
  }
  if (!parsed.file) return { error: 'which runbook? give the Markdown file to read' };
  if (!parsed.output) return { error: 'where to write? give -o profile.json' };
  return parsed;
}

/** Runs the import; returns the process exit code (0 written, 1 not written, 2 bad arguments or input). */
export function runImportRunbook(args: readonly string[], io: CommandIO): number {
  const a = parseArgs(args);
  if (a.error || !a.file || !a.output) {
    io.err(`${a.error ?? 'bad arguments'}\n${USAGE}\n`);
    return 2;
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(a.file);
  } catch (error) {
    io.err(`${a.file}: cannot read the runbook (${(error as NodeJS.ErrnoException).code ?? 'error'})\n`);
    return 2;
  }
  const decoded = decodeRunbook(bytes);
  if ('reason' in decoded) {
    io.err(`${a.file}: not a Markdown runbook (${decoded.reason}); give the .md or .txt file\n`);
    return 2;
  }
  const { text } = decoded;
  let merge: Profile | undefined;
  if (a.merge) {
    const loaded = loadProfile(a.merge);
    if (!loaded.ok) {
      io.err(`--merge ${a.merge}: ${loaded.error.message}\n`);
      return 2;
    }
    merge = loaded.profile;
  }
  const result = importRunbook(text, { source: a.file, ...(merge ? { merge } : {}) });
  io.out(`${formatReport(result.report)}\n`);
  if (!result.profile) {
    const none = result.partial.severities.length === 0;
    io.err(
      none
        ? 'Not written: the runbook names no severity level, and a profile needs at least one. Add a table with a Severity (or Priority) column, or a heading per level such as "SEV1 - Critical".\n'
        : 'Not written: the profile does not validate (the notes above say where).\n',
    );
    return 1;
  }
  try {
    writeFileSync(a.output, `${JSON.stringify(result.profile, null, 2)}\n`);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    io.err(`Not written: cannot write ${a.output} (${code}). The report above still holds; give -o a path you can write to.\n`);
    return 1;
  }
  io.out(`Wrote ${a.output} (profile "${result.profile.name}"). Try it: warroom --profile ${a.output}\n`);
  return 0;
}
