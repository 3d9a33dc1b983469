/** Imported first by the CLI: in the bundle, restarts with the young-generation flag (see young-gen.ts). */
import { ensureYoungGenFlag } from './young-gen.js';

declare const WARROOM_VERSION: string | undefined;
// Only the built bundle: under tsx or vitest the command line is not ours to change.
if (typeof WARROOM_VERSION === 'string') ensureYoungGenFlag();
