/** Drills: the clock, its link to the replay server, injects and the scorecard. No Ink, no React. */
export * from './clock.js';
export * from './injects.js';
export * from './replay-link.js';
export * from './score-values.js';
export * from './scorecard.js';
export * from './scorecard-format.js';
export * from './severity-rank.js';
