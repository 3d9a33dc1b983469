/** Issue 13, item 5: a journal with no readable declaration is named, with what is wrong and what is left. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExportCommand } from '../../src/export/command.js';
import { journalDir } from '../../src/incident/data-dir.js';
import { listIncidents } from '../../src/incident/incidents.js';
import { journalLockPath, openJournal } from '../../src/incident/journal.js';
import { readJournal } from '../../src/incident/journal-read.js';
import { events, MIN } from './events-builder.js';

const line = (e: object) => `${JSON.stringify(e)}\n`;

function dataDirWith(files: Record<string, string | null>): string {
  const data = mkdtempSync(join(tmpdir(), 'warroom-damage-'));
  const dir = journalDir(data);
  mkdirSync(dir, { recursive: true });
  for (const [name, body] of Object.entries(files)) {
    if (body === null) mkdirSync(join(dir, name));
    else writeFileSync(join(dir, name), body);
  }
  return data;
}

function exportOf(data: string, args: string[] = []) {
  let out = '';
  let err = '';
  const code = runExportCommand(args, {
    dataDir: data,
    out: { write: (t: string) => (out += t) },
    err: { write: (t: string) => (err += t) },
  });
  return { code, out, err };
}

describe('a damaged journal', () => {
  const at = events();
  const later = `${line(at('incident/acknowledged', MIN, {}))}${line(at('note/added', 2 * MIN, { text: 'rolled back' }))}`;

  it('with a corrupt first line: says the declaration is unreadable and how many events are intact', () => {
    const data = dataDirWith({ 'INC-A.jsonl': `{"type":"incident/decl\n${later}` });
    const [listing] = listIncidents(data);
    expect(listing).toMatchObject({ id: 'INC-A', damaged: true, open: false });
    expect(listing?.warnings).toEqual([
      'line 1 is not valid JSON and was skipped',
      `the declaration (line 1) is unreadable, so ${listing?.path} has no incident to show; its 2 other events are intact in the file`,
    ]);
    const result = exportOf(data, ['INC-A']);
    expect(result.code).toBe(1);
    expect(result.out).toBe('');
    expect(result.err).toContain('INC-A: line 1 is not valid JSON');
    expect(result.err).toContain('its 2 other events are intact');
    expect(result.err).toContain(`nothing exported; the journal is ${listing?.path}`);
  });

  it('empty, or a directory where a journal should be: named, and export exits non-zero', () => {
    const data = dataDirWith({ 'INC-E.jsonl': '', 'INC-D.jsonl': null });
    const byId = Object.fromEntries(listIncidents(data).map((l) => [l.id, l]));
    expect(byId['INC-E']?.warnings).toEqual([
      `${byId['INC-E']?.path} is empty: the incident's declaration was never written`,
    ]);
    expect(byId['INC-D']?.warnings).toEqual([`${byId['INC-D']?.path} is a directory, not a journal`]);
    expect(byId['INC-E']?.damaged && byId['INC-D']?.damaged).toBe(true);
    const result = exportOf(data);
    expect(result.code).toBe(1);
    expect(result.out).toBe('');
    expect(result.err).toMatch(/is (empty|a directory)/);
  });

  it('beside a good one: export takes the good one and says which it skipped', () => {
    const good = line(at('incident/declared', 0, { incident: 'INC-G', title: 'good', severity: 'SEV2' }));
    const data = dataDirWith({ 'INC-G.jsonl': good, 'INC-E.jsonl': '' });
    const result = exportOf(data, ['--format', 'json']);
    expect(result.code).toBe(0);
    expect(result.out).toContain('INC-G');
    expect(result.err).toMatch(/skipped INC-E: .* is empty/);
  });

  it('a lock left by a process that died is taken over, not waited on forever', () => {
    const dir = mkdtempSync(join(tmpdir(), 'warroom-lock-'));
    const j = openJournal(dir, 'INC-L');
    // A pid that is not running: the largest a Linux pid can be, plus one.
    writeFileSync(journalLockPath(j.path), String(4_194_305));
    j.append(at('incident/declared', 0, { incident: 'INC-L', title: 'lock', severity: 'SEV2' }));
    j.close();
    expect(readJournal(j.path).events).toHaveLength(1);
  });
});
