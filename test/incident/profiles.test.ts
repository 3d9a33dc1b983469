import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { durationLabel, withinLabel } from '../../src/incident/duration.js';
import { profileSchemaFile, profileSchemaText } from '../../src/incident/profile-json-schema.js';
import { checkProfileFile, listProfiles, loadProfile, validateProfile } from '../../src/incident/profile-load.js';
import type { Profile } from '../../src/incident/profile-schema.js';
import { BUILT_IN_PROFILES, DEFAULT_PROFILE } from '../../src/incident/profiles/index.js';

const NO_USER_DIRS = { dirs: [] };
const names = Object.keys(BUILT_IN_PROFILES);

function builtIn(name: string): Profile {
  const p = BUILT_IN_PROFILES[name];
  if (!p) throw new Error(`no built-in ${name}`);
  return structuredClone(p);
}

function problemsOf(raw: unknown): string[] {
  const result = validateProfile(raw, 'bad.json');
  if (result.ok) return [];
  return result.error.problems.map((p) => `${p.path}: ${p.message}`);
}

describe('built-in profiles', () => {
  it('ships one profile per seed runbook', () => {
    expect(names.sort()).toEqual(['long-form-sev', 'sev4-response', 'skill-p-levels', 'sre-sev3', 'startup-p-levels']);
    const sources = Object.values(BUILT_IN_PROFILES).map((p) => p.source.slice(0, 3));
    expect(sources.sort()).toEqual(['000', '001', '002', '003', '004']);
  });

  it.each(names)('%s validates against the schema', (name) => {
    const result = loadProfile(name, NO_USER_DIRS);
    expect(result.ok ? 'valid' : result.error.message).toBe('valid');
  });

  it('offers a default that exists', () => {
    expect(BUILT_IN_PROFILES[DEFAULT_PROFILE]).toBeDefined();
  });

  // Each row pins the per-severity numbers the seed gives: ack, mitigation, cadence, watch, post-mortem.
  it.each([
    ['startup-p-levels', 'P1', { ack: '< 5 min', response: '< 30 min', update: '< 30 min', watch: '< 2 h', pm: '< 48 h' }],
    ['startup-p-levels', 'P3', { ack: '< 5 min', response: 'next business day', update: 'async', watch: '< 2 h', pm: '-' }],
    ['sev4-response', 'SEV1', { ack: '< 5 min', update: '< 15 min', watch: '< 30 min', pm: '< 48 h' }],
    ['sev4-response', 'SEV4', { ack: 'next business day', update: 'async', watch: '< 30 min', pm: '< 48 h' }],
    ['sre-sev3', 'SEV2', { ack: '< 5 min', update: '< 30 min', watch: '< 15 min', pm: '< 3 business days' }],
    ['sre-sev3', 'SEV3', { ack: '< 5 min', update: '< 1 h', watch: '< 30 min', pm: '-' }],
    ['long-form-sev', 'SEV-2', { ack: '< 10 min', mitigation: '< 2 h', update: '< 30 min', pm: '< 5 business days' }],
    ['long-form-sev', 'SEV-3', { ack: '< 30 min', mitigation: '< 8 h', update: '< 2 h', pm: '< 5 business days' }],
    ['long-form-sev', 'SEV-4', { ack: '< 1 business day', mitigation: 'next sprint', update: 'async', pm: '< 5 business days' }],
    ['skill-p-levels', 'P0', { ack: '< 15 min', update: '< 15 min', watch: '< 15 min', pm: '< 48 h' }],
    ['skill-p-levels', 'P2', { ack: '< 2 h', update: '< 2 h', watch: '< 30 min', pm: '< 7 days' }],
    ['skill-p-levels', 'P3', { ack: 'next business day', update: 'daily', watch: '< 30 min', pm: '-' }],
  ] as const)('%s %s carries the seed numbers', (name, sevId, want) => {
    const sev = builtIn(name).severities.find((s) => s.id === sevId);
    if (!sev) throw new Error(`${sevId} missing`);
    const got: Record<string, string> = {
      ack: withinLabel(sev.ack!),
      update: withinLabel(sev.updateEvery!),
      pm: sev.postMortem?.required && sev.postMortem.due ? withinLabel(sev.postMortem.due) : '-',
    };
    if (sev.response) got.response = withinLabel(sev.response);
    if (sev.mitigation) got.mitigation = withinLabel(sev.mitigation);
    if (sev.watch) got.watch = withinLabel(sev.watch);
    expect(got).toEqual(want);
  });

  it('gives the SRE guide its thresholds and declare criteria', () => {
    const t = builtIn('sre-sev3').thresholds;
    expect(t.errorRate).toEqual({ warn: 0.01, crit: 0.05 });
    expect(t.p95Multiple).toEqual({ warn: 2, crit: 3 });
    expect(t.availability).toEqual({ warn: 0.995, crit: 0.99 });
    expect(t.dbPool).toEqual({ warn: 0.7, crit: 0.9 });
    expect(t.declare).toEqual({ errorRate: 0.05, p95Multiple: 3, sustainedFor: { minutes: 5 }, baselineWindow: { minutes: 30 } });
    expect(durationLabel(builtIn('sre-sev3').severities[0]!.postMortem!.documentDue!)).toBe('5 business days');
  });

  it('keeps webhook URLs out of the profiles', () => {
    for (const p of Object.values(BUILT_IN_PROFILES)) {
      for (const w of p.webhooks) expect(JSON.stringify(w.url)).not.toMatch(/https?:/);
    }
  });
});

