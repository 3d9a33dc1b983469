import { describe, expect, it } from 'vitest';
import { fitColor, rgbTo16, rgbTo256 } from '../../src/render/color-fallback.js';
import type { CellStdout } from '../../src/render/cell-stdout.js';
import { screenOutput } from '../../src/render/output.js';
import { BSU, ESU, ScreenDiffer } from '../../src/render/screen-differ.js';
import { colorDepth, wantsSyncOutput } from '../../src/render/terminal-caps.js';

describe('synchronized output (DEC 2026) is sent only where the terminal takes it', () => {
  it.each([
    [{ TERM: 'xterm-256color' }, true],
    [{ TERM: 'xterm-kitty', TERM_PROGRAM: 'WezTerm' }, true],
    [
      {
        TERM: 'tmux-256color',
        TMUX: '/tmp/tmux-0/default,1,0',
        TERM_PROGRAM: 'tmux',
        TERM_PROGRAM_VERSION: '3.3a',
      },
      false,
    ],
    [
      { TERM: 'screen-256color', TMUX: '/tmp/t,1,0', TERM_PROGRAM: 'tmux', TERM_PROGRAM_VERSION: '3.4' },
      false,
    ],
    [{ TERM: 'tmux-256color', TMUX: '/tmp/t,1,0', TERM_PROGRAM: 'tmux', TERM_PROGRAM_VERSION: '3.5a' }, true],
    [
      { TERM: 'tmux-256color', TMUX: '/tmp/t,1,0', TERM_PROGRAM: 'tmux', TERM_PROGRAM_VERSION: 'next-3.6' },
      false,
    ],
    [{ TERM: 'tmux-256color', TMUX: '/tmp/t,1,0' }, false],
    [{ TERM: 'linux' }, false],
    [{ TERM: 'screen' }, false],
    [{ TERM: 'xterm', STY: '1234.pts-0.host' }, false],
    [{ TERM: 'linux', WARROOM_SYNC: '1' }, true],
    [{ TERM: 'xterm-256color', WARROOM_SYNC: '0' }, false],
  ])('%o → %s', (env, expected) => {
    expect(wantsSyncOutput(env)).toBe(expected);
  });
});

describe('colour depth falls back by COLORTERM and TERM', () => {
  it.each([
    [{ COLORTERM: 'truecolor', TERM: 'xterm-256color' }, 'truecolor'],
    [{ COLORTERM: '24bit', TERM: 'xterm' }, 'truecolor'],
    [{ TERM: 'xterm-direct' }, 'truecolor'],
    [{ TERM: 'xterm-256color' }, '256'],
    [{ TERM: 'tmux-256color' }, '256'],
    [{ TERM: 'xterm' }, '16'],
    [{ TERM: 'linux' }, '16'],
    [{}, '16'],
  ])('%o → %s', (env, expected) => {
    expect(colorDepth(env)).toBe(expected);
  });

  it('maps hex colours to the nearest 256 and 16 colour', () => {
    expect(rgbTo256(255, 0, 0)).toBe(196);
    expect(rgbTo256(0x30, 0x30, 0x30)).toBe(236);
    expect(rgbTo16(250, 10, 10)).toBe(9);
    expect(fitColor('38;2;255;0;0', '256')).toBe('38;5;196');
    expect(fitColor('48;2;0;0;0', '16')).toBe('40');
    expect(fitColor('38;2;250;250;250', '16')).toBe('97');
    expect(fitColor('38;5;196', '16')).toBe('91');
    expect(fitColor('38;5;196', '256')).toBe('38;5;196');
    expect(fitColor('31', '16')).toBe('31');
    expect(fitColor('38;2;1;2;3', 'truecolor')).toBe('38;2;1;2;3');
  });
});

describe('the cell renderer honours the decisions', () => {
  const frame = '\u001b[38;2;255;0;0mSEV1\u001b[39m checkout';

  it('leaves out the synchronized-output markers when gated off, and keeps them when on', () => {
    const off = new ScreenDiffer({ sync: false }).update(frame, 20, 2);
    expect(off).toContain('SEV1');
    expect(off).not.toContain(BSU);
    expect(off).not.toContain(ESU);
    const on = new ScreenDiffer().update(frame, 20, 2);
    expect(on.startsWith(BSU) && on.endsWith(ESU)).toBe(true);
  });

  it('writes 24-bit colours as 256 or 16 colours when the terminal lacks truecolor', () => {
    expect(new ScreenDiffer({ depth: '256' }).update(frame, 20, 2)).toContain('\u001b[38;5;196m');
    const sixteen = new ScreenDiffer({ depth: '16' }).update(frame, 20, 2);
    expect(sixteen).toContain('\u001b[91m');
    expect(sixteen).not.toContain('38;2;');
  });

  it('sends no DEC 2026 inside tmux 3.4, end to end through the stand-in stdout', async () => {
    const writes: string[] = [];
    const real = {
      isTTY: true,
      columns: 20,
      rows: 2,
      write: (s: string) => {
        writes.push(s);
        return true;
      },
      on: () => real,
      off: () => real,
    };
    const env = {
      TERM: 'screen-256color',
      TMUX: '/tmp/t,1,0',
      TERM_PROGRAM: 'tmux',
      TERM_PROGRAM_VERSION: '3.4',
    };
    const options = screenOutput(real as unknown as NodeJS.WriteStream, env);
    const cells = options.stdout as unknown as CellStdout;
    cells.write(frame);
    const deadline = Date.now() + 5000;
    while (!writes.some((w) => w.includes('SEV1')) && Date.now() < deadline) {
      await new Promise((r) => setImmediate(r));
    }
    cells.stop();
    const out = writes.join('');
    expect(out).toContain('SEV1');
    expect(out).not.toContain(BSU);
    expect(out).toContain('\u001b[38;5;196m');
  });
});
