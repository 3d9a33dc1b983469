import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BINDINGS, lookup } from '../../src/keys/bindings.js';
import { keyTableMarkdown } from '../../src/keys/markdown.js';
import { hintText } from '../../src/ui/panels/Footer.js';
import { helpLines } from '../../src/ui/panels/HelpOverlay.js';

describe('the key table', () => {
  it('is what the README shows, so the docs cannot drift', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const between = readme.split('<!-- keys:start -->')[1]?.split('<!-- keys:end -->')[0]?.trim();
    expect(between).toBe(keyTableMarkdown());
  });

  it('says "(asks first)" once per row and has no row twice', () => {
    const rows = keyTableMarkdown().split('\n').slice(2);
    for (const row of rows) expect(row).not.toMatch(/\(asks first\).*\(asks first\)/);
    const what = rows.map((r) => r.split(' | ')[1]);
    expect(what.filter((w, i) => what.indexOf(w) !== i)).toEqual([]);
  });

  it('binds no key twice within one context', () => {
    const seen = new Set<string>();
    for (const b of BINDINGS) {
      for (const k of b.keys) {
        const id = `${b.context}:${k}`;
        expect(seen.has(id), `${k} is bound twice in ${b.context}`).toBe(false);
        seen.add(id);
      }
    }
  });

  it('feeds the help overlay with every binding', () => {
    const described = helpLines()
      .filter((l) => l.text)
      .map((l) => l.text);
    for (const b of BINDINGS) expect(described.some((d) => d?.startsWith(b.description))).toBe(true);
  });

  it('feeds the footer with the visible bindings of the active context only', () => {
    const hints = hintText(['services', 'global']).map((h) => h.label);
    expect(hints).toEqual([
      'quit',
      'help',
      'panel',
      'declare',
      'runbook',
      'hint',
      'commands',
      'webhooks',
      'filter',
      'order',
      'move',
    ]);
    expect(hintText(['checklist', 'incident', 'global']).map((h) => h.label)).toContain('tick');
    expect(hintText(['help']).map((h) => h.label)).toEqual(['close']);
  });

  it('finds bindings by context and key', () => {
    expect(lookup('global', 'j')?.id).toBe('nav.down');
    expect(lookup('checklist', 'x')?.id).toBe('checklist.tick');
    expect(lookup('help', 'q')?.id).toBe('overlay.close');
    expect(lookup('services', 'x')).toBeUndefined();
  });
});
