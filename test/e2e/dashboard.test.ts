import { afterEach, describe, expect, it } from 'vitest';
import { spawnWarroom, type Terminal } from '../helpers/pty.js';

const ENTER_ALT = '\u001b[?1049h';
const LEAVE_ALT = '\u001b[?1049l';

let term: Terminal | undefined;
afterEach(() => {
  try {
    term?.kill('SIGKILL');
  } catch {
    // already gone
  }
  term = undefined;
});

describe('the real binary in a terminal', () => {
  it('shows the demo in the alternate screen at 80x24, opens help, and quits cleanly on q', async () => {
    term = spawnWarroom(['demo', '--speed', '20'], 80, 24, { NO_COLOR: '' });
    await term.waitForOutput((raw) => raw.includes(ENTER_ALT), 'the alternate screen');
    const screen = await term.waitFor((s) => s.includes('payments') && s.includes('live'), 'live services');
    expect(screen).toContain('postgres-primary');
    expect(screen).toContain('demo · replay ×20');
    term.write('?');
    await term.waitFor((s) => s.includes('Keys —'), 'the help overlay');
    term.write('\u001b');
    await term.waitFor((s) => !s.includes('Keys —') && s.includes('payments'), 'the help to close');
    term.write('q');
    const { exitCode } = await term.exited;
    expect(exitCode).toBe(0);
    const raw = term.output();
    expect(raw.lastIndexOf(LEAVE_ALT)).toBeGreaterThan(raw.lastIndexOf(ENTER_ALT));
    expect(raw.endsWith('\u001b[?25h') || raw.includes('\u001b[?25h')).toBe(true);
  });

  it('draws ASCII only under LANG=C, keeping the layout', async () => {
    term = spawnWarroom(['demo', '--speed', '20'], 80, 24, { LANG: 'C', LC_ALL: '', LC_CTYPE: '' });
    const screen = await term.waitFor((s) => s.includes('payments') && s.includes('live'), 'live services');
    expect(screen).toContain('* 127.0.0.1');
    expect(screen).toContain('demo . replay x20');
    expect(term.output()).not.toMatch(/[^\u0000-\u007f]/);
    term.write('q');
    expect((await term.exited).exitCode).toBe(0);
  });

  it('quits on Ctrl+C too and restores the terminal', async () => {
    term = spawnWarroom(['demo'], 80, 24);
    await term.waitFor((s) => s.includes('payments'), 'the services');
    term.write('\u0003');
    const { exitCode } = await term.exited;
    expect(exitCode).toBe(0);
    expect(term.output()).toContain(LEAVE_ALT);
  });

  it('says the terminal is too small at 40x12, and recovers when it grows', async () => {
    term = spawnWarroom(['demo'], 40, 12);
    await term.waitFor((s) => s.includes('Terminal too small'), 'the too-small message');
    term.resize(100, 30);
    await term.waitFor(
      (s) => s.includes('payments') && !s.includes('too small'),
      'the dashboard after resize',
    );
    term.write('q');
    expect((await term.exited).exitCode).toBe(0);
  });

  it('exits with code 2 and one sentence on a bad flag', async () => {
    term = spawnWarroom(['--speed', 'fast'], 80, 24);
    const { exitCode } = await term.exited;
    expect(exitCode).toBe(2);
    expect(term.output()).toContain('--speed takes a number from 0.1 to 600, not "fast"');
    expect(term.output()).not.toMatch(/\bat .+\.js:\d+/);
  });
});

describe('terminals it cannot use', () => {
  it('refuses TERM=dumb with a sentence and exit code 2', async () => {
    term = spawnWarroom(['demo'], 80, 24, { TERM: 'dumb' });
    const { exitCode } = await term.exited;
    expect(exitCode).toBe(2);
    expect(term.output()).toContain('TERM=dumb cannot move the cursor');
  });
});
