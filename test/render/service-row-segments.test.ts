import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../src/ui/view/layout.js';
import {
  mergeSegments,
  type RowSegment,
  rowSegments,
  type ServiceRow,
  sameRow,
} from '../../src/ui/view/service-rows.js';

const row: ServiceRow = {
  name: 'payments',
  health: 'down',
  healthAge: '4m',
  errText: '12%',
  errLevel: 'critical',
  p95Text: '950ms',
  multipleText: '9.5×',
  p95Level: 'critical',
  errSpark: '▁▂▃█',
  p95Spark: '▁▁▅█',
  deployText: '↑v2.3 4m',
  extraText: 'p50 40ms p99 2s',
  rank: 3,
};
const layout = computeLayout(160, 48);
if (layout.mode === 'too-small') throw new Error('160x48 has a table');
const text = (segments: readonly RowSegment[]): string => segments.map((s) => s.text).join('');

describe('a service row as runs of text, the fewer the cheaper for Ink', () => {
  it('keeps the row text exactly while joining runs drawn alike into one', () => {
    const runs = rowSegments(row, layout.table, false, true);
    const merged = mergeSegments(runs, () => true);
    expect(text(merged)).toBe(text(runs));
    expect(merged.map((s) => s.token)).toEqual([
      undefined,
      'health.down',
      undefined,
      'level.critical',
      undefined,
      'deploy',
      'level.critical',
    ]);
  });

  it('keeps a plain blank between runs whose blanks would show their style (inverse, background)', () => {
    const runs = rowSegments(row, layout.table, false, true);
    const merged = mergeSegments(runs, (t) => t !== 'level.critical');
    expect(text(merged)).toBe(text(runs));
    expect(merged.filter((s) => s.token === 'level.critical')).toHaveLength(5);
  });

  it('starts with the selection marker in the selection style when selected', () => {
    const [first] = mergeSegments(rowSegments(row, layout.table, true, true), () => true);
    expect(first).toEqual({ text: expect.stringMatching(/^▶payments +$/), token: 'selection' });
  });

  it('tells rows apart by what they show, not by identity', () => {
    expect(sameRow(row, { ...row })).toBe(true);
    expect(sameRow(row, { ...row, p95Text: '951ms' })).toBe(false);
  });
});
