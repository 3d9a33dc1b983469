import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GONE_MS, PresenceFiles } from '../../src/seats/presence-files.js';

describe('who is here, on a shared data dir', () => {
  it('lists seats that beat lately, this one first; a killed seat and a silent one have left', () => {
    const dir = mkdtempSync(join(tmpdir(), 'warroom-presence-'));
    const now = Date.now();
    const me = new PresenceFiles(dir, { id: 'me', name: 'zoe', readOnly: false });
    const wall = new PresenceFiles(dir, { id: 'wall', name: 'wall', readOnly: true });
    me.beat(now);
    wall.beat(now);
    // A seat killed with -9 leaves its file behind, with a pid that no longer runs.
    writeFileSync(
      join(dir, 'killed.json'),
      JSON.stringify({ id: 'killed', name: 'kim', readOnly: false, pid: 4_194_305, beat: now }),
    );
    // A seat that stopped beating (its machine asleep, say).
    writeFileSync(
      join(dir, 'silent.json'),
      JSON.stringify({
        id: 'silent',
        name: 'sam',
        readOnly: false,
        pid: process.pid,
        beat: now - GONE_MS - 1,
      }),
    );
    writeFileSync(join(dir, 'junk.json'), 'not json');
    expect(me.read(now)).toEqual([
      { id: 'me', name: 'zoe', readOnly: false, me: true },
      { id: 'wall', name: 'wall', readOnly: true, me: false },
    ]);
    wall.leave();
    expect(me.read(now).map((p) => p.name)).toEqual(['zoe']);
  });
});

describe('a seat beating on a shared data dir', () => {
  const seat = (dir: string) => new PresenceFiles(dir, { id: 'me', name: 'zoe', readOnly: false });
  const beatIn = (dir: string) => JSON.parse(readFileSync(join(dir, 'me.json'), 'utf8')).beat;

  it('rewrites its file in place when the beat has the same length', () => {
    const dir = mkdtempSync(join(tmpdir(), 'warroom-presence-'));
    const me = seat(dir);
    me.beat(1_700_000_000_000);
    const before = statSync(join(dir, 'me.json')).ino;
    me.beat(1_700_000_002_000);
    expect(statSync(join(dir, 'me.json')).ino).toBe(before);
    expect(beatIn(dir)).toBe(1_700_000_002_000);
    expect(me.read(1_700_000_002_000).map((p) => p.name)).toEqual(['zoe']);
  });

  it('writes a beat of another length whole, with nothing left of the longer one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'warroom-presence-'));
    const me = seat(dir);
    me.beat(100_000);
    me.beat(2_000);
    expect(beatIn(dir)).toBe(2_000);
  });

  it('makes its file again when it was removed, and its folder too', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'warroom-presence-')), '.seats');
    const me = seat(dir);
    me.beat(1_700_000_000_000);
    unlinkSync(join(dir, 'me.json'));
    me.beat(1_700_000_002_000);
    expect(beatIn(dir)).toBe(1_700_000_002_000);
    rmSync(dir, { recursive: true });
    me.beat(1_700_000_004_000);
    expect(beatIn(dir)).toBe(1_700_000_004_000);
  });

  it('removes its file when it leaves', () => {
    const dir = mkdtempSync(join(tmpdir(), 'warroom-presence-'));
    const me = seat(dir);
    me.beat(1_700_000_000_000);
    me.beat(1_700_000_002_000);
    me.leave();
    expect(readdirSync(dir)).toEqual([]);
  });
});
