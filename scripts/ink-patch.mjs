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

/** The esbuild plugin that applies the patch. */
export const inkPatchPlugin = {
  name: 'ink-skip-unchanged-commits',
  setup(b) {
    b.onLoad({ filter: /[\\/]ink[\\/]build[\\/](reconciler|components[\\/]Text)\.js$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      const file = args.path.endsWith('reconciler.js') ? 'reconciler.js' : 'Text.js';
      return { contents: patchInk(file, await readFile(args.path, 'utf8')), loader: 'js' };
    });
  },
};
