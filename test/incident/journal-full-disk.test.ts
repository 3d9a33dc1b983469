/**
 * A full disk (issue 13, item 1): an append that fails half way must leave no fragment behind,
 * or the next event is glued to it and lost at the next start. Run on a tiny tmpfs, which needs
 * root to mount (CI runs as root).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { finishModal } from '../../src/app/commands.js';
import { IncidentSession } from '../../src/app/incident-session.js';
import { readJournal } from '../../src/incident/journal-read.js';
import { BUILT_IN_PROFILES } from '../../src/incident/profiles/index.js';

const root = process.getuid?.() === 0;
const mounts: string[] = [];
const sessions: IncidentSession[] = [];
afterEach(async () => {
  await Promise.all(sessions.splice(0).map((s) => s.close()));
  for (const m of mounts.splice(0)) execFileSync('umount', [m]);
});

function tinyDisk(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'warroom-full-')), 'mnt');
  mkdirSync(dir);
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=96k', 'tmpfs', dir]);
  mounts.push(dir);
  return dir;
}

/** Fills the file system at `dir` to the last page; returns the filler's path. */
function fill(dir: string): string {
  const path = join(dir, 'filler');
  const fd = openSync(path, 'w');
  const page = Buffer.alloc(4096, 0x61);
  try {
    for (;;) writeSync(fd, page);
  } catch (error) {
    expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC');
  } finally {
    closeSync(fd);
  }
  return path;
}

describe.runIf(root)('a journal on a full disk', () => {
  it('cuts a half-written event back, says "not saved", and the next event after space is freed is whole', () => {
    const disk = tinyDisk();
    const session = new IncidentSession({
      dir: disk,
      profile: BUILT_IN_PROFILES['sre-sev3']!,
      user: () => 'dana',
      clock: () => Date.now(),
    });
    sessions.push(session);
    session.declare('checkout failing', 'SEV2');
    const journal = join(disk, `${session.state.id}.jsonl`);
    const before = readFileSync(journal);
    const filler = fill(disk);

    // A note bigger than the room left in the journal's last page: the write starts, then fails.
    const big = `rolled back ${'x'.repeat(12_000)}`;
    const actions = finishModal({ kind: 'prompt', purpose: 'note', label: 'Note', value: '' }, big, {
      session,
      profile: BUILT_IN_PROFILES['sre-sev3']!,
      now: Date.now(),
      evidence: [],
    });
    expect(actions).toContainEqual(
      expect.objectContaining({
        type: 'notice',
        error: true,
        text: expect.stringMatching(/^not saved: the disk is full \(ENOSPC\) writing .*\.jsonl$/),
      }),
    );
    expect(session.events).toHaveLength(1);
    expect(readFileSync(journal).equals(before)).toBe(true);

    rmSync(filler);
    session.record({ type: 'note/added', text: 'after-free' });
    const read = readJournal(journal);
    expect(read.problems).toEqual([]);
    expect(read.events.map((e) => e.type)).toEqual(['incident/declared', 'note/added']);
    expect(read.events[1]).toMatchObject({ text: 'after-free' });
  });
});
