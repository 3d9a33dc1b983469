import { describe, expect, it } from 'vitest';
import { type Modal, modalKey } from '../../src/ui/modal.js';

function typeAll(modal: Modal, keys: string[]) {
  let m = modal;
  for (const k of keys) {
    const r = modalKey(m, k);
    if (r.done) return r;
    m = r.modal;
  }
  return { done: false as const, modal: m };
}

describe('modals', () => {
  it('a prompt edits, clears with Ctrl+U, and refuses an empty answer unless allowed', () => {
    const prompt: Modal = { kind: 'prompt', purpose: 'p', label: 'Title?', value: 'prefilled' };
    const r = typeAll(prompt, ['ctrl+u', 'o', 'k', 'backspace', 'k', 'enter']);
    expect(r.done && r.value).toBe('ok');
    expect(modalKey({ ...prompt, value: '' }, 'enter').done).toBe(false);
    expect(modalKey({ ...prompt, value: '', allowEmpty: true }, 'enter').done).toBe(true);
  });

  it('a yes/no confirmation answers only to y or n, never to Enter or other keys', () => {
    const confirm: Modal = { kind: 'confirm', purpose: 'c', label: 'Run?', value: '' };
    for (const k of ['enter', 'space', 'j', 'x', '1']) expect(modalKey(confirm, k).done).toBe(false);
    expect(modalKey(confirm, 'y')).toMatchObject({ done: true, cancelled: false });
    expect(modalKey(confirm, 'n')).toMatchObject({ done: true, cancelled: true });
  });

  it('a type-back confirmation needs the exact target, so repeated keys cannot pass it', () => {
    const confirm: Modal = {
      kind: 'confirm',
      purpose: 'c',
      label: 'Restart?',
      value: '',
      typeBack: 'payments',
    };
    expect(typeAll(confirm, ['y', 'y', 'y', 'enter']).done).toBe(false);
    expect(typeAll(confirm, [...'payment', 'enter']).done).toBe(false);
    const ok = typeAll(confirm, [...'payments', 'enter']);
    expect(ok.done && ok.value).toBe('payments');
  });

  it('a picker moves, wraps, and picks by number', () => {
    const picker: Modal = {
      kind: 'picker',
      purpose: 'p',
      label: 'Pick',
      index: 0,
      options: [
        { id: 'a', label: 'A' },
        { id: 'b', label: 'B' },
      ],
    };
    expect(typeAll(picker, ['down', 'down', 'enter'])).toMatchObject({ done: true, value: 'a' });
    expect(typeAll(picker, ['2'])).toMatchObject({ done: true, value: 'b' });
    expect(typeAll(picker, ['9']).done).toBe(false);
  });
});

describe('a refused Enter', () => {
  it('says why, until something is typed', () => {
    const prompt: Modal = { kind: 'prompt', purpose: 'p', label: 'Title?', value: '' };
    const r = modalKey(prompt, 'enter');
    expect(r.done).toBe(false);
    expect(!r.done && r.modal.kind === 'prompt' && r.modal.refused).toBe(
      'type something first, or Esc to cancel',
    );
  });
});
