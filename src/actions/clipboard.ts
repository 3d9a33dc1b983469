/**
 * Copying through the terminal with OSC 52, which also reaches the local clipboard over SSH.
 * Terminals may refuse OSC 52 without a word (many disable it by default, or cap its size), so
 * the UI should say "sent to the terminal clipboard (if your terminal allows it)", never "copied".
 */

import { escapeControls } from '../text/controls.js';

/** Base64 length past which terminals (xterm, hterm, tmux) commonly drop the sequence. */
export const OSC52_MAX_BASE64 = 74_994;

/** The sequence to write, or why there is none. */
export type Osc52 =
  | { readonly ok: true; readonly sequence: string }
  | { readonly ok: false; readonly error: string };

/** The OSC 52 sequence that puts `text` on the clipboard; wrapped for tmux passthrough when $TMUX is set. */
export function osc52(text: string, env: NodeJS.ProcessEnv = process.env): Osc52 {
  const b64 = Buffer.from(escapeControls(text, { multiline: true }), 'utf8').toString('base64');
  if (b64.length > OSC52_MAX_BASE64) {
    const kb = Math.ceil(Buffer.byteLength(text, 'utf8') / 1024);
    return { ok: false, error: `${kb} KB is too long for the terminal clipboard; use the file target` };
  }
  const sequence = `\x1b]52;c;${b64}\x07`;
  if (!env.TMUX) return { ok: true, sequence };
  // tmux passes a DCS through only when every ESC inside it is doubled (and allow-passthrough is on).
  return { ok: true, sequence: `\x1bPtmux;${sequence.replaceAll('\x1b', '\x1b\x1b')}\x1b\\` };
}

/** The message the UI shows after writing the sequence. */
export const OSC52_SENT = 'sent to the terminal clipboard (if your terminal allows it)';
