/** A small multi-line text editor as a pure reducer: the composer's body. */

/** Text as lines and a cursor. */
export type EditorState = { readonly lines: readonly string[]; readonly row: number; readonly col: number };

/** An editor holding `text`, cursor at the end. */
export function editorFrom(text: string): EditorState {
  const lines = text.split('\n');
  const row = lines.length - 1;
  return { lines, row, col: [...(lines[row] ?? '')].length };
}

/** The text being edited. */
export function editorText(e: EditorState): string {
  return e.lines.join('\n');
}

const MAX_CHARS = 8000;

/** Applies one key name (see keys/decode.ts); unknown keys change nothing. */
export function editorKey(e: EditorState, key: string): EditorState {
  const line = [...(e.lines[e.row] ?? '')];
  const set = (lines: string[], row: number, col: number): EditorState => ({ lines, row, col });
  const lines = [...e.lines];
  switch (key) {
    case 'left':
      if (e.col > 0) return { ...e, col: e.col - 1 };
      return e.row > 0 ? { ...e, row: e.row - 1, col: [...(lines[e.row - 1] ?? '')].length } : e;
    case 'right':
      if (e.col < line.length) return { ...e, col: e.col + 1 };
      return e.row < lines.length - 1 ? { ...e, row: e.row + 1, col: 0 } : e;
    case 'up':
      return e.row > 0
        ? { ...e, row: e.row - 1, col: Math.min(e.col, [...(lines[e.row - 1] ?? '')].length) }
        : e;
    case 'down':
      return e.row < lines.length - 1
        ? { ...e, row: e.row + 1, col: Math.min(e.col, [...(lines[e.row + 1] ?? '')].length) }
        : e;
    case 'home':
      return { ...e, col: 0 };
    case 'end':
      return { ...e, col: line.length };
    case 'enter':
      lines.splice(e.row, 1, line.slice(0, e.col).join(''), line.slice(e.col).join(''));
      return set(lines, e.row + 1, 0);
    case 'backspace':
      if (e.col > 0) {
        line.splice(e.col - 1, 1);
        lines[e.row] = line.join('');
        return set(lines, e.row, e.col - 1);
      }
      if (e.row === 0) return e;
      {
        const prev = [...(lines[e.row - 1] ?? '')];
        lines.splice(e.row - 1, 2, prev.join('') + line.join(''));
        return set(lines, e.row - 1, prev.length);
      }
    default: {
      const text = key === 'space' ? ' ' : [...key].length === 1 ? key : '';
      if (!text || editorText(e).length >= MAX_CHARS) return e;
      line.splice(e.col, 0, text);
      lines[e.row] = line.join('');
      return set(lines, e.row, e.col + 1);
    }
  }
}
