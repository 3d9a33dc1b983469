// Build-time patch of Ink 8's Output (node_modules/ink/build/output.js), applied by esbuild while it
// bundles dist/warroom.js; node_modules is never edited. Why: Ink makes a new Output for every frame,
// and with it new caches of each line's styled characters and string widths, so every frame
// tokenised and measured every line of the screen again, though almost all of them are the same as
// the frame before. With the patch each frame's caches also read the previous frame's (and forget
// anything older, so they hold at most two screens' worth), and Ink fills the blank grid with one
// shared blank cell instead of a new object per cell (Ink never mutates a cell; it replaces it).
// What is drawn does not change. test/render/ink-patch.test.ts pins both the anchors and the output.

const EDITS = [
  {
    what: 'caches that outlive the frame',
    from: 'caches = new OutputCaches();',
    to: 'caches = frameCaches();',
  },
  {
    what: 'the blank grid shares one cell',
    from: `row.push({
                    type: 'char',
                    value: ' ',
                    fullWidth: false,
                    styles: [],
                });`,
    to: 'row.push(BLANK_CELL);',
  },
  {
    what: 'caches that reach back one frame',
    from: 'export default class Output {',
    to: `// Each frame's caches can read the frame before's: what both frames show is tokenised once, and
// what the screen no longer shows is dropped after one frame, so the caches hold two screens at most.
class FrameCaches extends OutputCaches {
    constructor(previous) {
        super();
        this.previous = previous;
    }
    getStyledChars(line) {
        const cached = this.styledChars.get(line) ?? this.previous?.styledChars.get(line);
        if (cached === undefined) return super.getStyledChars(line);
        this.styledChars.set(line, cached);
        return cached;
    }
    getStringWidth(text) {
        const cached = this.widths.get(text) ?? this.previous?.widths.get(text);
        if (cached === undefined) return super.getStringWidth(text);
        this.widths.set(text, cached);
        return cached;
    }
    getWidestLine(text) {
        const cached = this.blockWidths.get(text) ?? this.previous?.blockWidths.get(text);
        if (cached === undefined) return super.getWidestLine(text);
        this.blockWidths.set(text, cached);
        return cached;
    }
}
let lastCaches;
function frameCaches() {
    if (lastCaches !== undefined) lastCaches.previous = undefined;
    lastCaches = new FrameCaches(lastCaches);
    return lastCaches;
}
const BLANK_CELL = Object.freeze({ type: 'char', value: ' ', fullWidth: false, styles: Object.freeze([]) });
export default class Output {`,
  },
];

/** Ink's output.js with the edits made; throws, naming the edit, when Ink's text has moved on. */
export function patchInkOutput(source) {
  let out = source;
  for (const edit of EDITS) {
    const at = out.indexOf(edit.from);
    if (at < 0 || out.indexOf(edit.from, at + 1) >= 0)
      throw new Error(`ink-patch: "${edit.what}" does not apply to this Ink (scripts/ink-patch.mjs)`);
    out = out.slice(0, at) + edit.to + out.slice(at + edit.from.length);
  }
  return out;
}

/** The esbuild plugin that applies the patch to Ink's output.js. */
export const inkPatchPlugin = {
  name: 'ink-output-caches',
  setup(b) {
    b.onLoad({ filter: /[\\/]ink[\\/]build[\\/]output\.js$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      return { contents: patchInkOutput(await readFile(args.path, 'utf8')), loader: 'js' };
    });
  },
};
