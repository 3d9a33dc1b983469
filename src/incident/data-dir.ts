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

/** Whose journals: real incidents, drills, or the demo's practice incidents. */
export type JournalKind = 'incident' | 'drill' | 'demo';

/**
 * The folder of incident journals. Drills and the demo are kept apart (incidents/drills and
 * incidents/drills/demo) so a real start never sees them, nor a drill or the demo a real one.
 * `true` means 'drill', as before.
 */
export function journalDir(dataDir: string, kind: boolean | JournalKind = false): string {
  const k: JournalKind = kind === true ? 'drill' : kind === false ? 'incident' : kind;
  if (k === 'drill') return join(dataDir, 'incidents', 'drills');
  if (k === 'demo') return join(dataDir, 'incidents', 'drills', 'demo');
  return join(dataDir, 'incidents');
}
