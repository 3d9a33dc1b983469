import { mkdtempSync, writeFileSync } from 'node:fs';
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
