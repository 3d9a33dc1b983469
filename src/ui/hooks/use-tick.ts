/** A clock that re-renders on whole-second (or whole-minute) boundaries, for countdowns and ages. */
import { useEffect, useState } from 'react';

/** The current time from `clock`, refreshed at each boundary of `stepMs`. */
export function useTick(clock: () => number, stepMs = 1000): number {
  const [now, setNow] = useState(clock);
  useEffect(() => {
    let timer: NodeJS.Timeout;
    const schedule = (): void => {
      const t = clock();
      timer = setTimeout(
        () => {
          setNow(clock());
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
