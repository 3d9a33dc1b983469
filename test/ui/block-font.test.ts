import { describe, expect, it } from 'vitest';
import type { Clock } from '../../src/incident/clock.js';
import { toAscii } from '../../src/render/ascii.js';
import { BLOCK_ROWS, blockable, blockLines, blockWidth } from '../../src/ui/view/block-font.js';
import { isWallScreen, WALL_COLUMNS, WALL_ROWS } from '../../src/ui/view/layout.js';
import type { ServiceRow } from '../../src/ui/view/service-rows.js';
import { clockFace, idleHealth, incidentBandHeight, titleInBlocks, urgentClock } from '../../src/ui/view/wall.js';

describe('the block font', () => {
  it('draws digits five rows tall with one blank column between glyphs', () => {
    expect(blockLines('10', '#')).toEqual([
      '  #  ####',
      ' ##  #  #',
      '  #  #  #',
      '  #  #  #',
      ' ### ####',
    ]);
  });

  it('covers A-Z, the digits and : + - and space, any case, with equal-width rows', () => {
    const all = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789:+- ';
    expect(blockable(all)).toBe(true);
    expect(blockable(all.toLowerCase())).toBe(true);
    const lines = blockLines('T+0:12:34') ?? [];
    expect(lines).toHaveLength(BLOCK_ROWS);
    expect(new Set(lines.map((l) => [...l].length)).size).toBe(1);
    expect([...(lines[0] ?? '')].length).toBe(blockWidth('T+0:12:34'));
    expect(lines.join('')).toMatch(/^[█ ]+$/);
  });

  it('gives up on text it has no glyph for, so the caller uses normal type', () => {
    expect(blockLines('café')).toBeUndefined();
    expect(blockLines('a/b')).toBeUndefined();
    expect(blockLines('')).toBeUndefined();
    expect(blockWidth('x.y')).toBe(0);
  });

  it('falls back to # cell for cell on a terminal without UTF-8', () => {
    const lines = blockLines('SEV2') ?? [];
    const ascii = lines.map(toAscii);
    expect(ascii).toEqual(blockLines('SEV2', '#'));
    expect(ascii.every((l, i) => l.length === [...(lines[i] ?? '')].length)).toBe(true);
  });
});

const clock = (over: Partial<Clock>): Clock => ({
  id: 'ack',
  label: 'Acknowledge < 5 min',
  startedAt: 0,
  dueAt: 300_000,
  state: 'ok',
  remainingMs: 200_000,
  ...over,
});

describe('the wall screen view', () => {
  it('starts at 200x60', () => {
    expect([WALL_COLUMNS, WALL_ROWS]).toEqual([200, 60]);
    expect(isWallScreen(200, 60)).toBe(true);
    expect(isWallScreen(199, 60)).toBe(false);
    expect(isWallScreen(240, 59)).toBe(false);
  });

  it('leads with the first clock still running, and shows a breach as a breach', () => {
    const done = clock({ id: 'a', state: 'done', remainingMs: null });
    const breached = clock({ id: 'b', label: 'Mitigate', state: 'breached', remainingMs: -61_000 });
    expect(urgentClock([done, breached])?.id).toBe('b');
    expect(urgentClock([done])).toBeUndefined();
    expect(clockFace(breached)).toEqual({ big: '-01:01', words: '✖ BREACHED Mitigate', token: 'sla.breached' });
    expect(clockFace(clock({}))).toMatchObject({ big: '03:20', token: 'sla.ok' });
    expect(clockFace(clock({ state: 'near', dueAt: 0, remainingMs: 0 })).big).toBe('NOW');
  });

  it('puts the title in block type only when it fits', () => {
    expect(titleInBlocks('Checkout errors', 200)).toBe(true);
    expect(titleInBlocks('Checkout errors', 60)).toBe(false);
    expect(titleInBlocks('p95 > 2s on /pay', 200)).toBe(false);
    expect(incidentBandHeight('Checkout errors', 200)).toBe(11);
    expect(incidentBandHeight('p95 > 2s on /pay', 200)).toBe(7);
  });

  it('says the services health in a word or two before an incident', () => {
    const row = (name: string, health: ServiceRow['health']) => ({ name, health }) as ServiceRow;
    expect(idleHealth([row('a', 'up'), row('b', 'up')]).big).toBe('ALL UP');
    expect(idleHealth([row('a', 'down'), row('b', 'degraded')])).toMatchObject({ big: '1 DOWN', token: 'health.down' });
    expect(idleHealth([row('a', 'stale'), row('b', 'up')]).big).toBe('1 DEGRADED');
    expect(idleHealth([]).big).toBe('NO DATA');
  });
});
