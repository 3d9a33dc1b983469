// Bundles the CLI into one file (dist/warroom.js) that runs with a plain `node` >= 22.
// React's production build is baked in: development mode doubles the CPU cost of every frame.
import { chmodSync, readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { inkPatchPlugin } from './ink-patch.mjs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

await build({
  entryPoints: ['src/cli.tsx'],
  outfile: 'dist/warroom.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  jsx: 'automatic',
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning',
  define: {
    'process.env.NODE_ENV': '"production"',
    WARROOM_VERSION: JSON.stringify(pkg.version),
  },
  // Optional native speed-ups of ws, loaded with try/require when present.
  external: ['bufferutil', 'utf-8-validate'],
  plugins: [
    // Commits that change nothing in Ink's tree draw nothing (see scripts/ink-patch.mjs).
    inkPatchPlugin,
    {
      // Ink imports React DevTools only when DEV=true; the bundle carries an inert stand-in.
      name: 'no-devtools',
      setup(b) {
        b.onResolve({ filter: /^react-devtools-core$/ }, () => ({ path: 'devtools', namespace: 'stub' }));
        b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
          contents: 'export default { initialize() {}, connectToDevTools() {} };',
        }));
      },
    },
  ],
  banner: {
    js: [
      '#!/usr/bin/env node',
      "import { createRequire as __warroomRequire } from 'node:module';",
      'const require = __warroomRequire(import.meta.url);',
    ].join('\n'),
  },
});
chmodSync('dist/warroom.js', 0o755);
