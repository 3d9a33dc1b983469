/** Finding, reading and checking profiles: built-ins, a user's own files, or a path. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, join } from 'node:path';
import { ProfileError, problemsFromZod } from './profile-error.js';
import { type Profile, profileSchema } from './profile-schema.js';
import { BUILT_IN_PROFILES } from './profiles/index.js';

/** Where a user's own profiles live, in the order they are searched. */
export function userProfileDirs(env: NodeJS.ProcessEnv = process.env): string[] {
  const dirs: string[] = [];
  if (env.WARROOM_PROFILE_DIR) dirs.push(env.WARROOM_PROFILE_DIR);
  const config = env.XDG_CONFIG_HOME || join(env.HOME || homedir(), '.config');
  dirs.push(join(config, 'warroom', 'profiles'));
  return dirs;
}

/** Options for finding profiles. */
export type ProfileLookup = { readonly dirs?: readonly string[] };

/** A loaded profile or the reasons it could not be loaded. */
export type LoadResult =
  | { readonly ok: true; readonly profile: Profile; readonly source: string }
  | { readonly ok: false; readonly error: ProfileError };

/** Validates an already-parsed value as a profile; `file` names it in errors. */
export function validateProfile(raw: unknown, file: string): LoadResult {
  const parsed = profileSchema.safeParse(raw);
  if (parsed.success) return { ok: true, profile: parsed.data, source: file };
  return { ok: false, error: new ProfileError(file, problemsFromZod(parsed.error)) };
}

/** Reads and validates a profile file. */
export function readProfileFile(path: string): LoadResult {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? 'unknown error'})`;
    return { ok: false, error: new ProfileError(path, [{ path: '(file)', message: why }]) };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    const message = `not valid JSON: ${(err as Error).message}`;
    return { ok: false, error: new ProfileError(path, [{ path: '(file)', message }]) };
  }
  return validateProfile(raw, path);
}

function looksLikePath(nameOrPath: string): boolean {
  return nameOrPath.includes('/') || nameOrPath.includes('\\') || nameOrPath.endsWith('.json');
}

/** Loads a profile by name (a user's file of that name wins over the built-in) or by path. */
export function loadProfile(nameOrPath: string, lookup: ProfileLookup = {}): LoadResult {
  if (looksLikePath(nameOrPath)) return readProfileFile(nameOrPath);
  for (const dir of lookup.dirs ?? userProfileDirs()) {
    const file = join(dir, `${nameOrPath}.json`);
    if (existsSync(file)) return readProfileFile(file);
  }
  const builtIn = BUILT_IN_PROFILES[nameOrPath];
  if (builtIn) return validateProfile(builtIn, `built-in profile "${nameOrPath}"`);
  const known = listProfiles(lookup).map((p) => p.name).join(', ');
  return {
    ok: false,
    error: new ProfileError(nameOrPath, [{ path: '(name)', message: `no profile by that name; known: ${known}` }]),
  };
}

/** One entry of `listProfiles`. */
export type ProfileListing = {
  readonly name: string;
  readonly title: string;
  readonly origin: 'built-in' | 'user';
  readonly path?: string;
  /** True when a user's file replaces the built-in of the same name. */
  readonly overrides?: boolean;
};

/** Built-in and user profiles by name; a user's file replaces the built-in of the same name. */
export function listProfiles(lookup: ProfileLookup = {}): ProfileListing[] {
  const byName = new Map<string, ProfileListing>();
  for (const p of Object.values(BUILT_IN_PROFILES)) byName.set(p.name, { name: p.name, title: p.title, origin: 'built-in' });
  for (const dir of [...(lookup.dirs ?? userProfileDirs())].reverse()) {
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
      const name = basename(file, '.json');
      const path = join(dir, file);
      const loaded = readProfileFile(path);
      const title = loaded.ok ? loaded.profile.title : '(invalid: run `warroom profile check`)';
      byName.set(name, { name, title, origin: 'user', path, overrides: name in BUILT_IN_PROFILES });
    }
  }
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** The text report of `warroom profile check FILE`, and whether the file passed. */
export function checkProfileFile(path: string): { readonly ok: boolean; readonly report: string } {
  const result = readProfileFile(path);
  if (!result.ok) return { ok: false, report: `✗ ${result.error.message}` };
  const p = result.profile;
  const counts = [
    `${p.severities.length} severities (${p.severities.map((s) => s.id).join(', ')})`,
    `${p.roles.length} roles`,
    `${p.checklists.length} checklists`,
    `${p.templates.length} templates`,
    `${p.commands.length} commands`,
    `${p.webhooks.length} webhooks`,
    `${p.patterns.length} patterns`,
  ];
  return { ok: true, report: `✓ ${path}: profile "${p.name}" is valid\n  ${counts.join(', ')}` };
}
