/**
 * Control characters are data, never terminal commands. C0 (except a newline where lines are
 * allowed), DEL, C1 (U+0080–U+009F, which terminals and Ink read as escape introducers), the
 * line/paragraph separators and the bidi embeddings, overrides and isolates are replaced by a
 * visible form: C0 by its control picture (ESC → ␛), DEL by ␡, the rest by `\u009b`-style text.
 */

// Tab and newline are in the class too: the replacer decides what they become.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const CONTROL_ALL = new RegExp(CONTROL.source, 'g');

/** Whether a newline is kept (multi-line text such as notes) or shown as ␤ (one-line fields). */
export type ControlOptions = { readonly multiline?: boolean };

function visible(ch: string, multiline: boolean): string {
  const cp = ch.codePointAt(0) ?? 0;
  if (ch === '\t') return ' ';
  if (ch === '\n' && multiline) return '\n';
  if (cp < 0x20) return String.fromCodePoint(0x2400 + cp);
  if (cp === 0x7f) return '\u2421';
  return `\\u${cp.toString(16).padStart(4, '0')}`;
}

/** Whether `text` holds a character {@link escapeControls} would change. */
export function hasControls(text: string, options: ControlOptions = {}): boolean {
  if (!CONTROL.test(text)) return false;
  if (!options.multiline) return true;
  return /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/.test(text);
}

/** `text` with every control character in its visible form (see the file comment); `\r\n` becomes `\n`. */
export function escapeControls(text: string, options: ControlOptions = {}): string {
  if (!CONTROL.test(text)) return text;
  const multiline = options.multiline === true;
  const flat = multiline ? text.replace(/\r\n?/g, '\n') : text;
  return flat.replace(CONTROL_ALL, (ch) => visible(ch, multiline));
}

/** A copy of plain data with every string escaped (newlines kept: records hold multi-line notes). */
export function escapeControlsDeep<T>(value: T): T {
  if (typeof value === 'string') return escapeControls(value, { multiline: true }) as T;
  if (Array.isArray(value)) return value.map((v) => escapeControlsDeep(v)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, escapeControlsDeep(v)])) as T;
  }
  return value;
}
