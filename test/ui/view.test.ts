import { describe, expect, it } from 'vitest';
import { keyNames } from '../../src/keys/decode.js';
import { routeKey } from '../../src/ui/router.js';
import { INITIAL_UI, uiReducer } from '../../src/ui/state.js';
import { cellWidth, fit, formatAge, formatLatency, formatMultiple, formatPercent } from '../../src/ui/view/format.js';
import { computeLayout, scrollOffset } from '../../src/ui/view/layout.js';
import { ERROR_SCALE, LATENCY_SCALE, sparkline } from '../../src/ui/view/sparkline.js';
import { throttleSource } from '../../src/ui/hooks/use-throttled-store.js';
import type { Key } from 'ink';

const noKey = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageDown: false,
  pageUp: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  ctrl: false,
  shift: false,
  tab: false,
  backspace: false,
  delete: false,
  meta: false,
  super: false,
  hyper: false,
  capsLock: false,
  numLock: false,
} satisfies Key;

describe('layout', () => {
  it.each([
    [40, 12, 'too-small'],
    [59, 24, 'too-small'],
    [80, 19, 'too-small'],
    [80, 24, 'compact'],
    [159, 40, 'compact'],
    [160, 48, 'wide'],
    [200, 60, 'wide'],
  ] as const)('%ix%i is %s', (c, r, mode) => {
    expect(computeLayout(c, r).mode).toBe(mode);
  });

  it('never makes the table wider than the terminal', () => {
    for (const [columns, side] of [60, 80, 100, 120, 159, 160, 200, 240].flatMap(
      (c) =>
        [
          [c, 'events'],
          [c, 'incident'],
        ] as const,
    )) {
      const layout = computeLayout(columns, 30, side);
      if (layout.mode === 'too-small') throw new Error('unexpected');
      const t = layout.table;
      const gaps = 6 + (t.deploy > 0 ? 1 : 0);
      const width =
        t.name + t.health + t.errSpark + t.p95Spark + t.deploy + t.err + t.p95 + t.multiple + t.extra + gaps;
      expect(width).toBeLessThanOrEqual(layout.tableWidth);
      expect(layout.tableWidth + layout.sideWidth).toBeLessThanOrEqual(columns);
    }
  });

  it('keeps the selection in view when scrolling', () => {
    expect(scrollOffset(0, 0, 10, 5)).toBe(0);
    expect(scrollOffset(15, 0, 10, 30)).toBe(6);
    expect(scrollOffset(2, 6, 10, 30)).toBe(2);
  });
});

describe('formatting', () => {
  it.each([
    [undefined, '—'],
    [0, '0%'],
    [0.0004, '0.04%'],
    [0.012, '1.2%'],
    [0.124, '12%'],
  ])('error ratio %s reads %s', (r, s) => expect(formatPercent(r)).toBe(s));

  it('formats latency, multiples and ages compactly', () => {
    expect(formatLatency(84.4)).toBe('84ms');
    expect(formatLatency(1234)).toBe('1.2s');
    expect(formatMultiple(4.25)).toBe('4.3×');
    expect(formatAge(45_000)).toBe('45s');
    expect(formatAge(3 * 3600_000 + 5 * 60_000)).toBe('3h05m');
  });

  it('fits text to a width with an ellipsis', () => {
    expect(fit('postgres-primary', 8)).toBe('postgre…');
    expect(fit('db', 4, 'right')).toBe('  db');
  });

  it('fits by terminal cells: wide, zero-width and combining characters keep the row aligned', () => {
    expect(fit('決済サービス', 8)).toBe('決済サ… ');
    expect(fit('決済', 6, 'right')).toBe('  決済');
    expect(fit('cafe\u0301', 6)).toBe('cafe\u0301  ');
    expect(fit('a\u200bb', 3)).toBe('a\u200bb ');
    expect(fit('🔥 hot', 7)).toBe('🔥 hot ');
    expect(fit('db\u009bx', 10)).toBe('db\\u009bx ');
  });

  it('counts an emoji presentation selector as one cell after a one-cell glyph, none elsewhere', () => {
    expect(cellWidth('☀\ufe0f')).toBe(2);
    expect(cellWidth('\ufe0fa')).toBe(1);
    expect(cellWidth('決\ufe0f')).toBe(2);
    expect(fit('☀\ufe0f ok', 6)).toBe('☀\ufe0f ok ');
  });
});

