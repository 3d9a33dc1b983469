/** A clock that re-renders on whole-second boundaries, but only when what it shows would change. */
import { useEffect, useRef, useState } from 'react';

/**
 * Checks the time every `stepMs` and re-renders only when `visibleKey(now)` changes, so an idle
 * screen whose clock shows minutes builds one frame a minute, not one a second.
 */
export function useTick(clock: () => number, stepMs = 1000, visibleKey?: (now: number) => string): number {
  const [now, setNow] = useState(clock);
  const keyRef = useRef(visibleKey);
  keyRef.current = visibleKey;
  useEffect(() => {
    let timer: NodeJS.Timeout;
    let lastKey = keyRef.current?.(clock());
    const schedule = (): void => {
      const t = clock();
      timer = setTimeout(
        () => {
          const next = clock();
          const key = keyRef.current?.(next);
          if (key === undefined || key !== lastKey) {
            lastKey = key;
            setNow(next);
          }
          schedule();
        },
        stepMs - (t % stepMs) + 5,
      );
    };
    schedule();
    return () => clearTimeout(timer);
  }, [clock, stepMs]);
  return now;
}
