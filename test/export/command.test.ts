import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runExportCommand } from '../../src/export/index.js';
import { journalDir } from '../../src/incident/data-dir.js';
import type { IncidentEvent } from '../../src/incident/events.js';
import { openJournal } from '../../src/incident/journal.js';
import { sreSev3 } from '../../src/incident/profiles/index.js';
import { builder, m } from '../drill/build.js';
import { incidentLog, SECRET } from './incident.js';

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'warroom-export-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

function write(events: readonly IncidentEvent[], drill = false): void {
  const first = events[0];
  if (first?.type !== 'incident/declared') throw new Error('a log starts with a declaration');
  const journal = openJournal(journalDir(dataDir, drill), first.incident);
  for (const e of events) journal.append(e);
  journal.close();
}

function older(): IncidentEvent[] {
  const e = builder();
  return [
    e('incident/declared', -m(600), {
      incident: 'INC-20261118-0200',
      title: 'Old search outage',
      severity: 'SEV3',
    }),
  ];
}

function drillLog(): IncidentEvent[] {
  const e = builder();
  return [
    e('incident/declared', m(60), {
      incident: 'INC-20261118-1300',
      title: 'Drill: leak',
      severity: 'SEV3',
      drill: true,
    }),
  ];
}

function run(args: string[]) {
  let out = '';
  let err = '';
  const code = runExportCommand(args, {
    dataDir,
    profile: sreSev3,
    secrets: [SECRET],
    out: { write: (t: string) => (out += t) },
    err: { write: (t: string) => (err += t) },
  });
  return { code, out, err };
}

describe('warroom export', () => {
  beforeEach(() => {
    write(older());
    write(incidentLog());
    write(drillLog(), true);
  });

  it('exports the newest real incident (not the drill) as YAML to stdout by default', () => {
    const r = run([]);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toContain('id: INC-20261118-1200');
    expect(r.out).not.toContain(SECRET);
  });

  it('exports a named incident in the chosen format', () => {
    const r = run(['INC-20261118-0200', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).incident.title).toBe('Old search outage');
  });

  it('exports drills only when asked', () => {
    expect(run(['--drill', '--format=md']).out).toMatch(/^# INC-20261118-1300: Drill: leak \(drill\)/);
    expect(run(['INC-20261118-1300'])).toMatchObject({
      code: 1,
      err: `warroom export: no incident "INC-20261118-1300" in ${dataDir}\n`,
    });
  });

  it('writes the post-mortem draft to a file and says where', () => {
    const file = join(dataDir, 'pm.md');
    const r = run(['--postmortem', '-o', file]);
    expect(r).toMatchObject({
      code: 0,
      out: `wrote the post-mortem draft of INC-20261118-1200 to ${file}\n`,
    });
    expect(readFileSync(file, 'utf8')).toMatch(
      /^# Post-incident review: Checkout failing after orders release\n/,
    );
  });

  it.each([
    [['--format', 'xml'], '--format needs one of yaml, json, md (got "xml")'],
    [['--format'], '--format needs one of yaml, json, md'],
    [['-o'], '-o needs a file name'],
    [['--loud'], 'unknown option --loud'],
    [['A', 'B'], 'one incident at a time (got "A" and "B")'],
    [
      ['--postmortem', '--format', 'json'],
      'a post-mortem draft is Markdown; drop --format or use --format md',
    ],
  ])('refuses %j with exit 2 and a sentence', (args, message) => {
    const r = run(args);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.split('\n')[0]).toBe(`warroom export: ${message}`);
  });

  it('says so when there is nothing to export', () => {
    rmSync(dataDir, { recursive: true, force: true });
    expect(run([])).toMatchObject({
      code: 1,
      err: `warroom export: no incidents in ${dataDir} (drills are exported with --drill)\n`,
    });
  });

  it('reports a file it cannot write', () => {
    const r = run(['-o', join(dataDir, 'missing', 'dir', 'out.yaml')]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^warroom export: cannot write .*out\.yaml \(ENOENT\)\n$/);
  });
});
