/** Turning what Ink's useInput reports into a list of key names, one per key press. */
import type { Key } from 'ink';
import { hasControls } from '../text/controls.js';

/**
 * Keys typed fast, pasted, or sent over a slow link arrive in one read as a string such as
 * "jj "; each character is its own key press.
 */
export function keyNames(input: string, key: Key): string[] {
  if (key.ctrl && input.length === 1) return [`ctrl+${input.toLowerCase()}`];
  if (key.upArrow) return ['up'];
  if (key.downArrow) return ['down'];
  if (key.leftArrow) return ['left'];
  if (key.rightArrow) return ['right'];
  if (key.pageUp) return ['pageup'];
  if (key.pageDown) return ['pagedown'];
  if (key.home) return ['home'];
  if (key.end) return ['end'];
  if (key.return) return ['enter'];
  if (key.escape) return ['escape'];
  if (key.tab) return [key.shift ? 'shift+tab' : 'tab'];
  if (key.backspace || key.delete) return ['backspace'];
  const out: string[] = [];
  for (const ch of input) {
    if (ch === ' ') out.push('space');
    else if (ch === '\r' || ch === '\n') out.push('enter');
    else if (ch === '\u007f' || ch === '\b') out.push('backspace');
    else if (!hasControls(ch)) out.push(ch);
  }
  return out;
}
