import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_PROFILES, DEFAULT_PROFILE } from '../src/incident/profiles/index.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const tour = readme.split('A first tour:')[1]?.split('\n\n')[0] ?? '';

describe("the README's first tour, on the default profile", () => {
  it('promises from h only quick commands the pattern hint of the demo offers', () => {
    expect(tour).not.toBe('');
    const profile = BUILT_IN_PROFILES[DEFAULT_PROFILE]!;
    // The demo is a bad deploy: its hint is the error-rate spike pattern.
    const pattern = profile.patterns.find((p) => p.id === 'error-spike')!;
    const offered = pattern.commands.map((id) => profile.commands.find((c) => c.id === id)?.label ?? id).join(' ');
    if (/roll ?back/i.test(tour)) expect(offered).toMatch(/roll ?back/i);
    if (/restart/i.test(tour)) expect(offered).toMatch(/restart/i);
  });

  it('does not say Enter, Enter declares the most severe level', () => {
    expect(tour).toMatch(/`d` to declare/);
    expect(tour).toMatch(/no evidence no\s+level is preselected/);
  });
});
