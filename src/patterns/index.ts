/** Live pattern hints: detection over the metric store, named and actioned by the profile. */
export { HINT_PATTERNS, type HintPatternId, PATTERN_INFO, type PatternInfo } from './catalog.js';
export { detectHints, type PatternHint, profilePatternFor } from './hints.js';
export { RequestBaselines } from './request-baseline.js';
