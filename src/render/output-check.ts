/**
 * A check that the fast output draws what Ink's own Output draws: both frames are read into cells
 * (glyph, width, style) and compared. The tests use it directly; WARROOM_OUTPUT_CHECK=FILE makes the
 * dashboard run it on every frame and append each difference to FILE (slow: for tests and audits).
 */
import { appendFileSync } from 'node:fs';
import { parseFrame } from './grid.js';
import { StyleTable } from './style.js';

/** The first cell where two frames differ at columns x rows, or undefined when they draw the same. */
export function frameDifference(a: string, b: string, columns: number, rows: number): string | undefined {
  const styles = new StyleTable('truecolor');
  const ga = parseFrame(a, columns, rows, styles);
  const gb = parseFrame(b, columns, rows, styles);
  for (let i = 0; i < columns * rows; i += 1) {
    if (ga.text[i] !== gb.text[i] || ga.width[i] !== gb.width[i] || ga.style[i] !== gb.style[i]) {
      const cell = (g: typeof ga): string =>
        JSON.stringify({ text: g.text[i], width: g.width[i], style: styles.get(g.style[i]!) });
      return `row ${Math.floor(i / columns)}, column ${i % columns}: ${cell(ga)} != ${cell(gb)}`;
    }
  }
  return undefined;
}

/** What the check is given: each frame both ways, and each text node's kept text beside a fresh one. */
export type OutputChecker = {
  frame(fast: string, ink: string, columns: number, rows: number): void;
  squash(kept: string, fresh: string): void;
};

/** The checker the environment asks for: it records what it compares in a file, or undefined. */
export function outputChecker(env: NodeJS.ProcessEnv = process.env): OutputChecker | undefined {
  const file = env.WARROOM_OUTPUT_CHECK;
  if (!file) return undefined;
  let frame = 0;
  const record = (line: object): void => appendFileSync(file, `${JSON.stringify(line)}\n`);
  return {
    frame(fast, ink, columns, rows) {
      frame += 1;
      const found = frameDifference(fast, ink, columns, rows);
      record(found === undefined ? { frame, same: true } : { frame, same: false, at: found, fast, ink });
    },
    squash(kept, fresh) {
      if (kept !== fresh) record({ frame, same: false, at: 'a text node kept a text it no longer has', kept, fresh });
    },
  };
}
