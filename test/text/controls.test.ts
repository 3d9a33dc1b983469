import { describe, expect, it } from 'vitest';
import { escapeControls, escapeControlsDeep, hasControls } from '../../src/text/controls.js';

/** Every code point that must never reach a terminal or a file raw. */
const HOSTILE = [
  ...Array.from({ length: 0x20 }, (_, i) => i).filter((c) => c !== 0x0a),
  0x7f,
  ...Array.from({ length: 0x20 }, (_, i) => 0x80 + i),
  0x2028,
  0x2029,
  0x202a,
  0x202b,
  0x202c,
  0x202d,
  0x202e,
  0x2066,
  0x2067,
  0x2068,
  0x2069,
];
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe('control characters are shown, never obeyed', () => {
  it.each(HOSTILE.map((cp) => [cp.toString(16), cp]))('U+%s is escaped visibly', (_hex, cp) => {
    const text = `a${String.fromCodePoint(cp)}b`;
    const out = escapeControls(text);
    expect(out).not.toMatch(RAW);
    expect(out).not.toBe('ab');
    expect(hasControls(text)).toBe(true);
  });

  it('shows ESC as ␛, DEL as ␡, a C1 CSI and an RLO as text', () => {
    expect(escapeControls('db\u009b8mhidden')).toBe('db\\u009b8mhidden');
    expect(escapeControls('\u001b]0;owned\u0007x')).toBe('␛]0;owned␇x');
    expect(escapeControls('a\u007fb\u202egnp.exe')).toBe('a␡b\\u202egnp.exe');
  });

  it('keeps newlines in multi-line text, shows them in one-line fields, and turns a tab into a space', () => {
    expect(escapeControls('one\r\ntwo\tthree', { multiline: true })).toBe('one\ntwo three');
    expect(escapeControls('one\ntwo')).toBe('one␊two');
    expect(hasControls('one\ntwo', { multiline: true })).toBe(false);
  });

  it('leaves ordinary text, emoji and CJK alone', () => {
    const plain = 'payments ✔ 決済 🔥 café';
    expect(escapeControls(plain)).toBe(plain);
    expect(hasControls(plain)).toBe(false);
  });

  it('escapes every string inside plain data', () => {
    expect(escapeControlsDeep({ a: ['x\u009by'], b: { c: 'ok\nline' }, n: 3 })).toEqual({
      a: ['x\\u009by'],
      b: { c: 'ok\nline' },
      n: 3,
    });
  });
});