describe('sparklines on fixed scales', () => {
  it('maps error ratios to blocks by threshold, blanks for gaps', () => {
    expect(sparkline([0, 0.004, 0.012, 0.06, 0.5, Number.NaN], ERROR_SCALE)).toBe('▁▂▄▆█ ');
  });

  it('maps latency multiples to blocks', () => {
    expect(sparkline([1, 2, 3, 5], LATENCY_SCALE)).toBe('▂▄▆█');
  });
});

const ctx = { names: [], page: 10, checklistCount: 0, incident: false };

describe('keys', () => {
  it('splits keys that arrive in one read', () => {
    expect(keyNames('jj ', noKey)).toEqual(['j', 'j', 'space']);
    expect(keyNames('', { ...noKey, upArrow: true })).toEqual(['up']);
    expect(keyNames('c', { ...noKey, ctrl: true })).toEqual(['ctrl+c']);
  });

  it('gives text entry priority over every other binding', () => {
    const editing = uiReducer(INITIAL_UI, { type: 'filter/start' });
    expect(routeKey(editing, 'q', ctx)).toEqual([{ type: 'filter/input', text: 'q' }]);
    expect(routeKey(editing, 'escape', ctx)).toEqual([{ type: 'filter/cancel' }]);
  });

  it('lets the help overlay take q before the global quit', () => {
    const help = uiReducer(INITIAL_UI, { type: 'help/toggle' });
    expect(routeKey(help, 'q', ctx)).toEqual([{ type: 'help/close' }]);
    expect(routeKey(INITIAL_UI, 'q', ctx)).toEqual([{ type: 'app/quit' }]);
  });

  it('moves the selection from the highlighted first row', () => {
    const names = ['a', 'b', 'c'];
    const s1 = uiReducer(INITIAL_UI, { type: 'select/move', by: 1, names });
    expect(s1.selected).toBe('b');
    expect(uiReducer(s1, { type: 'select/move', by: 10, names }).selected).toBe('c');
    expect(uiReducer(s1, { type: 'select/edge', edge: 'top', names }).selected).toBe('a');
  });
});

describe('repaint throttle', () => {
  it('turns a burst of changes into one notification', async () => {
    const listeners = new Set<() => void>();
    let version = 0;
    const source = {
      subscribe: (l: () => void) => {
        listeners.add(l);
        return () => listeners.delete(l);
      },
      getVersion: () => version,
    };
    const throttled = throttleSource(source, 10);
    let heard = 0;
    const done = new Promise<void>((resolve) => {
      throttled.subscribe(() => {
        heard += 1;
        resolve();
      });
    });
    for (let i = 0; i < 500; i += 1) {
      version += 1;
      for (const l of listeners) l();
    }
    await done;
    expect(heard).toBe(1);
    expect(throttled.getVersion()).toBe(500);
  });
});

describe('keys at the wrong time', () => {
  it('say why they did nothing instead of doing nothing silently', () => {
    const [notice] = routeKey(INITIAL_UI, 'a', { names: [], page: 10, checklistCount: 0, incident: false });
    expect(notice).toEqual({
      type: 'notice',
      text: 'a: acknowledge the incident: no incident is open (d declares one)',
    });
    const [drill] = routeKey(INITIAL_UI, 'p', { names: [], page: 10, checklistCount: 0, incident: false });
    expect(drill?.type === 'notice' && drill.text).toContain('only in a drill');
  });
});
