/** Types for scripts/ink-patch.mjs (a build script, imported by its test). */
import type { Plugin } from 'esbuild';

/** The file's text with the patch's edits made; throws when Ink's text has moved on. */
export function patchInk(file: 'reconciler.js' | 'Text.js', source: string): string;
/** The esbuild plugin that applies the patch. */
export const inkPatchPlugin: Plugin;
