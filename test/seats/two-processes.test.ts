import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { readJournal } from '../../src/incident/journal-read.js';

const CHILD = fileURLToPath(new URL('./fixtures/seat-child.ts', import.meta.url));
const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGKILL');
});

type Outcome = { joined: string | null; id: string; ids: string[]; state: unknown };

/** A child seat on `dir`; `go()` makes it declare and add notes; resolves with what it ended up holding. */
function seat(dir: string, name: string, notes: number, expected: number) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', CHILD, dir, name, String(notes), String(expected)],
    {
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  children.push(child);
  let out = '';
  let err = '';
  child.stderr.on('data', (d: Buffer) => {
    err += d.toString();
  });
  const ready = new Promise<void>((resolve) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.startsWith('ready\n')) resolve();
    });
  });
  const result = new Promise<Outcome>((resolve, reject) => {
    child.on('close', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (code === 0 && line) resolve(JSON.parse(line) as Outcome);
      else reject(new Error(`${name} exited ${code}: ${err}`));
    });
  });
  return { ready, result, go: () => child.stdin.write('go\n') };
}

describe('two processes on one data dir, no hub', () => {
  it('declaring at the same moment makes one incident: one declares, the other joins; 0 lost, 0 twice', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'warroom-two-'));
    const a = seat(dir, 'alice', 25, 51);
    const b = seat(dir, 'bob', 25, 51);
    await Promise.all([a.ready, b.ready]);
    a.go();
    b.go();
    const [ra, rb] = await Promise.all([a.result, b.result]);
    expect(ra.id).toBe(rb.id);
    expect([ra.joined, rb.joined].filter((j) => j === null)).toHaveLength(1);
    expect(ra.ids).toHaveLength(51);
    expect(new Set(ra.ids).size).toBe(51);
    expect(rb.ids).toEqual(ra.ids);
    expect(rb.state).toEqual(ra.state);
    const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl'));
    expect(files).toEqual([`${ra.id}.jsonl`]);
    const journal = readJournal(join(dir, files[0] ?? ''));
    expect(journal.problems).toEqual([]);
    expect(journal.events.map((e) => e.id)).toEqual(ra.ids);
  }, 60_000);
});
