/** Where incident journals live: --data-dir, then WARROOM_DATA_DIR, then beside conf's file, then XDG. */
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

/** Inputs for finding the data directory; all optional. */
export type DataDirOptions = {
  /** The value of --data-dir. */
  readonly flag?: string;
  readonly env?: NodeJS.ProcessEnv;
  /** The path of conf's settings file; data goes in a folder beside it. */
  readonly confPath?: string;
};

/** The data directory to use. */
export function resolveDataDir(options: DataDirOptions = {}): string {
  const env = options.env ?? process.env;
  if (options.flag) return options.flag;
  if (env.WARROOM_DATA_DIR) return env.WARROOM_DATA_DIR;
  if (options.confPath) return join(dirname(options.confPath), 'data');
  return join(env.XDG_DATA_HOME || join(env.HOME || homedir(), '.local', 'share'), 'warroom');
}

/** The folder of incident journals; drills are kept apart in a subfolder so they never mix with real ones. */
export function journalDir(dataDir: string, drill = false): string {
  return drill ? join(dataDir, 'incidents', 'drills') : join(dataDir, 'incidents');
}
