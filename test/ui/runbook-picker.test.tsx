/** The runbook's contents picker and search at the sizes where they went wrong (80x24, 120x40). */
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp, testSession } from '../helpers/app.js';
import type { Screen } from '../helpers/render.js';

/** Forty-five headings with a paragraph each; "rollback" only in sections 12 and 30. */
const RUNBOOK = Array.from({ length: 45 }, (_, i) => {
  const n = i + 1;
  const body = n === 12 || n === 30 ? `Step ${n}: do the rollback now.` : `Notes for part ${n}.`;
  return `## Part ${n}\n\n${body}\n`;
}).join('\n');

let screen: Screen | undefined;
afterEach(() => screen?.unmount());

async function openViewer(columns: number, rows: number): Promise<Screen> {
  screen = renderApp({ session: testSession(), runbook: { name: 'ops.md', text: RUNBOOK }, columns, rows });
  await screen.waitFor((f) => f.includes('WARROOM'), 'the dashboard');
  screen.stdin.type('b');
  await screen.waitFor((f) => f.includes('Runbook · ops.md'), 'the viewer');
  return screen;
}

/** The picker box's lines, from its top border to its bottom border. */
function pickerBox(frame: string): string[] {
  const lines = frame.split('\n');
  const start = lines.findIndex((l) => l.includes('Jump to')) - 1;
  const end = lines.findIndex((l, i) => i > start && l.startsWith('╰'));
  return lines.slice(start, end + 1);
}

describe.each([
  [80, 24],
  [120, 40],
])('the contents picker at %ix%i', (columns, rows) => {
  it('shows a whole window of headings, keeps the choice in view, and draws its border whole', async () => {
    const s = await openViewer(columns, rows);
    s.stdin.type('t');
    const first = await s.waitFor((f) => f.includes('Jump to'), 'the picker');
    expect(first.split('\n').length).toBeLessThanOrEqual(rows);
    for (let i = 0; i < 26; i += 1) s.stdin.type('j');
    const moved = await s.waitFor((f) => /▶ 27\.\s+Part 27/.test(f), 'the choice on heading 27');
    expect(moved.split('\n').length).toBeLessThanOrEqual(rows);
    const box = pickerBox(moved);
    expect(box[0]).toMatch(/^╭─+╮$/);
    expect(box.at(-1)).toMatch(/^╰─+╯$/);
    for (const line of box.slice(1, -1)) expect(line).toMatch(/^│ .* │$/);
    // No heading is skipped inside the window: the numbers run on one by one.
    const numbers = box.flatMap((l) => /(\d+)\.\s+Part/.exec(l)?.[1] ?? []).map(Number);
    expect(numbers.length).toBeGreaterThan(4);
    expect(numbers).toEqual(numbers.map((_, i) => numbers[0]! + i));
    expect(moved).toMatch(new RegExp(`${numbers[0]}-${numbers.at(-1)} of 45`));
    // Enter jumps there.
    s.stdin.type('\r');
    const there = await s.waitFor((f) => !f.includes('Jump to') && f.includes('Part 27'), 'the jump');
    const body = there.split('\n').find((l) => l.startsWith('│ ') && !l.includes('Runbook ·'));
    expect(body).toContain('Part 27');
  });
});

describe('searching the runbook at 80x24', () => {
  it('jumps to the first match below the top on Enter, then n and N cycle through them', async () => {
    const s = await openViewer(80, 24);
    const topLine = (f: string) => f.split('\n').find((l) => l.startsWith('│ ') && !l.includes('Runbook ·')) ?? '';
    s.stdin.type('/');
    await s.waitFor((f) => f.includes('Search the runbook'), 'the search prompt');
    s.stdin.type('rollback');
    s.stdin.type('\r');
    const found = await s.waitFor((f) => f.includes('"rollback" 2 matches') && topLine(f).includes('Step 12'), 'the first match at the top');
    expect(topLine(found)).toMatch(/^│ ›/);
    s.stdin.type('n');
    await s.waitFor((f) => topLine(f).includes('Step 30'), 'the second match');
    s.stdin.type('n');
    const wrapped = await s.waitFor((f) => topLine(f).includes('Step 12'), 'back to the first');
    expect(wrapped).toContain('search wrapped to the first match');
    s.stdin.type('N');
    await s.waitFor((f) => topLine(f).includes('Step 30'), 'N wraps to the last');
  });

  it('starts from the line at the top: a search from part 20 finds part 30 first', async () => {
    const s = await openViewer(80, 24);
    s.stdin.type('t');
    await s.waitFor((f) => f.includes('Jump to'), 'the picker');
    for (let i = 0; i < 19; i += 1) s.stdin.type('j');
    await s.waitFor((f) => /▶ 20\.\s+Part 20/.test(f), 'heading 20');
    s.stdin.type('\r');
    await s.waitFor((f) => !f.includes('Jump to'), 'the jump');
    s.stdin.type('/');
    await s.waitFor((f) => f.includes('Search the runbook'), 'the search prompt');
    s.stdin.type('rollback\r');
    await s.waitFor(
      (f) => (f.split('\n').find((l) => l.startsWith('│ ') && !l.includes('Runbook ·')) ?? '').includes('Step 30'),
      'part 30 at the top',
    );
  });
});
