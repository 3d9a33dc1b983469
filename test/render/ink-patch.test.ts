import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { inkPatchPlugin, patchInk } from '../../scripts/ink-patch.mjs';

const inkFile = (name: string): string => readFileSync(join('node_modules/ink/build', name), 'utf8');

// A small Ink app, rendered in debug mode (every drawn frame is one write) to a stand-in stdout.
const HARNESS = `
import { EventEmitter } from 'node:events';
import React from 'react';
import { Box, Text, render } from 'ink';
const h = React.createElement;
const frames = [];
const stdout = Object.assign(new EventEmitter(), {
  columns: 40, rows: 6, isTTY: true,
  write(s) { if (s !== '') frames.push(s); return true; },
});
const App = ({ text, color }) =>
  h(Box, { flexDirection: 'column', paddingX: 1 }, h(Text, { color }, text), h(Text, { bold: true }, 'static line'));
const { rerender, unmount } = render(h(App, { text: 'alpha', color: 'red' }), { stdout, debug: true, patchConsole: false });
const counts = [frames.length];
rerender(h(App, { text: 'alpha', color: 'red' }));
counts.push(frames.length);
rerender(h(App, { text: 'alpha', color: 'green' }));
counts.push(frames.length);
rerender(h(App, { text: 'beta', color: 'green' }));
counts.push(frames.length);
unmount();
process.stdout.write(JSON.stringify({ counts, frames }));
`;

// As in scripts/build.mjs: Ink's optional React DevTools import gets an inert stand-in.
const noDevtools = {
  name: 'no-devtools',
  setup(b: import('esbuild').PluginBuild) {
    b.onResolve({ filter: /^react-devtools-core$/ }, () => ({ path: 'devtools', namespace: 'stub' }));
    b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
      contents: 'export default { initialize() {}, connectToDevTools() {} };',
    }));
  },
};

/** Bundles the harness as the build does (with or without the patch) and runs it. */
async function run(patched: boolean): Promise<{ counts: number[]; frames: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'warroom-ink-patch-'));
  const out = join(dir, 'harness.mjs');
  await build({
    stdin: { contents: HARNESS, resolveDir: process.cwd(), loader: 'js' },
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
    plugins: patched ? [noDevtools, inkPatchPlugin] : [noDevtools],
  });
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
  return JSON.parse(
    execFileSync(process.execPath, [out], { encoding: 'utf8', env: { ...process.env, CI: '' } }),
  );
}

describe('the Ink patch', () => {
  it('applies to the Ink that is installed, and names the edit that no longer fits', () => {
    expect(patchInk('reconciler.js', inkFile('reconciler.js'))).toContain('if (!hostChanged) return;');
    expect(patchInk('Text.js', inkFile('components/Text.js'))).toContain('React.useCallback((text) => {');
    expect(() => patchInk('reconciler.js', 'const hostConfig = {};')).toThrow(
      /does not apply to ink\/build\/reconciler\.js/,
    );
  });

  it('draws no frame for a commit that changes nothing, and draws the same frames as Ink otherwise', async () => {
    const patched = await run(true);
    const plain = await run(false);
    // Unpatched Ink draws again for the identical re-render; the patched one does not.
    expect(plain.counts[1]).toBe(plain.counts[0]! + 1);
    expect(patched.counts[1]).toBe(patched.counts[0]);
    // A new colour, then a new text, each draw one frame.
    expect(patched.counts[2]).toBe(patched.counts[1]! + 1);
    expect(patched.counts[3]).toBe(patched.counts[2]! + 1);
    // What is drawn is what Ink draws, frame for frame, once the repeated frame is set aside.
    const distinct = plain.frames.filter((f, i) => i === 0 || f !== plain.frames[i - 1]);
    expect(patched.frames.filter((f, i) => i === 0 || f !== patched.frames[i - 1])).toEqual(distinct);
    expect(patched.frames.some((f) => f.includes('beta'))).toBe(true);
  }, 60_000);
});
