import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { feedToken, identity, loadConfig, saveUser } from '../src/config.js';

function dirWith(config: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'warroom-conf-'));
  writeFileSync(join(dir, 'config.json'), typeof config === 'string' ? config : JSON.stringify(config));
  return dir;
}

describe('settings', () => {
  it('keeps the good settings and names each bad one with its path', () => {
    const dir = dirWith({ user: 'dana', feeds: ['not a url'], staleAfterSeconds: 20, colour: 'red' });
    const { config, warnings } = loadConfig({ WARROOM_CONFIG_DIR: dir });
    expect(config).toEqual({ user: 'dana', staleAfterSeconds: 20 });
    expect(warnings.some((w) => w.includes('feeds.0'))).toBe(true);
    expect(warnings.some((w) => w.includes('colour'))).toBe(true);
  });

  it('reports a file that is not JSON instead of failing, and uses defaults', () => {
    const { config, warnings } = loadConfig({ WARROOM_CONFIG_DIR: dirWith('{ user: ') });
    expect(config).toEqual({});
    expect(warnings[0]).toContain('could not be read');
  });

  it('takes the feed token from the environment before the config, and never from argv', () => {
    expect(feedToken({ feedToken: 'from-config' }, { WARROOM_FEED_TOKEN: 'from-env' })).toBe('from-env');
    expect(feedToken({ feedToken: 'from-config' }, {})).toBe('from-config');
    expect(feedToken({}, {})).toBeUndefined();
  });

  it('whoami NAME changes only the saved name and keeps the rest of the file as written', () => {
    const text = '{\n  "theme": "light",\n  "user": "old name",\n\n  "feeds": ["ws://127.0.0.1:9000/a", "ws://127.0.0.1:9000/b"],\n  "keys": { "incident.ack": ["A"] }\n}\n';
    const dir = dirWith(text);
    saveUser('Dana "D" Reyes', { WARROOM_CONFIG_DIR: dir });
    expect(readFileSync(join(dir, 'config.json'), 'utf8')).toBe(text.replace('"old name"', '"Dana \\"D\\" Reyes"'));
    expect(loadConfig({ WARROOM_CONFIG_DIR: dir }).config.user).toBe('Dana "D" Reyes');
  });

  it('whoami NAME adds a missing name last, indented like the other keys', () => {
    const dir = dirWith('{\n    "theme": "light",\n    "feeds": ["ws://127.0.0.1:9000"]\n}\n');
    saveUser('sam', { WARROOM_CONFIG_DIR: dir });
    expect(readFileSync(join(dir, 'config.json'), 'utf8')).toBe(
      '{\n    "theme": "light",\n    "feeds": ["ws://127.0.0.1:9000"],\n    "user": "sam"\n}\n',
    );
    const compact = dirWith('{"theme":"light"}');
    saveUser('sam', { WARROOM_CONFIG_DIR: compact });
    expect(readFileSync(join(compact, 'config.json'), 'utf8')).toBe('{"theme":"light", "user": "sam"}');
    const empty = dirWith('{}');
    saveUser('sam', { WARROOM_CONFIG_DIR: empty });
    expect(loadConfig({ WARROOM_CONFIG_DIR: empty }).config).toEqual({ user: 'sam' });
  });

  it('records people by WARROOM_USER, then the saved name, then the login', () => {
    const dir = mkdtempSync(join(tmpdir(), 'warroom-conf-'));
    saveUser('  Dana Ops ', { WARROOM_CONFIG_DIR: dir });
    const { config } = loadConfig({ WARROOM_CONFIG_DIR: dir });
    expect(identity(config, {})).toBe('Dana Ops');
    expect(identity(config, { WARROOM_USER: 'sam' })).toBe('sam');
    expect(() => saveUser('', { WARROOM_CONFIG_DIR: dir })).toThrow('a name is 1 to 60 characters');
  });
});
