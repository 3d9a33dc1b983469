import { describe, expect, it } from 'vitest';
import { buildRunbookDoc } from '../../src/runbook/doc.js';
import type { DocLine } from '../../src/runbook/doc-types.js';
import { layoutRunbook } from '../../src/runbook/layout.js';
import { findSection, searchRunbook } from '../../src/runbook/search.js';
import { fixture } from './helpers.js';

const text = (l: DocLine | undefined) => (l?.segments ?? []).map((s) => s.text).join('');
const styles = (l: DocLine | undefined) => (l?.segments ?? []).map((s) => s.style);

const SAMPLE = `# Store runbook

Call **the lead** and run \`make fix\`, see [docs](http://x).

## Checks

- [x] Paged
- [ ] Fixed

> Stay calm.

| Service | Owner |
|---|---|
| checkout-with-a-very-long-name | payments team of many people |

\`\`\`bash
kubectl get pods
\`\`\`

---

### Pattern 2: Database Connection Pool Exhausted

## Resolution steps
`;

describe('buildRunbookDoc', () => {
  const doc = buildRunbookDoc(SAMPLE);

  it('lists every heading with its level and line', () => {
    expect(doc.toc.map((t) => [t.level, t.title])).toEqual([
      [1, 'Store runbook'],
      [2, 'Checks'],
      [3, 'Pattern 2: Database Connection Pool Exhausted'],
      [2, 'Resolution steps'],
    ]);
    for (const [i, t] of doc.toc.entries()) expect(doc.lines[t.line]?.headingIndex).toBe(i);
  });

  it('styles inline bold, code and links, tasks, quotes, code blocks and rules', () => {
    const para = doc.lines.find((l) => text(l).startsWith('Call'));
    expect(para?.segments).toEqual([
      { text: 'Call ', style: 'text' },
      { text: 'the lead', style: 'bold' },
      { text: ' and run ', style: 'text' },
      { text: 'make fix', style: 'code' },
      { text: ', see ', style: 'text' },
      { text: 'docs', style: 'link' },
      { text: '.', style: 'text' },
    ]);
    expect(styles(doc.lines.find((l) => text(l) === '[x] Paged'))).toEqual(['task-done', 'task-done']);
    expect(styles(doc.lines.find((l) => text(l) === '[ ] Fixed'))).toEqual(['task-open', 'task-open']);
    expect(styles(doc.lines.find((l) => text(l).includes('Stay calm')))).toEqual(['quote', 'quote']);
    expect(doc.lines.find((l) => text(l).includes('kubectl'))?.segments).toEqual([{ text: '    kubectl get pods', style: 'codeblock' }]);
    expect(doc.lines.some((l) => styles(l)[0] === 'rule')).toBe(true);
  });
});

describe('layoutRunbook', () => {
  it('wraps paragraphs to the width and keeps list continuation lines hanging', () => {
    const doc = buildRunbookDoc('- alpha beta gamma delta epsilon zeta eta theta\n');
    const out = layoutRunbook(doc, 20);
    expect(out.lines.map(text)).toEqual(['• alpha beta gamma', '  delta epsilon zeta', '  eta theta']);
  });

  it('aligns table columns and truncates them with an ellipsis to fit', () => {
    const out = layoutRunbook(buildRunbookDoc(SAMPLE), 40);
    const rows = out.lines.filter((l) => styles(l)[0] === 'table' || text(l).startsWith('Service'));
    expect(rows.map(text)).toEqual(['Service            │ Owner', 'checkout-with-a-v… │ payments team of m…']);
    for (const l of out.lines) expect(text(l).length).toBeLessThanOrEqual(40);
  });

  it('moves toc lines with the wrapped layout', () => {
    const out = layoutRunbook(buildRunbookDoc(SAMPLE), 20);
    for (const [i, t] of out.toc.entries()) expect(out.lines[t.line]?.headingIndex).toBe(i);
  });
});

describe('searching', () => {
  it('finds lines by text, ignoring case', () => {
    const doc = buildRunbookDoc(SAMPLE);
    expect(searchRunbook(doc.lines, 'KUBECTL').map((i) => text(doc.lines[i]))).toEqual(['    kubectl get pods']);
    expect(searchRunbook(doc.lines, '  ')).toEqual([]);
  });

  it('picks the best section for a pattern name or a stage word', () => {
    const { toc } = buildRunbookDoc(SAMPLE);
    expect(findSection(toc, 'Database Connection Pool')?.title).toBe('Pattern 2: Database Connection Pool Exhausted');
    expect(findSection(toc, 'resolution')?.title).toBe('Resolution steps');
    expect(findSection(toc, 'kubernetes upgrade')).toBeUndefined();
  });

  it('builds the viewer model for an HTML-table runbook with repaired text', () => {
    const doc = buildRunbookDoc(fixture('html-mojibake.md'));
    expect(doc.toc[0]?.title).toBe('Billing runbook — on-call');
    expect(doc.lines.filter((l) => l.table).map((l) => l.table?.cells[0])).toEqual(['Level', 'P1', 'P2']);
  });
});
