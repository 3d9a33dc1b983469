/**
 * What the terminal can take, decided from the environment alone: synchronized output (DEC 2026)
 * and colour depth. Pure functions, env in, decision out; the renderer asks once at start.
 */

/** How many colours the terminal shows. */
export type ColorDepth = 'truecolor' | '256' | '16';

type Env = Readonly<Record<string, string | undefined>>;

function versionAtLeast(version: string | undefined, major: number, minor: number): boolean {
  const m = /^(\d+)\.(\d+)/.exec(version ?? '');
  if (!m) return false;
  const [a, b] = [Number(m[1]), Number(m[2])];
  return a > major || (a === major && b >= minor);
}

/**
 * Whether to wrap frames in DEC 2026 synchronized output. WARROOM_SYNC=1/0 decides outright;
 * otherwise off inside tmux older than 3.5 (or of unknown version), inside screen, and on the
 * Linux console and other terminals without it; on elsewhere (terminals that lack it ignore it).
 */
export function wantsSyncOutput(env: Env): boolean {
  if (env.WARROOM_SYNC === '1') return true;
  if (env.WARROOM_SYNC === '0') return false;
  const term = env.TERM ?? '';
  if (term === 'linux' || term === 'dumb' || (term.startsWith('screen') && !env.TMUX)) return false;
  if (env.STY) return false;
  if (env.TMUX || term.startsWith('tmux')) {
    return env.TERM_PROGRAM === 'tmux' && versionAtLeast(env.TERM_PROGRAM_VERSION, 3, 5);
  }
  if (term === 'linux' || term === 'dumb' || term.startsWith('screen') || env.STY) return false;
  return true;
}

/** The colour depth the terminal advertises through COLORTERM and TERM (truecolor → 256 → 16). */
export function colorDepth(env: Env): ColorDepth {
  const colorterm = (env.COLORTERM ?? '').toLowerCase();
  if (colorterm === 'truecolor' || colorterm === '24bit') return 'truecolor';
  const term = (env.TERM ?? '').toLowerCase();
  if (term.endsWith('-direct') || term.includes('truecolor')) return 'truecolor';
  if (term.includes('256color') || term.includes('256colour')) return '256';
  return '16';
}
