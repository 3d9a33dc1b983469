/** The last line of defence: restore the terminal, say what happened in one sentence, keep the details in a file. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const RESTORE = '\u001b[?1049l\u001b[?25h\u001b[0m';

/** Where crash details go: $XDG_STATE_HOME/warroom or ~/.local/state/warroom. */
export function crashDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.XDG_STATE_HOME || join(homedir(), '.local', 'state'), 'warroom');
}

function report(error: unknown): never {
  let where = '';
  try {
    const dir = crashDir();
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `crash-${new Date().toISOString().replace(/[:.]/g, '-')}.log`);
    writeFileSync(file, `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    where = ` Details: ${file}`;
  } catch {
    // The terminal matters more than the log; carry on.
  }
  if (process.stdout.isTTY) process.stdout.write(RESTORE);
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`warroom stopped unexpectedly: ${message}.${where}\n`);
  process.exit(70);
}

/** Installs handlers for uncaught errors and rejections. */
export function installCrashGuard(): void {
  process.on('uncaughtException', report);
  process.on('unhandledRejection', report);
}
