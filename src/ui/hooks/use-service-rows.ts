/** The services table's rows, rebuilt only when the store or the shown second has moved. */
import { useMemo } from 'react';
import type { MetricStore } from '../../feeds/store.js';
import { buildServiceRows, type Order, type ServiceRow } from '../view/service-rows.js';

/** What the rows are built from besides the store. */
export type ServiceRowsInput = {
  /** The store's version as the screen last read it. */
  readonly version: number;
  /** Wall time now; rows show ages to the second, so only its second matters. */
  readonly now: number;
  readonly order: Order;
  readonly filter: string;
  readonly sparkWidth: number;
};

/**
 * The same array while nothing a row shows can have changed: a key that moves the selection or
 * opens a panel then costs no rebuild, and the table's memo check starts from equal identities.
 */
export function useServiceRows(store: MetricStore, input: ServiceRowsInput): readonly ServiceRow[] {
  const { version, now, order, filter, sparkWidth } = input;
  const second = Math.floor(now / 1000);
  // A service goes stale at no particular second: which ones are stale is part of the key.
  const stale = store.staleSignature(now);
  // biome-ignore lint/correctness/useExhaustiveDependencies: version, second and stale stand for the store's contents at this time
  return useMemo(
    () => buildServiceRows(store, { now, order, filter, sparkWidth }),
    [store, version, second, stale, order, filter, sparkWidth],
  );
}
