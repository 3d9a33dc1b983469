/** Subscribes React to the metric store at a bounded rate, however fast messages arrive. */
import { useMemo, useSyncExternalStore } from 'react';

/** Anything with a change signal, such as the metric store. */
export type ChangeSource = { subscribe(listener: () => void): () => void; getVersion(): number };

/**
 * Wraps a source so listeners hear at most one change per `1000 / hz` ms: a burst of messages
 * becomes one repaint. Pure timing logic, usable outside React.
 */
export function throttleSource(source: ChangeSource, hz: number): ChangeSource {
  const interval = 1000 / hz;
  let published = source.getVersion();
  let lastAt = 0;
  let timer: NodeJS.Timeout | undefined;
  const listeners = new Set<() => void>();
  const flush = (): void => {
    timer = undefined;
    lastAt = Date.now();
    published = source.getVersion();
    for (const l of listeners) l();
  };
  let unsubscribe: (() => void) | undefined;
  return {
    getVersion: () => published,
    subscribe(listener) {
      listeners.add(listener);
      unsubscribe ??= source.subscribe(() => {
        if (timer) return;
        timer = setTimeout(flush, Math.max(0, lastAt + interval - Date.now()));
      });
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          unsubscribe?.();
          unsubscribe = undefined;
          if (timer) clearTimeout(timer);
          timer = undefined;
        }
      };
    },
  };
}

/** The store's version, updated at most `hz` times a second. */
export function useThrottledVersion(source: ChangeSource, hz: number): number {
  const throttled = useMemo(() => throttleSource(source, hz), [source, hz]);
  return useSyncExternalStore(throttled.subscribe, throttled.getVersion);
}
