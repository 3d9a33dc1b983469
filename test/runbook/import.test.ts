import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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

describe('importRunbook without --merge', () => {
  const result = importRunbook(fixture('table-p-levels.md'), { source: 'table-p-levels.md' });

  it('writes a profile that validates, with the runbook own ids and values and nothing invented', () => {
    expect(profileSchema.safeParse(result.profile).success).toBe(true);
    expect(result.profile?.severities.map((s) => [s.id, s.ack, s.updateEvery, s.mitigation])).toEqual([
      ['P0', { kind: 'immediate' }, { minutes: 15 }, { hours: 4 }],
      ['P1', { minutes: 30 }, { minutes: 30 }, { businessDays: 1 }],
      ['P2', { hours: 4 }, { kind: 'daily' }, { kind: 'next-sprint' }],
    ]);
    const p0 = result.profile?.severities[0];
    expect(p0).not.toHaveProperty('notify');
    expect(p0).not.toHaveProperty('label');
    expect(p0).not.toHaveProperty('postMortem');
    expect(result.report).toContainEqual({ status: 'found', field: 'severities.P1.ack', detail: '30 min', line: 10 });
  });

  it('lists product defaults as defaults, and gaps as missing', () => {
    const defaults = result.report.filter((l) => l.status === 'default').map((l) => l.field);
    expect(defaults).toEqual(expect.arrayContaining(['thresholds', 'severities.*.colour', 'severities.*.requiredRoles']));
    expect(result.profile?.thresholds).toEqual(BUILT_IN_PROFILES['sre-sev3']?.thresholds);
    expect(result.report).toContainEqual({ status: 'missing', field: 'severities.*.notify', detail: 'no one to notify for P0, P1, P2' });
    expect(result.profile?.commanderRole).toBe('ic');
    expect(result.profile?.severities.every((s) => s.requiredRoles.join() === 'ic')).toBe(true);
  });

  it('gives named levels their name as id', () => {
    const named = importRunbook(fixture('list-named.md'), { source: 'x.md' });
    expect(named.profile?.severities.map((s) => [s.id, s.label, s.ack])).toEqual([
      ['Critical', undefined, { minutes: 5 }],
      ['Major', undefined, { minutes: 15 }],
      ['Minor', undefined, { businessDays: 1 }],
    ]);
  });

  it('writes nothing for a runbook with no severity level, and says why', () => {
    const none = importRunbook(fixture('no-severities.md'), { source: 'n.md' });
    expect(none.profile).toBeUndefined();
    expect(none.report).toContainEqual(expect.objectContaining({ status: 'missing', field: 'severities' }));
  });

  it('formats the report with statuses, fields and lines', () => {
    const text = formatReport(importRunbook(fixture('headings-sev.md'), { source: 'h.md' }).report);
    expect(text).toMatch(/^Found in the runbook \(\d+\):/);
    expect(text).toMatch(/severities\.SEV1\.ack\s+line 13: 10 min/);
    expect(text).toMatch(/Defaults \(not in the runbook; the product default is written/);
    expect(text).not.toMatch(/does not validate/);
  });
});

describe('importRunbook with --merge', () => {
  it('fills gaps from the base without overwriting stated values', () => {
    const result = importRunbook(fixture('table-p-levels.md'), { source: 'runbooks/checkout.md', merge: base });
    expect(profileSchema.safeParse(result.profile).success).toBe(true);
    expect(result.profile?.source).toBe('runbooks/checkout.md');
    const p0 = result.profile?.severities[0];
    expect(p0?.ack).toEqual({ kind: 'immediate' });
    expect(p0?.notify).toEqual(base?.severities[0]?.notify);
    expect(result.profile?.severities[1]?.escalation).toEqual([
      { id: 'to-p0', kind: 'upgrade', after: { hours: 2 }, from: 'declared', to: 'P0', stopsWhen: 'resolved' },
    ]);
    expect(result.report).toContainEqual({ status: 'base', field: 'thresholds', detail: 'alerting and declare thresholds of "skill-p-levels"' });
    expect(result.profile?.commands.map((c) => c.id)).not.toContain('errors-in-the-last-hour');
    expect(result.report.some((l) => l.detail.startsWith('needs a shell: not runnable as argv'))).toBe(true);
  });

  it('maps levels by rank when the ids differ, says which filled which, and keeps the runbook commander', () => {
    const result = importRunbook(fixture('headings-sev.md'), { source: 'h.md', merge: base });
    expect(result.profile?.severities.map((s) => s.id)).toEqual(['SEV1', 'SEV2']);
    expect(result.profile?.severities[0]?.ack).toEqual({ minutes: 10 });
    expect(result.profile?.severities[0]?.notify).toEqual(base?.severities[0]?.notify);
    expect(result.report).toContainEqual(
      expect.objectContaining({ status: 'note', field: 'severities.SEV2', detail: expect.stringMatching(/base level P1 \(rank 2\) fills the gaps of SEV2/) }),
    );
    expect(result.profile?.commanderRole).toBe('ic');
  });
});

describe('runImportRunbook', () => {
  const io = () => {
    const out: string[] = [];
    const err: string[] = [];
    return { out, err, io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) } };
  };
  const runbook = (name: string, text = fixture(name)) => {
    const dir = mkdtempSync(join(tmpdir(), 'warroom-rb-'));
    const file = join(dir, name);
    writeFileSync(file, text);
    return { dir, file };
  };

  it('writes a valid profile without --merge and exits 0', () => {
    const { dir, file } = runbook('table-p-levels.md');
    const t = io();
    expect(runImportRunbook([file, '-o', join(dir, 'p.json')], t.io)).toBe(0);
    const written = JSON.parse(readFileSync(join(dir, 'p.json'), 'utf8'));
    expect(profileSchema.safeParse(written).success).toBe(true);
    expect(written.source).toBe(file);
    expect(t.out.join('')).toMatch(/Try it: warroom --profile /);
  });

  it('writes a valid profile with --merge and a built-in name', () => {
    const { dir, file } = runbook('table-p-levels.md');
    const t = io();
    expect(runImportRunbook([file, '-o', join(dir, 'p.json'), '--merge', 'skill-p-levels'], t.io)).toBe(0);
    expect(profileSchema.safeParse(JSON.parse(readFileSync(join(dir, 'p.json'), 'utf8'))).success).toBe(true);
  });

  it('exits 1 with a sentence when the runbook names no severity level', () => {
    const { dir, file } = runbook('no-severities.md');
    const t = io();
    expect(runImportRunbook([file, '-o', join(dir, 'p.json')], t.io)).toBe(1);
    expect(t.err.join('')).toMatch(/Not written: the runbook names no severity level/);
  });

  it('says so, after a useful report, when -o cannot be written', () => {
    const { dir, file } = runbook('table-p-levels.md');
    const locked = join(dir, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o500);
    const t = io();
    // A directory as -o fails for root too; the read-only folder covers the usual case.
    for (const out of [join(dir, 'no', 'such', 'dir', 'p.json'), dir]) {
      expect(runImportRunbook([file, '-o', out], t.io)).toBe(1);
    }
    expect(t.err.join('')).toMatch(/Not written: cannot write .*\(ENOENT\)\. The report above still holds/);
    expect(t.err.join('')).toMatch(/\(EISDIR\)/);
    expect(t.out.join('')).toMatch(/severities\.P1\.ack/);
  });

  it('refuses a binary file in words, without echoing its bytes', () => {
    const bytes = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x1b, 0x5b, 0x32, 0x4a, 0x00, 0x00, 0x9b, 0x31, 0x6d]);
    const dir = mkdtempSync(join(tmpdir(), 'warroom-rb-'));
    writeFileSync(join(dir, 'tool'), bytes);
    const t = io();
    expect(runImportRunbook([join(dir, 'tool'), '-o', join(dir, 'p.json')], t.io)).toBe(2);
    expect(t.err.join('')).toMatch(/not a Markdown runbook \(it holds NUL bytes/);
    expect(`${t.out.join('')}${t.err.join('')}`).not.toMatch(/\x1b/);
  });

  it('never prints control bytes found in a text runbook', () => {
    const { dir, file } = runbook('esc.md', '# Bad \x1b[2J title\n\nA runbook that someone pasted terminal output into.\n\n| Severity | Ack |\n|---|---|\n| P1 \x1b]0;x\x07 | 5 min |\n');
    const t = io();
    expect(runImportRunbook([file, '-o', join(dir, 'p.json')], t.io)).toBe(0);
    expect(t.out.join('')).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f]/);
  });

  it('explains bad arguments', () => {
    const t = io();
    expect(runImportRunbook(['rb.md'], t.io)).toBe(2);
    expect(t.err.join('')).toMatch(/give -o profile.json/);
  });
});
