import { describe, expect, it } from 'vitest';
import { computeClocks } from '../../src/incident/clocks.js';
import { BUILT_IN_PROFILES } from '../../src/incident/profiles/index.js';
import { fold } from '../../src/incident/reducer.js';
import { clockText, countdown, elapsed } from '../../src/ui/view/incident-view.js';
import { events, HOUR, T0 } from '../incident/events-builder.js';

describe('countdowns longer than a day', () => {
  it('show days instead of a hundred-odd hours', () => {
    expect(countdown(120 * HOUR - 2000)).toBe('4d 23:59');
    expect(countdown(-(26 * HOUR + 5 * 60_000))).toBe('-1d 02:05');
    expect(countdown(24 * HOUR)).toBe('1d 00:00');
    expect(countdown(23 * HOUR + 59 * 60_000 + 59_000)).toBe('23:59:59');
    expect(countdown(65_000)).toBe('01:05');
    expect(elapsed(25 * HOUR)).toBe('T+1d 01:00');
  });

  it('the post-mortem clock two seconds after resolving a P0 (48 h) reads in days', () => {
    const p = BUILT_IN_PROFILES['skill-p-levels']!;
    const at = events();
    const s = fold([at('incident/declared', 0, { incident: 'INC-1', title: 't', severity: 'P0' }), at('incident/resolved', HOUR, {})]);
    const pm = computeClocks(s, p, T0 + HOUR + 2000).find((c) => c.id === 'postmortem')!;
    expect(clockText(pm).text).toBe('1d 23:59');
  });
});
