import { mkdtempSync, writeFileSync } from 'node:fs';
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

  it('records people by WARROOM_USER, then the saved name, then the login', () => {
    const dir = mkdtempSync(join(tmpdir(), 'warroom-conf-'));
    saveUser('  Dana Ops ', { WARROOM_CONFIG_DIR: dir });
    const { config } = loadConfig({ WARROOM_CONFIG_DIR: dir });
    expect(identity(config, {})).toBe('Dana Ops');
    expect(identity(config, { WARROOM_USER: 'sam' })).toBe('sam');
    expect(() => saveUser('', { WARROOM_CONFIG_DIR: dir })).toThrow('a name is 1 to 60 characters');
  });
});
