import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runProfileCommand } from '../../src/cli/profile-command.js';
import { checkProfileFile } from '../../src/incident/profile-load.js';
import { BUILT_IN_PROFILES } from '../../src/incident/profiles/index.js';

const dir = fileURLToPath(new URL('../../src/incident/profiles/', import.meta.url));
const sha = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

// Hashes of JSON.stringify of each built-in as the TypeScript modules built it, taken once before
// the profiles became JSON files: the data must not have changed by a byte in the move.
const BEFORE: Record<string, string> = {
  'startup-p-levels': '60ff90e1263f5519cad2a51b9b426da01c83d430a5cce38b6ede7db39374e548',
  'sev4-response': '834512d7b3ac56190beebb0251c9aac74517b1b8829df8f2ecb02c06f864269c',
  'sre-sev3': '8822b629a49ba73b8db82f5dac7aad6f983b44b620c9a2dbc77608855a3d70b0',
  'long-form-sev': 'dfc14083f980dc21f27a1d5c1843fab3c8d6b2f11ac74b3b8d446fd801e9ad1e',
  'skill-p-levels': 'd886f1aa380cf3bf8b7a6abea6a5defca161603a9d585d614dc2fca2e6ac7fd6',
};

const io = () => {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) } };
};

describe('built-in profiles are data', () => {
  it('keeps every value of the TypeScript profiles they replaced, byte for byte', () => {
    const now = Object.fromEntries(Object.entries(BUILT_IN_PROFILES).map(([name, p]) => [name, sha(p)]));
    expect(now).toEqual(BEFORE);
  });

  it('ships one JSON file per built-in, each valid by profile check', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
    expect(files.map((f) => f.replace(/\.json$/, ''))).toEqual(Object.keys(BUILT_IN_PROFILES).sort());
    for (const f of files) expect(checkProfileFile(join(dir, f)).ok).toBe(true);
  });
});

describe('warroom profile show', () => {
  it.each(Object.keys(BUILT_IN_PROFILES))('prints %s as JSON that profile check accepts', (name) => {
    const t = io();
    expect(runProfileCommand(['show', name], t.io, { dirs: [] })).toBe(0);
    const file = join(mkdtempSync(join(tmpdir(), 'warroom-show-')), `${name}.json`);
    writeFileSync(file, t.out.join(''));
    expect(checkProfileFile(file)).toMatchObject({ ok: true });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(BUILT_IN_PROFILES[name]);
  });

  it("prints a team's own profile file as it validates", () => {
    const file = join(mkdtempSync(join(tmpdir(), 'warroom-show-')), 'ours.json');
    writeFileSync(file, JSON.stringify({ ...BUILT_IN_PROFILES['sre-sev3'], name: 'ours' }));
    const t = io();
    expect(runProfileCommand(['show', file], t.io, { dirs: [] })).toBe(0);
    expect(JSON.parse(t.out.join('')).name).toBe('ours');
  });

  it('names the known profiles for an unknown name, and explains bad arguments', () => {
    const t = io();
    expect(runProfileCommand(['show', 'nope'], t.io, { dirs: [] })).toBe(1);
    expect(t.err.join('')).toMatch(/no profile by that name; known: .*sre-sev3/);
    const u = io();
    expect(runProfileCommand(['show'], u.io)).toBe(2);
    expect(u.err.join('')).toMatch(/usage: warroom profile check FILE \| warroom profile show/);
  });
});
