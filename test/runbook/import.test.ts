import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { profileSchema } from '../../src/incident/profile-schema.js';
import { BUILT_IN_PROFILES } from '../../src/incident/profiles/index.js';
import { runImportRunbook } from '../../src/runbook/command.js';
import { importRunbook } from '../../src/runbook/import.js';
import { formatReport } from '../../src/runbook/report.js';
import { fixture } from './helpers.js';

const base = BUILT_IN_PROFILES['skill-p-levels'];

describe('importRunbook', () => {
  it('refuses to build a profile when required values are missing, and says which', () => {
    const result = importRunbook(fixture('table-p-levels.md'), { source: 'table-p-levels.md' });
    expect(result.profile).toBeUndefined();
    expect(result.partial.severities.map((s) => s.id)).toEqual(['P0', 'P1', 'P2']);
    const missing = result.report.filter((l) => l.status === 'missing').map((l) => l.field);
    expect(missing).toContain('thresholds');
    expect(missing).toContain('severities.P0.notify');
    expect(result.report).toContainEqual({ status: 'found', field: 'severities.P1.ack', detail: '30 min', line: 10 });
  });

  it('with a base profile fills the gaps, validates, and remembers its source', () => {
    const result = importRunbook(fixture('table-p-levels.md'), { source: 'runbooks/checkout.md', merge: base });
    expect(result.profile).toBeDefined();
    expect(profileSchema.safeParse(result.profile).success).toBe(true);
    expect(result.profile?.source).toBe('runbooks/checkout.md');
    const p0 = result.profile?.severities[0];
    expect(p0?.ack).toEqual({ kind: 'immediate' });
    expect(p0?.notify).toEqual(base?.severities[0]?.notify);
    expect(result.profile?.severities[1]?.escalation).toEqual([
      { id: 'to-p0', kind: 'upgrade', after: { hours: 2 }, from: 'declared', to: 'P0', stopsWhen: 'resolved' },
    ]);
    expect(result.report).toContainEqual({ status: 'base', field: 'thresholds', detail: 'alerting and declare thresholds' });
    expect(result.profile?.commands.map((c) => c.id)).not.toContain('errors-in-the-last-hour');
    expect(result.report.some((l) => l.detail.startsWith('needs a shell: not runnable as argv'))).toBe(true);
  });

  it('reports named levels as lacking ids rather than inventing them', () => {
    const result = importRunbook(fixture('list-named.md'), { source: 'x.md', merge: base });
    expect(result.profile).toBeUndefined();
    expect(result.report.find((l) => l.field === 'severities.critical.id')?.status).toBe('missing');
  });

  it('formats the report with statuses, fields and lines', () => {
    const text = formatReport(importRunbook(fixture('headings-sev.md'), { source: 'h.md' }).report);
    expect(text).toMatch(/^Found in the runbook \(\d+\):/);
    expect(text).toMatch(/severities\.SEV1\.ack\s+line 13: 10 min/);
    expect(text).toMatch(/Missing: not in the runbook, left for you to fill/);
  });
});

describe('runImportRunbook', () => {
  const io = () => {
    const out: string[] = [];
    const err: string[] = [];
    return { out, err, io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) } };
  };

  it('writes nothing and exits 1 when the runbook lacks required values', () => {
    const dir = mkdtempSync(join(tmpdir(), 'warroom-rb-'));
    const file = join(dir, 'rb.md');
    writeFileSync(file, fixture('table-p-levels.md'));
    const t = io();
    expect(runImportRunbook([file, '-o', join(dir, 'p.json')], t.io)).toBe(1);
    expect(t.err.join('')).toMatch(/Not written.*--merge BASE/);
  });

  it('writes a valid profile with --merge and a built-in name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'warroom-rb-'));
    const file = join(dir, 'rb.md');
    writeFileSync(file, fixture('table-p-levels.md'));
    const t = io();
    expect(runImportRunbook([file, '-o', join(dir, 'p.json'), '--merge', 'skill-p-levels'], t.io)).toBe(0);
    const written = JSON.parse(readFileSync(join(dir, 'p.json'), 'utf8'));
    expect(profileSchema.safeParse(written).success).toBe(true);
    expect(written.source).toBe(file);
  });

  it('explains bad arguments', () => {
    const t = io();
    expect(runImportRunbook(['rb.md'], t.io)).toBe(2);
    expect(t.err.join('')).toMatch(/give -o profile.json/);
  });
});
