/** A seeded pseudo-random source: the same seed always gives the same sequence. */
export type Random = () => number;

/** mulberry32: a tiny, fast 32-bit generator, ample for synthetic metrics. */
export function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Roughly normal noise with mean 0 and the given standard deviation (Irwin–Hall with 4 draws). */
export function gaussian(random: Random, sd: number): number {
  const sum = random() + random() + random() + random();
  // The sum of 4 uniforms has mean 2 and variance 1/3.
  return (sum - 2) * Math.sqrt(3) * sd;
}
