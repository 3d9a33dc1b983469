/** `warroom profile check FILE` and `warroom profile show NAME|PATH`, as a function the CLI calls. */
import { existsSync } from 'node:fs';
import { checkProfileFile, loadProfile, type ProfileLookup } from '../incident/profile-load.js';

/** Where the command writes; the CLI passes process streams, tests pass arrays. */
export interface ProfileCommandIO {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

const USAGE = 'usage: warroom profile check FILE | warroom profile show NAME|PATH';

/** Runs a profile subcommand; returns the exit code (0 ok, 1 invalid or unknown, 2 bad arguments or no such file). */
export function runProfileCommand(args: readonly string[], io: ProfileCommandIO, lookup: ProfileLookup = {}): number {
  const [sub, target, ...rest] = args;
  if (!target || rest.length > 0 || (sub !== 'check' && sub !== 'show')) {
    io.err(`${USAGE}\n`);
    return 2;
  }
  if (sub === 'check') {
    // A file that is not there is a bad argument (exit 2, as for every command), not an invalid profile.
    if (!existsSync(target)) {
      io.err(`no profile file at ${target}\n${USAGE}\n`);
      return 2;
    }
    const { ok, report } = checkProfileFile(target);
    io.out(`${report}\n`);
    return ok ? 0 : 1;
  }
  const loaded = loadProfile(target, lookup);
  if (!loaded.ok) {
    io.err(`${loaded.error.message}\n`);
    return 1;
  }
  io.out(`${JSON.stringify(loaded.profile, null, 2)}\n`);
  return 0;
}
