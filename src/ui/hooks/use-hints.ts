/** Pattern hints from the live store, recomputed every two seconds rather than on every frame. */
import { useEffect, useRef, useState } from 'react';
import type { MetricStore } from '../../feeds/store.js';
import type { Profile } from '../../incident/profile-schema.js';
import { detectHints, type PatternHint } from '../../patterns/hints.js';
import { RequestBaselines } from '../../patterns/request-baseline.js';

const EVERY_MS = 2000;

/** The hints that hold now, most relevant first; stable identity while they do not change. */
export function useHints(store: MetricStore, profile: Profile, wallNow: number): readonly PatternHint[] {
  const baselines = useRef(new RequestBaselines());
  const [hints, setHints] = useState<readonly PatternHint[]>([]);
  const shown = useRef(hints);
  const at = useRef(0);
  useEffect(() => {
    if (wallNow - at.current < EVERY_MS) return;
    at.current = wallNow;
    baselines.current.observe(store);
    const found = detectHints(store, profile, baselines.current);
    // An unchanged list must not call setHints at all: even a state that turns out equal costs a
    // render of the whole App.
    if (JSON.stringify(shown.current) === JSON.stringify(found)) return;
    shown.current = found;
    setHints(found);
  });
  return hints;
}

/** One line for the hint band: "◆ Bad deploy · orders: … · h: actions". */
export function hintLine(hints: readonly PatternHint[]): string | undefined {
  const h = hints[0];
  if (!h) return undefined;
  const more = hints.length > 1 ? ` (+${hints.length - 1})` : '';
  return `◆ ${h.name}${h.service ? ` · ${h.service}` : ''}: ${h.evidence[0] ?? ''}${more} · h: actions`;
}
