import { describe, expect, it } from 'vitest';
import { boundDepth, MAX_MARKERS } from '../../src/runbook/depth.js';
import { buildRunbookDoc } from '../../src/runbook/doc.js';
import { importRunbook } from '../../src/runbook/import.js';
import { lineCounter } from '../../src/runbook/inline.js';
import { lexRunbook } from '../../src/runbook/lex.js';

const HEAD = '# Deep\n\n| Severity | Ack |\n|---|---|\n| SEV1 | 5 min |\n\n';
const deep: Array<[string, string]> = [
  ['2,000 nested > without spaces', `${'>'.repeat(2000)} too deep\n`],
  ['2,000 nested > with spaces', `${'> '.repeat(2000)}too deep\n`],
  ['a list 3,000 deep on one line', `${'- '.repeat(3000)}too deep\n`],
  ['a list 3,000 deep by indentation', Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i * 2)}- item ${i}`).join('\n')],
];

describe('nesting is bounded', () => {
  it.each(deep)('%s: the importer still writes the profile and says it read less deep', (_name, body) => {
    const result = importRunbook(HEAD + body, { source: 'deep.md' });
    expect(result.profile?.severities.map((s) => [s.id, s.ack])).toEqual([['SEV1', { minutes: 5 }]]);
    expect(result.report).toContainEqual(expect.objectContaining({ status: 'note', field: 'input', detail: expect.stringMatching(/nested deeper than/) }));
  });

  it.each(deep)('%s: the viewer model is built', (_name, body) => {
    const doc = buildRunbookDoc(HEAD + body);
    expect(doc.toc.map((t) => t.title)).toEqual(['Deep']);
    expect(doc.lines.length).toBeGreaterThan(3);
  });

  it('leaves ordinary nesting and code fences alone', () => {
    const text = `> > quoted twice\n\n- a\n  - b\n    - c\n\n\`\`\`yaml\n${' '.repeat(60)}deep: yaml\n\`\`\`\n`;
    expect(boundDepth(text)).toEqual({ text, lines: 0 });
    expect(boundDepth(`${'> '.repeat(MAX_MARKERS + 3)}x`).text).toBe(`${'> '.repeat(MAX_MARKERS)}x`);
  });
});

describe('line numbers cost one pass over the text', () => {
  it('counts lines for increasing offsets without rescanning, and restarts when asked to go back', () => {
    const text = 'a\nbb\n\nccc\n';
    const at = lineCounter(text, 1);
    expect([0, 2, 5, 6, 10].map(at)).toEqual([1, 2, 3, 4, 5]);
    expect(at(2)).toBe(2);
  });

  it('gives every block of a long runbook its own line', () => {
    const blocks = Array.from({ length: 2000 }, (_, i) => `## Step ${i}\n\nDo thing ${i}.\n`);
    const nodes = lexRunbook(blocks.join('\n'));
    const headings = nodes.filter((n) => n.kind === 'heading');
    expect(headings).toHaveLength(2000);
    headings.forEach((h, i) => {
      expect(h.line).toBe(1 + i * 4);
    });
  });
});
