import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_THEMES, loadTheme, parseThemeFile, resolveTheme } from '../../src/theme/load.js';
import { TOKEN_NAMES } from '../../src/theme/tokens.js';

const themesDir = new URL('../../themes/', import.meta.url);
const tmp = mkdtempSync(join(tmpdir(), 'warroom-theme-'));

function writeTheme(name: string, body: unknown): string {
  const path = join(tmp, name);
  writeFileSync(path, typeof body === 'string' ? body : JSON.stringify(body));
  return path;
}

describe('shipped themes', () => {
  const files = readdirSync(themesDir).filter((f) => f.endsWith('.json'));

  it('ships dark, light, high-contrast and mono, all bundled', () => {
    expect(files.map((f) => f.replace('.json', '')).sort()).toEqual(Object.keys(BUILT_IN_THEMES).sort());
    expect(files).toEqual(
      expect.arrayContaining(['dark.json', 'light.json', 'high-contrast.json', 'mono.json']),
    );
  });

  it.each(files)('%s validates strictly and resolves every token', (file) => {
    const raw = JSON.parse(readFileSync(new URL(file, themesDir), 'utf8'));
    const theme = resolveTheme(parseThemeFile(raw, file), file);
    expect(Object.keys(theme.styles).sort()).toEqual([...TOKEN_NAMES].sort());
  });

  it('mono uses no colour at all', () => {
    const { theme } = loadTheme('mono', {});
    for (const style of Object.values(theme.styles)) {
      expect(style.color).toBeUndefined();
      expect(style.backgroundColor).toBeUndefined();
    }
  });
});

describe('choosing a theme', () => {
  it('uses mono whenever NO_COLOR is set, whatever was asked for', () => {
    expect(loadTheme('dark', { NO_COLOR: '1' }).theme.name).toBe('mono');
  });

  it('merges a partial theme over its base', () => {
    const path = writeTheme('partial.json', {
      name: 'mine',
      extends: 'dark',
      palette: { red: '#ff0000' },
      tokens: { selection: { fg: 'red' } },
    });
    const { theme, warning } = loadTheme(path, {});
    expect(warning).toBeUndefined();
    expect(theme.styles.selection).toEqual({ color: '#ff0000' });
    expect(theme.styles['health.down'].color).toBe('#ff0000');
    expect(theme.styles['health.up'].color).toBe('#5fd75f');
  });

  it.each([
    ['unknown key', { name: 'x', tokens: { 'health.sideways': { fg: 'red' } } }, 'tokens'],
    [
      'bad colour reference',
      { name: 'x', tokens: { 'health.down': { fg: 'crimson' } } },
      'tokens.health.down.fg: "crimson" is neither a palette name nor a colour',
    ],
    ['bad palette colour', { name: 'x', palette: { red: 'rgb(1,2,3)' } }, 'palette.red'],
    ['not JSON', '{ name: ', 'not valid JSON'],
  ])('falls back to dark with a warning for a %s', (_what, body, message) => {
    const path = writeTheme(`bad-${Math.random()}.json`, body);
    const { theme, warning } = loadTheme(path, {});
    expect(theme.name).toBe('dark');
    expect(warning).toContain(path);
    expect(warning).toContain(message);
  });

  it('says a theme with several problems in one line: the first, and how many more', () => {
    const body = {
      name: 'x',
      palette: { red: 'rgb(1,2,3)' },
      tokens: { 'health.sideways': { fg: 'red' }, 'health.down': { fg: 'crimson', bold: 'yes' } },
    };
    const path = writeTheme(`several-${Math.random()}.json`, body);
    const { warning } = loadTheme(path, {});
    expect(warning).not.toMatch(/\n/);
    expect(warning).toMatch(/^.*several-.*\.json: .+ \(and \d+ more problems?\); using the dark theme$/);
  });

  it('names the built-in themes when the name is unknown', () => {
    expect(loadTheme('neon', {}).warning).toContain('dark, light, high-contrast, mono');
  });
});
