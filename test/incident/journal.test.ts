import { spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { journalDir, resolveDataDir } from '../../src/incident/data-dir.js';
import { baseIncidentId, incidentIdFor } from '../../src/incident/incident-id.js';
import { listIncidents } from '../../src/incident/incidents.js';
import { createJournal, journalPath, openJournal } from '../../src/incident/journal.js';
import { readJournal } from '../../src/incident/journal-read.js';
import { fold } from '../../src/incident/reducer.js';
import { events, HOUR, MIN, T0 } from './events-builder.js';

const CHILD = fileURLToPath(new URL('./fixtures/append-child.ts', import.meta.url));
const tmp = () => mkdtempSync(join(tmpdir(), 'warroom-journal-'));

/** Runs the child and SIGKILLs it once `killAfter` ids have arrived; resolves with the ids printed. */
function appendUntilKilled(dir: string, id: string, killAfter: number): Promise<{ printed: string[]; signal: string | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dir, id, '1000'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let buffered = '';
    let stderr = '';
    const printed: string[] = [];
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      printed.push(...lines);
      if (printed.length >= killAfter) child.kill('SIGKILL');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (signal === null && code !== 0) reject(new Error(`child failed: ${stderr}`));
      else resolve({ printed, signal });
    });
  });
}

describe('the journal', () => {
  it('keeps every event that was reported as appended when the writer is killed with SIGKILL', async () => {
    const dir = tmp();
    const { printed, signal } = await appendUntilKilled(dir, 'INC-CRASH', 50);
    expect(printed.length).toBeGreaterThanOrEqual(50);
    const read = readJournal(journalPath(dir, 'INC-CRASH'));
    const ids = new Set(read.events.map((e) => e.id));
    expect(printed.filter((id) => !ids.has(id))).toEqual([]);
    expect(read.problems.filter((p) => p.reason !== 'cut short')).toEqual([]);
    expect(fold(read.events).declared).toBe(true);
    // The child waits on stdin after its last append, so it is always alive to be killed.
    expect(signal).toBe('SIGKILL');
    expect(read.events.length).toBeGreaterThanOrEqual(printed.length + 1);
    const again = openJournal(dir, 'INC-CRASH');
    again.append(events()('note/added', HOUR, { text: 'after the crash' }));
    again.close();
    expect(readJournal(again.path).events.at(-1)).toMatchObject({ type: 'note/added', text: 'after the crash' });
  });

  it('tolerates a torn last line and says which line it skipped', () => {
    const dir = tmp();
    const j = openJournal(dir, 'INC-TORN');
    const at = events();
    j.append(at('incident/declared', 0, { incident: 'INC-TORN', title: 'torn', severity: 'P1' }));
    j.append(at('incident/acknowledged', MIN, {}));
    j.close();
    appendFileSync(j.path, '{"type":"note/added","id":"e3","at":17');
    const read = readJournal(j.path);
    expect(read.events.map((e) => e.id)).toEqual(['e1', 'e2']);
    expect(read.warnings).toEqual(['line 3 was cut short by a crash and was skipped']);
    const reopened = openJournal(dir, 'INC-TORN');
    expect(reopened.repaired).toBe('line 3 was cut short by a crash and was removed');
    reopened.append(at('note/added', 2 * MIN, { text: 'next' }));
    reopened.close();
    expect(readJournal(j.path)).toMatchObject({ warnings: [], problems: [] });
    expect(readJournal(j.path).events.map((e) => e.id)).toEqual(['e1', 'e2', 'e3']);
  });

  it('reports a corrupt line in the middle and keeps reading', () => {
    const dir = tmp();
    const path = join(dir, 'INC-BAD.jsonl');
    const at = events();
    const ok = (e: object) => `${JSON.stringify(e)}\n`;
    writeFileSync(path, `${ok(at('incident/declared', 0, { incident: 'INC-BAD', title: 'x', severity: 'P1' }))}garbage{\n${ok({ type: 'note/added', id: 'n', at: 1, by: 'a' })}${ok(at('incident/acknowledged', MIN, {}))}`);
    const read = readJournal(path);
    expect(read.events.map((e) => e.type)).toEqual(['incident/declared', 'incident/acknowledged']);
    expect(read.problems.map((p) => p.line)).toEqual([2, 3]);
    expect(read.warnings[0]).toBe('line 2 is not valid JSON and was skipped');
    expect(read.warnings[1]).toMatch(/^line 3 is not a valid event \(text: /);
  });

  it('reports a missing file instead of throwing', () => {
    expect(readJournal('/nonexistent/INC.jsonl').warnings[0]).toMatch(/could not be read \(ENOENT\)/);
  });

  it('refuses to write an invalid event', () => {
    const j = openJournal(tmp(), 'INC-X');
    expect(() => j.append({ type: 'note/added', id: 'x', at: 1, by: '' } as never)).toThrow(/invalid note\/added/);
    j.close();
  });
});

describe('incident ids and listing', () => {
  it('names incidents by their declare time and adds a suffix when taken', () => {
    const at = Date.UTC(2026, 10, 22, 14, 32, 10);
    expect(baseIncidentId(at)).toBe('INC-20261122-1432');
    expect(incidentIdFor(at, (id) => id === 'INC-20261122-1432')).toBe('INC-20261122-1432-2');
    const dir = tmp();
    const a = createJournal(dir, at);
    const b = createJournal(dir, at + 5_000);
    expect([a.id, b.id]).toEqual(['INC-20261122-1432', 'INC-20261122-1432-2']);
    a.close();
    b.close();
  });

  it('lists incidents with open or closed status, drills kept apart', () => {
    const data = tmp();
    const write = (drill: boolean, id: string, closed: boolean) => {
      const at = events();
      const j = openJournal(journalDir(data, drill), id);
      j.append(at('incident/declared', drill ? 0 : HOUR, { incident: id, title: id, severity: 'SEV2', drill }));
      if (closed) {
        j.append(at('incident/resolved', 2 * HOUR, {}));
        j.append(at('incident/closed', 3 * HOUR, {}));
      }
      j.close();
    };
    write(false, 'INC-A', true);
    write(false, 'INC-B', false);
    write(true, 'INC-DRILL', false);
    expect(listIncidents(data).map((i) => [i.id, i.open, i.status])).toEqual([
      ['INC-A', false, 'resolved'],
      ['INC-B', true, 'investigating'],
    ]);
    expect(listIncidents(data, { drill: true }).map((i) => [i.id, i.drill, i.declaredAt])).toEqual([['INC-DRILL', true, T0]]);
    expect(readFileSync(join(data, 'incidents', 'drills', 'INC-DRILL.jsonl'), 'utf8')).toContain('"drill":true');
  });

  it('finds the data dir from the flag, then WARROOM_DATA_DIR, then conf, then XDG', () => {
    expect(resolveDataDir({ flag: '/f', env: { WARROOM_DATA_DIR: '/e' } })).toBe('/f');
    expect(resolveDataDir({ env: { WARROOM_DATA_DIR: '/e' }, confPath: '/c/config.json' })).toBe('/e');
    expect(resolveDataDir({ env: {}, confPath: '/c/config.json' })).toBe('/c/data');
    expect(resolveDataDir({ env: { HOME: '/home/u' } })).toBe('/home/u/.local/share/warroom');
  });
});
