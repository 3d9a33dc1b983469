/**
 * Modal interactions (a text prompt, a picker, a confirmation) as pure data and a pure reducer.
 * Each carries a `purpose` so the app knows what to do with the answer.
 */

/** One choice in a picker. */
export type PickOption = { readonly id: string; readonly label: string; readonly hint?: string };

/** What is open on top of the dashboard. */
export type Modal =
  | { readonly kind: 'none' }
  | {
      readonly kind: 'prompt';
      readonly purpose: string;
      readonly label: string;
      readonly value: string;
      readonly data?: Readonly<Record<string, string>>;
      readonly allowEmpty?: boolean;
      /** Why the last Enter was refused, shown until the next key. */
      readonly refused?: string;
    }
  | {
      readonly kind: 'picker';
      readonly purpose: string;
      readonly label: string;
      readonly options: readonly PickOption[];
      /** The highlighted option; -1 when nothing is chosen yet (the user must pick). */
      readonly index: number;
      readonly data?: Readonly<Record<string, string>>;
      /** Why the last Enter was refused, shown until the next key. */
      readonly refused?: string;
    }
  | {
      readonly kind: 'confirm';
      readonly purpose: string;
      readonly label: string;
      /** When set, the user must type this exactly (destructive actions). */
      readonly typeBack?: string;
      readonly value: string;
      readonly data?: Readonly<Record<string, string>>;
    };

/** No modal. */
export const NO_MODAL: Modal = { kind: 'none' };

/** The answer when a modal completes. */
export type ModalResult =
  | { readonly done: false; readonly modal: Modal }
  | { readonly done: true; readonly cancelled: boolean; readonly modal: Modal; readonly value: string };

const MAX_INPUT = 500;

/** Feeds one key name into a modal. Enter completes, Esc cancels; typing edits. */
export function modalKey(modal: Modal, key: string): ModalResult {
  if (modal.kind === 'none') return { done: false, modal };
  if (key === 'escape' || key === 'ctrl+c') return { done: true, cancelled: true, modal, value: '' };
  switch (modal.kind) {
    case 'picker': {
      const n = modal.options.length;
      const { refused: _seen, ...rest } = modal;
      if (key === 'down' || key === 'j' || key === 'tab')
        return { done: false, modal: { ...rest, index: (modal.index + 1) % n } };
      if (key === 'up' || key === 'k' || key === 'shift+tab') {
        const from = modal.index < 0 ? n : modal.index;
        return { done: false, modal: { ...rest, index: (from - 1 + n) % n } };
      }
      if (/^[1-9]$/.test(key) && Number(key) <= n) {
        const picked = modal.options[Number(key) - 1]!;
        return { done: true, cancelled: false, modal, value: picked.id };
      }
      if (key === 'enter') {
        const picked = modal.options[modal.index];
        if (!picked) return { done: false, modal: { ...rest, refused: 'nothing chosen yet: ↑/↓ or 1-9 first' } };
        return { done: true, cancelled: false, modal, value: picked.id };
      }
      return { done: false, modal: rest };
    }
    case 'prompt':
    case 'confirm': {
      if (modal.kind === 'confirm' && modal.typeBack === undefined) {
        if (key === 'y' || key === 'Y') return { done: true, cancelled: false, modal, value: 'y' };
        if (key === 'c' && modal.data?.copyable === '1')
          return { done: true, cancelled: false, modal, value: 'copy' };
        if (key === 'n' || key === 'N') return { done: true, cancelled: true, modal, value: '' };
        return { done: false, modal };
      }
      if (key === 'enter') {
        const value = modal.value.trim();
        if (modal.kind === 'confirm') {
          return value === modal.typeBack
            ? { done: true, cancelled: false, modal, value }
            : { done: false, modal };
        }
        if (!value && !modal.allowEmpty)
          return { done: false, modal: { ...modal, refused: 'type something first, or Esc to cancel' } };
        return { done: true, cancelled: false, modal, value };
      }
      if (key === 'backspace')
        return { done: false, modal: { ...modal, value: [...modal.value].slice(0, -1).join('') } };
      // Ctrl+U clears the line, as in a shell: the quick way past a prefilled value.
      if (key === 'ctrl+u') return { done: false, modal: { ...modal, value: '' } };
      const text = key === 'space' ? ' ' : [...key].length === 1 ? key : '';
      if (!text || modal.value.length >= MAX_INPUT) return { done: false, modal };
      return { done: false, modal: { ...modal, value: modal.value + text } };
    }
    default: {
      const never: never = modal;
      return never;
    }
  }
}
