/**
 * The switch between Ink's own Output and the fast one (src/render/fast-output.ts), and the hooks
 * the build's patch puts into Ink's text handling while it is on: measuring and passing through
 * text of simple glyphs without string-width or sanitising, and keeping each text node's squashed
 * text until Ink marks it dirty. Off (Ink as shipped, apart from the commit patch) by default.
 */
import { simpleWidestLine } from './line-cells.js';
import { type OutputChecker, outputChecker } from './output-check.js';

/** Whether the fast output is on, and the check WARROOM_OUTPUT_CHECK asks for. */
export const fast: { on: boolean; readonly check: OutputChecker | undefined } = {
  on: false,
  check: outputChecker(),
};

/** Turns the fast output on (the cell renderer does) or off (Ink's own output, the default). */
export function setFastOutput(on: boolean): void {
  fast.on = on;
}

/**
 * Whether Ink's sanitising would give the text back unchanged: only simple glyphs, line breaks and
 * SGR escapes of digits and semicolons (checked only while the fast output is on).
 */
export function keepsAsIs(text: string): boolean {
  return fast.on && simpleWidestLine(text) >= 0;
}

/** Ink's DOM node as far as squashing goes: its kind, its parent, and the text kept for it. */
type TextNode = { nodeName: string; parentNode?: TextNode; squashed?: string };
const inText = (n: TextNode): boolean =>
  n.nodeName === '#text' || n.nodeName === 'ink-text' || n.nodeName === 'ink-virtual-text';

/**
 * The text Ink squashed for a text node the last time, while nothing under it has changed since
 * (Ink squashes every text node on every frame, colouring each nested run again). Kept only while
 * the fast output is on; under the check it is recomputed and compared instead.
 */
export function squashedBefore(node: TextNode): string | undefined {
  return fast.on && fast.check === undefined ? node.squashed : undefined;
}

/** Keeps a text node's squashed text (the check compares it with what was kept). */
export function keepSquashed(node: TextNode, text: string): void {
  if (!fast.on) return;
  if (fast.check && node.squashed !== undefined) fast.check.squash(node.squashed, text);
  node.squashed = text;
}

/** Forgets the squashed text of a node and the text nodes around it: Ink marks it dirty on every change. */
export function forgetSquashed(node: TextNode): void {
  for (let n: TextNode | undefined = node; n !== undefined && inText(n); n = n.parentNode)
    n.squashed = undefined;
}

/** Ink's measure of a text of simple glyphs (width and lines), counted without its cache; undefined otherwise. */
export function measureSimple(text: string): { width: number; height: number } | undefined {
  if (!fast.on || text.length === 0) return undefined;
  const width = simpleWidestLine(text);
  if (width < 0) return undefined;
  let height = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) height += 1;
  return { width, height };
}