describe('a broken profile', () => {
  it('names each problem by its JSON path', () => {
    const bad = builtIn('sre-sev3') as unknown as { severities: Record<string, unknown>[] };
    bad.severities[2]!.ack = { minute: 5 };
    delete bad.severities[0]!.colour;
    const problems = problemsOf(bad);
    expect(problems).toContainEqual(expect.stringMatching(/^severities\[2\]\.ack: expected a duration/));
    expect(problems).toContainEqual(expect.stringMatching(/^severities\[0\]\.colour: /));
  });

  it('accepts a level that states no acknowledge SLA, cadence, name or post-mortem (imported runbooks)', () => {
    const bare = builtIn('sre-sev3') as unknown as { severities: Record<string, unknown>[] };
    for (const key of ['label', 'summary', 'ack', 'updateEvery', 'notify', 'escalation', 'postMortem']) delete bare.severities[2]![key];
    bare.severities[2]!.id = 'Minor';
    expect(problemsOf(bare)).toEqual([]);
  });

  it('rejects unknown keys at the top and deep inside', () => {
    const bad = builtIn('long-form-sev') as unknown as Record<string, unknown> & { checklists: Record<string, unknown>[] };
    bad.colour = 'red';
    bad.checklists[1]!.owner = 'me';
    expect(problemsOf(bad).sort()).toEqual([
      'checklists[1].owner: unknown key (check the spelling)',
      'colour: unknown key (check the spelling)',
    ]);
  });

  it('refuses a literal webhook URL', () => {
    const bad = builtIn('long-form-sev') as unknown as { webhooks: Record<string, unknown>[] };
    bad.webhooks[0]!.url = 'https://hooks.example.com/T000/secret';
    expect(problemsOf(bad)).toEqual([expect.stringMatching(/^webhooks\[0\]\.url: .*literal URL is not allowed/)]);
  });

  it('checks references between parts', () => {
    const bad = builtIn('skill-p-levels');
    bad.severities[1]!.requiredRoles.push('pilot');
    const rule = bad.severities[2]!.escalation![0]!;
    if (rule.kind === 'upgrade') rule.to = 'P9';
    bad.patterns[0]!.commands.push('nope');
    bad.commands[2]!.confirmTarget = 'service';
    bad.roles.push({ ...bad.roles[0]! });
    expect(problemsOf(bad)).toEqual([
      'roles[4].id: duplicate id "ic"',
      expect.stringMatching(/^severities\[1\]\.requiredRoles\[4\]: unknown role "pilot"/),
      expect.stringMatching(/^severities\[2\]\.escalation\[0\]\.to: unknown severity "P9"/),
      'commands[2].confirmTarget: argv has no {service} placeholder',
      expect.stringMatching(/^patterns\[0\]\.commands\[3\]: unknown command "nope"/),
    ]);
  });

  it('rejects warn levels on the wrong side of crit', () => {
    const bad = builtIn('sre-sev3');
    bad.thresholds.errorRate = { warn: 0.1, crit: 0.05 };
    bad.thresholds.availability = { warn: 0.9, crit: 0.99 };
    expect(problemsOf(bad)).toEqual([
      'thresholds.errorRate.warn: warn must be below crit',
      'thresholds.availability.warn: availability warn must be above crit',
    ]);
  });
});

describe('loading profiles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'warroom-profiles-'));

  it("lets a user's file replace the built-in of the same name", () => {
    const mine = { ...builtIn('sre-sev3'), title: 'Our SRE guide' };
    writeFileSync(join(dir, 'sre-sev3.json'), JSON.stringify(mine));
    const result = loadProfile('sre-sev3', { dirs: [dir] });
    expect(result.ok && result.profile.title).toBe('Our SRE guide');
    expect(result.ok && result.source).toBe(join(dir, 'sre-sev3.json'));
    const listed = listProfiles({ dirs: [dir] }).find((p) => p.name === 'sre-sev3');
    expect(listed).toMatchObject({ origin: 'user', overrides: true, title: 'Our SRE guide' });
  });

  it('loads by path and reports bad JSON with the file name', () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{"name": ');
    const result = loadProfile(file, NO_USER_DIRS);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.file).toBe(file);
      expect(result.error.message).toContain('not valid JSON');
    }
  });

  it('names the known profiles when the name is unknown', () => {
    const result = loadProfile('no-such-profile', NO_USER_DIRS);
    expect(!result.ok && result.error.message).toContain('skill-p-levels');
  });

  it('lists every built-in', () => {
    expect(listProfiles(NO_USER_DIRS).map((p) => p.name)).toEqual([...names].sort());
  });

  it('checks a file and prints a report for people', () => {
    const good = join(dir, 'good.json');
    writeFileSync(good, JSON.stringify(builtIn('long-form-sev')));
    expect(checkProfileFile(good)).toEqual({ ok: true, report: expect.stringContaining('profile "long-form-sev" is valid') });
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ ...builtIn('long-form-sev'), severities: [] }));
    const report = checkProfileFile(bad);
    expect(report.ok).toBe(false);
    expect(report.report).toContain(`${bad}: 1 problem`);
    expect(report.report).toContain('severities: a profile needs at least one severity');
    expect(report.report).not.toMatch(/\n\s+at /);
  });
});

describe('the JSON Schema for editors', () => {
  it('matches what scripts/make-schema.ts generates (run `npm run schema`)', () => {
    expect(readFileSync(profileSchemaFile, 'utf8')).toBe(profileSchemaText());
  });

  it('is strict about unknown keys', () => {
    const schema = JSON.parse(profileSchemaText()) as { additionalProperties: unknown; $defs: Record<string, unknown> };
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.$defs)).toEqual(expect.arrayContaining(['severity', 'duration', 'escalation-rule']));
  });
});
