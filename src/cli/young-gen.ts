/**
 * V8's young generation grows with the allocation rate, and at a screen's frame rate it becomes most
 * of warroom's resident memory; `--max-semi-space-size=8` caps it. That flag only counts when V8
 * starts (`v8.setFlagsFromString` afterwards changes nothing), so the single-file bundle started
 * with a plain `node` replaces itself, before doing anything else, with the same program and the
 * flag (process.execve: same process id and terminal, no second process). Where execve is missing
 * (Node before 22.15, Windows) the program runs on without the flag.
 */

/** The flag, and the megabytes it gives each semi-space. */
export const YOUNG_GEN_FLAG = '--max-semi-space-size=8';

/** The command line to start again with, or undefined when this one already has a say on the young generation. */
export function youngGenCommand(
  execPath: string,
  execArgv: readonly string[],
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
): string[] | undefined {
  const set = (s: string | undefined): boolean => s?.includes('--max-semi-space-size') === true;
  if (execArgv.some(set) || set(env.NODE_OPTIONS) || env.WARROOM_YOUNG_GEN === 'off') return undefined;
  if (shortLived(argv.slice(2))) return undefined;
  return [execPath, YOUNG_GEN_FLAG, ...execArgv, ...argv.slice(1)];
}

/** Restarts the process with the flag when it lacks it and the platform can; returns otherwise. */
export function ensureYoungGenFlag(): void {
  const execve = (process as { execve?: (file: string, args: string[], env: NodeJS.ProcessEnv) => never })
    .execve;
  if (typeof execve !== 'function') return;
  const command = youngGenCommand(process.execPath, process.execArgv, process.argv, process.env);
  if (command === undefined) return;
  try {
    execve.call(process, process.execPath, command, process.env);
  } catch {
    // Could not restart (a sandbox, say): run on without the flag.
  }
}

/** Commands that print and exit: a restart would cost more start-up than their memory ever costs. */
const SHORT_COMMANDS = new Set(['export', 'whoami', 'profiles', 'profile', 'import-runbook']);

/** Whether these arguments (after the script) print something and exit, so the cap is not worth a restart. */
export function shortLived(args: readonly string[]): boolean {
  if (args.some((a) => a === '--help' || a === '-h' || a === '--version' || a === '-V')) return true;
  const [command, next] = args;
  if (command !== undefined && SHORT_COMMANDS.has(command)) return true;
  // `drill` alone lists the scenarios and `drill --report` prints one; `drill NAME` runs a screen.
  return command === 'drill' && (next === undefined || next === '--report');
}
