import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { MetricStore } from '../../src/feeds/store.js';
import { type ServiceRowsInput, useServiceRows } from '../../src/ui/hooks/use-service-rows.js';
import type { ServiceRow } from '../../src/ui/view/service-rows.js';

const T0 = Date.UTC(2026, 10, 30, 9, 0, 0);
const FEED = 'ws://127.0.0.1:9000';

function storeAt(ts: number): MetricStore {
  const store = new MetricStore({ now: () => ts, staleAfterMs: 15_000 });
  const messages = ['auth', 'payments'].flatMap((service) => [
    { type: 'health' as const, service, status: 'up' as const, ts },
    { type: 'error-rate' as const, service, ratio: 0.002, ts },
  ]);
  store.ingestFrame(FEED, { messages, unknown: 0, rejected: [] }, ts);
  return store;
}

/** Renders the hook and keeps every array it returned, one per render. */
function probe(store: MetricStore, input: ServiceRowsInput) {
  const seen: (readonly ServiceRow[])[] = [];
  function Probe(p: ServiceRowsInput) {
    seen.push(useServiceRows(store, p));
    return null;
  }
  const view = render(<Probe {...input} />);
  return { seen, rerender: (p: ServiceRowsInput) => view.rerender(<Probe {...p} />) };
}

describe('the services table rows between store changes', () => {
  const base: ServiceRowsInput = { version: 1, now: T0 + 200, order: 'worst', filter: '', sparkWidth: 10 };

  it('are the same array for a repaint within the same second (a key press, say)', () => {
    const store = storeAt(T0);
    const p = probe(store, base);
    p.rerender({ ...base, now: T0 + 900 });
    expect(p.seen).toHaveLength(2);
    expect(p.seen[1]).toBe(p.seen[0]);
  });

  it('are rebuilt when the store moves, the second turns, or the order changes', () => {
    const store = storeAt(T0);
    const p = probe(store, base);
    p.rerender({ ...base, version: 2 });
    p.rerender({ ...base, version: 2, now: T0 + 1200 });
    p.rerender({ ...base, version: 2, now: T0 + 1200, order: 'name' });
    expect(new Set(p.seen).size).toBe(4);
  });

  it('show a service as stale from the moment it goes stale, whatever the second', () => {
    // Last heard at .5 s, so the 15 s limit passes in the middle of a second.
    const store = storeAt(T0 + 500);
    // The same second on both sides of the staleness limit, nothing new in the store.
    const p = probe(store, { ...base, now: T0 + 15_400 });
    p.rerender({ ...base, now: T0 + 15_600 });
    expect(p.seen[0]?.map((r) => r.health)).toEqual(['up', 'up']);
    expect(p.seen[1]?.map((r) => r.health)).toEqual(['stale', 'stale']);
  });
});
