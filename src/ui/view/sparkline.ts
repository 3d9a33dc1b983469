/** Sparklines on fixed scales: a block's height means the same thing in every row and never rescales. */

const BLOCKS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'] as const;

/** Upper bounds of each block for error ratios: ok levels at the bottom, past 5% at the top half. */
export const ERROR_SCALE = [0.001, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2] as const;
/** Upper bounds of each block for p95 as a multiple of baseline. */
export const LATENCY_SCALE = [0.9, 1.1, 1.5, 2, 2.5, 3, 4] as const;

/** The block for one value on a scale; empty buckets are a blank. */
export function block(value: number, scale: readonly number[]): string {
  if (Number.isNaN(value)) return ' ';
  let i = 0;
  while (i < scale.length && value > scale[i]!) i += 1;
  return BLOCKS[Math.min(i, BLOCKS.length - 1)]!;
}

/** A sparkline of values, oldest first. */
export function sparkline(values: readonly number[], scale: readonly number[]): string {
  let out = '';
  for (const v of values) out += block(v, scale);
  return out;
}
