/** `warroom profile check FILE` and `warroom profile show NAME|PATH`, as a function the CLI calls. */
import { checkProfileFile, loadProfile, type ProfileLookup } from '../incident/profile-load.js';

/** Where the command writes; the CLI passes process streams, tests pass arrays. */
export interface ProfileCommandIO {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

const USAGE = 'usage: warroom profile check FILE | warroom profile show NAME|PATH';

/** Runs a profile subcommand; returns the exit code (0 ok, 1 invalid or unknown, 2 bad arguments). */
export function runProfileCommand(args: readonly string[], io: ProfileCommandIO, lookup: ProfileLookup = {}): number {
  const [sub, target, ...rest] = args;
  if (!target || rest.length > 0 || (sub !== 'check' && sub !== 'show')) {
    io.err(`${USAGE}\n`);
    return 2;
  }
  if (sub === 'check') {
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
