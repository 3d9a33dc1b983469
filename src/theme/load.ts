/** Finding, validating and resolving themes. A bad theme warns and falls back; it never stops the app. */
import { existsSync, readFileSync } from 'node:fs';
import type { z } from 'zod';
import dark from '../../themes/dark.json' with { type: 'json' };
import highContrast from '../../themes/high-contrast.json' with { type: 'json' };
import light from '../../themes/light.json' with { type: 'json' };
import mono from '../../themes/mono.json' with { type: 'json' };
import { colourSchema, type ThemeFile, themeFileSchema } from './schema.js';
import { type Style, type Theme, TOKEN_NAMES, type TokenName } from './tokens.js';

/** The themes shipped in themes/, bundled so a single-file build needs no folder beside it. */
export const BUILT_IN_THEMES: Readonly<Record<string, unknown>> = {
  dark,
  light,
  'high-contrast': highContrast,
  mono,
};

/** The theme used when none is named. */
export const DEFAULT_THEME = 'dark';

/** A theme problem, worded for the person who wrote the file. */
export class ThemeError extends Error {
  override name = 'ThemeError';
}

function describe(error: z.ZodError, source: string): string {
  return error.issues
    .map((i) => `${source}: ${i.path.length ? i.path.join('.') : '(top level)'}: ${i.message}`)
    .join('\n');
}

/** Validates a theme document; throws ThemeError naming the file and JSON path. */
export function parseThemeFile(raw: unknown, source: string): ThemeFile {
  const parsed = themeFileSchema.safeParse(raw);
  if (!parsed.success) throw new ThemeError(describe(parsed.error, source));
  return parsed.data;
}

function resolveColour(
  ref: string | undefined,
  palette: Record<string, string>,
  where: string,
): string | undefined {
  if (ref === undefined) return undefined;
  if (ref in palette) return palette[ref];
  if (colourSchema.safeParse(ref).success) return ref;
  throw new ThemeError(`${where}: "${ref}" is neither a palette name nor a colour (#rrggbb or an ANSI name)`);
}

/** Merges a theme over its base (palette by name, tokens whole) and resolves every colour. */
export function resolveTheme(file: ThemeFile, source: string, seen: string[] = []): Theme {
  const baseName = file.extends ?? (file.name === DEFAULT_THEME ? undefined : DEFAULT_THEME);
  let palette: Record<string, string> = {};
  let tokens: ThemeFile['tokens'] = {};
  if (baseName !== undefined) {
    if (seen.includes(baseName))
      throw new ThemeError(`${source}: extends: "${baseName}" extends itself in a loop`);
    const baseRaw = BUILT_IN_THEMES[baseName];
    if (baseRaw === undefined) throw new ThemeError(`${source}: extends: no built-in theme "${baseName}"`);
    const base = parseThemeFile(baseRaw, `themes/${baseName}.json`);
    palette = { ...(base.palette as Record<string, string>) };
    tokens = { ...collectTokens(base, [...seen, file.name]) };
  }
  palette = { ...palette, ...(file.palette as Record<string, string>) };
  tokens = { ...tokens, ...file.tokens };
  const styles = {} as Record<TokenName, Style>;
  for (const name of TOKEN_NAMES) {
    const t = tokens[name] ?? {};
    const where = `${source}: tokens.${name}`;
    const color = resolveColour(t.fg, palette, `${where}.fg`);
    const backgroundColor = resolveColour(t.bg, palette, `${where}.bg`);
    styles[name] = {
      ...(color ? { color } : {}),
      ...(backgroundColor ? { backgroundColor } : {}),
      ...(t.bold ? { bold: true } : {}),
      ...(t.dim ? { dim: true } : {}),
      ...(t.inverse ? { inverse: true } : {}),
      ...(t.underline ? { underline: true } : {}),
    };
  }
  return { name: file.name, styles };
}

/** Tokens of a built-in theme including what it inherits, with fg/bg still as references. */
function collectTokens(file: ThemeFile, seen: string[]): ThemeFile['tokens'] {
  const baseName = file.extends ?? (file.name === DEFAULT_THEME ? undefined : DEFAULT_THEME);
  if (baseName === undefined || seen.includes(baseName)) return file.tokens;
  const base = parseThemeFile(BUILT_IN_THEMES[baseName], `themes/${baseName}.json`);
  return { ...collectTokens(base, [...seen, file.name]), ...file.tokens };
}

/** What loadTheme decided, with any warning to show the user. */
export type ThemeChoice = { theme: Theme; warning?: string };

/**
 * Picks the theme: NO_COLOR wins; then a built-in name; then a JSON file path.
 * A missing or broken file falls back to the default with a warning that says what and where.
 */
export function loadTheme(nameOrPath: string | undefined, env: NodeJS.ProcessEnv = process.env): ThemeChoice {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return { theme: builtIn('mono') };
  const wanted = nameOrPath ?? DEFAULT_THEME;
  if (wanted in BUILT_IN_THEMES) return { theme: builtIn(wanted) };
  try {
    if (!existsSync(wanted)) {
      const names = Object.keys(BUILT_IN_THEMES).join(', ');
      throw new ThemeError(`theme "${wanted}" is neither a built-in theme (${names}) nor a file`);
    }
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(wanted, 'utf8'));
    } catch (error) {
      throw new ThemeError(`${wanted}: not valid JSON (${(error as Error).message})`);
    }
    return { theme: resolveTheme(parseThemeFile(raw, wanted), wanted) };
  } catch (error) {
    if (!(error instanceof ThemeError)) throw error;
    return {
      theme: builtIn(DEFAULT_THEME),
      warning: `${oneLine(error.message)}; using the ${DEFAULT_THEME} theme`,
    };
  }
}

/** The warning row has one line: the first problem, and how many more there are. */
function oneLine(message: string): string {
  const [first = '', ...rest] = message.split('\n').filter((l) => l.trim().length > 0);
  if (rest.length === 0) return first;
  return `${first} (and ${rest.length} more problem${rest.length === 1 ? '' : 's'})`;
}

/** A built-in theme, resolved. */
export function builtIn(name: string): Theme {
  const source = `themes/${name}.json`;
  return resolveTheme(parseThemeFile(BUILT_IN_THEMES[name], source), source);
}
