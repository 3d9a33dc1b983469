// Build-time patch of Ink 8, applied by esbuild while it bundles dist/warroom.js (node_modules is
// never edited; tests that import Ink directly run it unpatched, which draws the same screens).
//
// What: a React commit that changed nothing in Ink's tree no longer lays out and draws the screen.
// Why: Ink redraws the whole screen (Yoga layout, every text node written, every line tokenised)
// after every commit, even one whose host nodes are all as they were: the quiet feed's batch every
// 5 s, a clock tick or a key that leaves the screen as it is. The frame it built was then dropped by
// the cell renderer as unchanged.
// How: the reconciler notes when a mutation reaches the tree (a child added, moved or removed, a
// text or a prop that differs, a node hidden or shown) and resetAfterCommit returns early when none
// did. Ink's <Text> made a new transform function at every render, which counted as a changed prop;
// it is now memoised on the style props it closes over. Resizes and unmounts draw through their own
// paths, untouched. test/render/ink-patch.test.ts bundles a small app with this patch and checks it.
//
// Two more edits, for the cost of the frames that are drawn:
// - Ink's renderer makes its Output through src/render/fast-output.ts, which hands back Ink's own
//   Output unless the cell renderer has switched the fast one on (see that file for what it does
//   and test/render/fast-output.test.ts for the check that both give the same screen);
// - a text node's width before wrapping comes from Ink's measure cache (the same widest-line
//   figure, already computed for layout) instead of being measured again on every frame;
// - with the fast output on, Ink's measure counts the width of text made of simple glyphs and SGR
//   escapes itself (the figure string-width gives, without its grapheme and emoji passes), and
//   squashing a text node skips Ink's sanitising for such text, which would give it back unchanged;
//   a text node keeps its squashed text until Ink marks it or a text under it dirty (every change
//   to a text, a child or a nested transform does), instead of squashing and colouring every nested
//   run again on every frame.

import { fileURLToPath } from 'node:url';

