import { describe, expect, it } from 'vitest';
import { OSC52_MAX_BASE64, osc52 } from '../../src/actions/index.js';

function decode(sequence: string): string {
  const match = /\x1b\]52;c;([A-Za-z0-9+/=]*)\x07/.exec(sequence);
  if (!match) throw new Error(`no OSC 52 in ${JSON.stringify(sequence)}`);
  return Buffer.from(match[1]!, 'base64').toString('utf8');
}

describe('OSC 52 clipboard', () => {
  const text = 'UPDATE [14:05 UTC] — payments ✔ back\nnext: 14:35';

  it('encodes the text as base64 in a BEL-terminated OSC 52 sequence that decodes back', () => {
    const r = osc52(text, {});
    if (!r.ok) throw new Error(r.error);
    expect(r.sequence.startsWith('\x1b]52;c;')).toBe(true);
    expect(r.sequence.endsWith('\x07')).toBe(true);
    expect(decode(r.sequence)).toBe(text);
  });

  it('wraps the sequence for tmux passthrough under $TMUX', () => {
    const r = osc52(text, { TMUX: '/tmp/tmux-1000/default,123,0' });
    if (!r.ok) throw new Error(r.error);
    expect(r.sequence.startsWith('\x1bPtmux;\x1b\x1b]52;c;')).toBe(true);
    expect(r.sequence.endsWith('\x07\x1b\\')).toBe(true);
    expect(decode(r.sequence.replaceAll('\x1b\x1b', '\x1b'))).toBe(text);
  });

  it('refuses text too long for terminals and points at the file target', () => {
    const r = osc52('x'.repeat((OSC52_MAX_BASE64 / 4) * 3 + 3), {});
    expect(r).toEqual({
      ok: false,
      error: expect.stringContaining('too long for the terminal clipboard; use the file target'),
    });
    expect(osc52('x'.repeat((OSC52_MAX_BASE64 / 4) * 3 - 3), {}).ok).toBe(true);
  });
});
