/**
 * Chooses how Ink's frames reach the terminal: `cells` (the default) diffs whole frames cell by
 * cell; `ink` is Ink's own incremental line diff. WARROOM_RENDERER=ink|cells switches.
 */
import type { RenderOptions } from 'ink';
import { wantsAscii } from './ascii.js';
import { CellStdout, type TerminalStream } from './cell-stdout.js';
import { setFastOutput } from './fast-output.js';
import { startHeapProbe } from './heap-probe.js';
import { colorDepth, wantsSyncOutput } from './terminal-caps.js';

/** The renderers warroom has. */
export type RendererName = 'ink' | 'cells';

/** The Ink options that route frames through a renderer. */
export type OutputOptions = Pick<
  RenderOptions,
  'stdout' | 'debug' | 'alternateScreen' | 'incrementalRendering'
>;

/** The renderer the environment asks for (cells unless WARROOM_RENDERER=ink). */
export function rendererName(env: NodeJS.ProcessEnv = process.env): RendererName {
  return env.WARROOM_RENDERER === 'ink' ? 'ink' : 'cells';
}

/** Render options for Ink that send frames to `stdout` through the chosen renderer. */
export function screenOutput(
  stdout: NodeJS.WriteStream = process.stdout,
  env: NodeJS.ProcessEnv = process.env,
): OutputOptions {
  if (rendererName(env) === 'ink' || !stdout.isTTY) {
    startHeapProbe(env, () => undefined);
    return { alternateScreen: true, incrementalRendering: true };
  }
  const cells = new CellStdout(stdout as TerminalStream, {
    ascii: wantsAscii(env),
    sync: wantsSyncOutput(env),
    depth: colorDepth(env),
  });
  cells.start();
  // Ink's frames are built by the faster Output in the bundle (scripts/ink-patch.mjs).
  setFastOutput(true);
  startHeapProbe(env, () => cells.frames);
  // Debug mode hands over every frame whole and leaves the terminal's modes to us.
  return { stdout: cells as unknown as NodeJS.WriteStream, debug: true, alternateScreen: false };
}