const EDITS = {
  'reconciler.js': [
    [
      'the mutation flag',
      'const hostConfig = {',
      `let hostChanged = true;
// React hands commitUpdate new objects for props that read the same: a new style object (compared
// above, value by value), new children (their changes arrive as text and child mutations) and a new
// accessibility object. Only a prop that really differs changes what is drawn.
const changesOutput = (props, oldProps, newProps) => {
    for (const key of Object.keys(props ?? {})) {
        if (key === 'children' || key === 'style') continue;
        if (key === 'internal_accessibility' && diff(oldProps[key] ?? {}, newProps[key] ?? {}) === undefined) continue;
        return true;
    }
    return false;
};
const hostConfig = {`,
    ],
    [
      'commits without a mutation draw nothing',
      '    resetAfterCommit(rootNode) {\n',
      '    resetAfterCommit(rootNode) {\n        if (!hostChanged) return;\n        hostChanged = false;\n',
    ],
    [
      'a changed prop or style',
      '        if (!props && !style) {\n            return;\n        }\n',
      '        if (!props && !style) {\n            return;\n        }\n' +
        '        if (style || changesOutput(props, oldProps, newProps)) hostChanged = true;\n',
    ],
    [
      'a static node',
      '        if (node.internal_static) {\n            const rootNode',
      '        if (node.internal_static) {\n            hostChanged = true;\n            const rootNode',
    ],
    [
      'a changed text',
      '    commitTextUpdate(node, _oldText, newText) {\n',
      '    commitTextUpdate(node, _oldText, newText) {\n        hostChanged = true;\n',
    ],
    [
      'hidden and shown text',
      '    hideTextInstance(node) {\n',
      '    hideTextInstance(node) {\n        hostChanged = true;\n',
    ],
    [
      'shown text',
      '    unhideTextInstance(node, text) {\n',
      '    unhideTextInstance(node, text) {\n        hostChanged = true;\n',
    ],
    ['hidden nodes', '    hideInstance(node) {\n', '    hideInstance(node) {\n        hostChanged = true;\n'],
    [
      'shown nodes',
      '    unhideInstance(node) {\n',
      '    unhideInstance(node) {\n        hostChanged = true;\n',
    ],
    [
      'children added and moved',
      '    appendChild: appendChildNode,\n    insertBefore: insertBeforeNode,\n',
      '    appendChild(node, child) {\n        hostChanged = true;\n        appendChildNode(node, child);\n    },\n' +
        '    insertBefore(node, child, before) {\n        hostChanged = true;\n        insertBeforeNode(node, child, before);\n    },\n',
    ],
    [
      'children added to the root',
      '    appendChildToContainer: appendChildNode,\n    insertInContainerBefore: insertBeforeNode,\n',
      '    appendChildToContainer(node, child) {\n        hostChanged = true;\n        appendChildNode(node, child);\n    },\n' +
        '    insertInContainerBefore(node, child, before) {\n        hostChanged = true;\n        insertBeforeNode(node, child, before);\n    },\n',
    ],
    [
      'children removed from the root',
      '    removeChildFromContainer(node, removedNode) {\n',
      '    removeChildFromContainer(node, removedNode) {\n        hostChanged = true;\n',
    ],
    [
      'children removed',
      '    removeChild(node, removedNode) {\n',
      '    removeChild(node, removedNode) {\n        hostChanged = true;\n',
    ],
  ],
  'renderer.js': [
    [
      'the output the cell renderer chooses',
      "import Output from './output.js';\n",
      "import InkOutput from './output.js';\n" +
        "import { makeOutput } from 'warroom:fast-output';\n" +
        '// src/render/fast-output.ts when the cell renderer draws, Ink\'s own Output otherwise.\n' +
        'const Output = function Output(options) {\n    return makeOutput(options, InkOutput);\n};\n',
    ],
  ],
  'render-node-to-output.js': [
    ['the measure cache', "import widestLine from 'widest-line';\n", "import measureText from './measure-text.js';\n"],
    [
      'a text node measured from the cache',
      '        const currentWidth = widestLine(text);\n',
      '        const currentWidth = measureText(text).width;\n',
    ],
  ],
  'measure-text.js': [
    [
      'simple text measured by the fast output',
      "import QuickLRU from 'quick-lru';\n",
      "import QuickLRU from 'quick-lru';\nimport { measureSimple } from 'warroom:fast-output';\n",
    ],
    [
      'simple text measured without the cache',
      'const measureText = (text) => {\n',
      'const measureText = (text) => {\n    const simple = measureSimple(text);\n    if (simple !== undefined) {\n        return simple;\n    }\n',
    ],
  ],
  'squash-text-nodes.js': [
    [
      'simple text is not sanitised again',
      "import sanitizeAnsi from './sanitize-ansi.js';\n",
      "import sanitizeAnsi from './sanitize-ansi.js';\nimport { keepsAsIs, keepSquashed, squashedBefore } from 'warroom:fast-output';\n",
    ],
    [
      'a text kept while nothing under the node changed',
      'const squashTextNodes = (node) => {\n',
      'const squashTextNodes = (node) => {\n    const before = squashedBefore(node);\n    if (before !== undefined) {\n        return before;\n    }\n',
    ],
    [
      'the check before sanitising',
      "    text = sanitizeAnsi(text.replaceAll('\\r\\n', '\\n'));\n",
      "    if (!keepsAsIs(text)) {\n    text = sanitizeAnsi(text.replaceAll('\\r\\n', '\\n'));\n",
    ],
    [
      'nor its C1 controls rewritten (it has none)',
      '    // Expand tabs after combining nested text',
      '    }\n    // Expand tabs after combining nested text',
    ],
    ['the text kept', '    return text;\n};\n', '    keepSquashed(node, text);\n    return text;\n};\n'],
  ],
  'dom.js': [
    [
      'the kept text forgotten',
      "import squashTextNodes from './squash-text-nodes.js';\n",
      "import squashTextNodes from './squash-text-nodes.js';\nimport { forgetSquashed } from 'warroom:fast-output';\n",
    ],
    [
      'whenever Ink marks a text dirty',
      'const markNodeAsDirty = (node) => {\n',
      'const markNodeAsDirty = (node) => {\n    forgetSquashed(node);\n',
    ],
  ],
  'Text.js': [
    [
      'a transform that lasts while the style does',
      `    if (childrenOrAriaLabel === undefined ||
        childrenOrAriaLabel === null ||
        (isScreenReaderEnabled && ariaHidden)) {
        return null;
    }
    const transform = (text) => {`,
      '    const transform = React.useCallback((text) => {',
    ],
    [
      'its dependencies, and the early return after the hook',
      `        return text;
    };
    return (`,
      `        return text;
    }, [dimColor, color, effectiveBackgroundColor, bold, italic, underline, strikethrough, inverse]);
    if (childrenOrAriaLabel === undefined ||
        childrenOrAriaLabel === null ||
        (isScreenReaderEnabled && ariaHidden)) {
        return null;
    }
    return (`,
    ],
  ],
};

/** The file's text with the patch's edits made; throws, naming the edit, when Ink's text has moved on. */
export function patchInk(file, source) {
  let out = source;
  for (const [what, from, to] of EDITS[file] ?? []) {
    const at = out.indexOf(from);
    if (at < 0 || out.indexOf(from, at + 1) >= 0)
      throw new Error(`ink-patch: "${what}" does not apply to ink/build/${file} (scripts/ink-patch.mjs)`);
    out = out.slice(0, at) + to + out.slice(at + from.length);
  }
  return out;
}

const FAST_OUTPUT = fileURLToPath(new URL('../src/render/fast-output.ts', import.meta.url));

/** The esbuild plugin that applies the patch. */
export const inkPatchPlugin = {
  name: 'ink-skip-unchanged-commits',
  setup(b) {
    b.onResolve({ filter: /^warroom:fast-output$/ }, () => ({ path: FAST_OUTPUT }));
    b.onLoad(
      { filter: /[\\/]ink[\\/]build[\\/](reconciler|renderer|render-node-to-output|measure-text|squash-text-nodes|dom|components[\\/]Text)\.js$/ },
      async (args) => {
        const { readFile } = await import('node:fs/promises');
        const file = args.path.split(/[\\/]/).at(-1);
        return { contents: patchInk(file, await readFile(args.path, 'utf8')), loader: 'js' };
      },
    );
  },
};
