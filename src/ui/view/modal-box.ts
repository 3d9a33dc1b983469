/**
 * How big the modal box is: as wide as its content (up to a cap, so a palette can use a wide
 * screen) and never taller than the room it has; a long picker shows a window around the choice.
 */
import type { Modal } from '../modal.js';
import { cellWidth } from './format.js';

/** The widest a modal grows, whatever the screen. */
export const MODAL_MAX_COLUMNS = 140;
/** The narrowest it gets when the screen allows. */
const MODAL_MIN_COLUMNS = 60;
/** Border and padding around the content, in columns; border above and below, in rows. */
const FRAME_COLUMNS = 4;
const FRAME_ROWS = 2;

/** The picker's numbered option text, before its hint. */
export function optionText(index: number, label: string, selected: boolean): string {
  return `${selected ? '▶' : ' '} ${index + 1}. ${label}`;
}

/** Cells the picker's label column takes inside `inner`: all of it without hints, else room for them. */
export function labelColumn(modal: Modal, inner: number): number {
  if (modal.kind !== 'picker') return inner;
  const hint = Math.max(0, ...modal.options.map((o) => (o.hint ? cellWidth(o.hint) + 1 : 0)));
  if (hint === 0) return inner;
  const longest = Math.max(0, ...modal.options.map((o, i) => cellWidth(optionText(i, o.label, false))));
  return Math.min(inner, longest, Math.max(40, inner - hint));
}

/** The box's width on a screen `columns` wide: sized to its content, between 60 and 140. */
export function modalWidth(modal: Modal, columns: number, cap = MODAL_MAX_COLUMNS): number {
  if (modal.kind === 'none') return 0;
  const label = Math.max(...modal.label.split('\n').map(cellWidth));
  const options =
    modal.kind === 'picker'
      ? Math.max(0, ...modal.options.map((o, i) => cellWidth(optionText(i, o.label, false)) + (o.hint ? 1 + cellWidth(o.hint) : 0)))
      : 0;
  const value = modal.kind === 'picker' ? 0 : cellWidth(modal.value) + 3;
  const windowed = modal.kind === 'picker' ? 16 : 0; // "21-32 of 40 · " when the options scroll
  const content = Math.max(label, options, value, cellWidth(keysLine(modal)) + windowed) + FRAME_COLUMNS;
  const most = Math.min(columns, cap);
  return Math.max(Math.min(most, MODAL_MIN_COLUMNS), Math.min(most, content));
}

/** Rows the box takes, and which picker options it shows, when it may take `maxRows` at most. */
export function modalRows(modal: Modal, maxRows: number): { rows: number; offset: number; count: number } {
  if (modal.kind === 'none') return { rows: 0, offset: 0, count: 0 };
  const label = modal.label.split('\n').length;
  const fixed = FRAME_ROWS + label + 1; // the label lines and the keys line
  if (modal.kind !== 'picker') {
    const input = modal.kind === 'prompt' || modal.typeBack !== undefined ? 1 : 0;
    return { rows: fixed + input, offset: 0, count: 0 };
  }
  const total = modal.options.length;
  const room = Math.max(1, Math.min(total, maxRows - fixed));
  // The choice sits mid-window where it can, so what is around it stays in view both ways.
  const offset = Math.max(0, Math.min(total - room, Math.max(0, modal.index) - Math.floor(room / 2)));
  return { rows: fixed + room, offset, count: room };
}

/** The box's last line: the keys that answer it, or why the last answer was refused. */
export function keysLine(modal: Modal): string {
  switch (modal.kind) {
    case 'picker':
      if (modal.refused) return `✖ ${modal.refused}`;
      return modal.index < 0
        ? 'nothing preselected: ↑/↓ or 1-9 choose · Esc cancels'
        : '↑/↓ or 1-9 choose · Enter picks · Esc cancels';
    case 'prompt':
      return modal.refused && !modal.value ? `✖ ${modal.refused}` : 'Enter saves · Esc cancels';
    case 'confirm':
      if (modal.data?.copyable === '1') return 'y runs · c copies the command · n or Esc cancels';
      return modal.typeBack !== undefined
        ? `type ${modal.typeBack} then Enter · Esc cancels`
        : 'y confirms · n or Esc cancels';
    default:
      return '';
  }
}
