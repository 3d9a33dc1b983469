/**
 * The shop platform the drill scenarios run on: one catalog of services with their normal
 * behaviour, so every drill shows the same company on a different bad day.
 */
import type { ServiceSpec } from './types.js';

const CATALOG: readonly ServiceSpec[] = [
  {
    name: 'api-gateway',
    errorRatio: 0.002,
    p95Ms: 48,
    rps: 950,
    sendBaseline: true,
    dependsOn: ['checkout', 'catalog', 'search', 'auth', 'users', 'orders'],
  },
  {
    name: 'checkout',
    errorRatio: 0.003,
    p95Ms: 190,
    rps: 110,
    dependsOn: ['payments', 'orders', 'inventory'],
  },
  { name: 'payments', errorRatio: 0.003, p95Ms: 230, rps: 75, dependsOn: ['postgres-primary'] },
  { name: 'payment-provider', errorRatio: 0.001, p95Ms: 310, rps: 70 },
  { name: 'orders', errorRatio: 0.002, p95Ms: 90, rps: 150, dependsOn: ['postgres-primary', 'kafka'] },
  {
    name: 'inventory',
    errorRatio: 0.002,
    p95Ms: 62,
    rps: 210,
    dependsOn: ['postgres-primary', 'redis-cache'],
  },
  { name: 'catalog', errorRatio: 0.001, p95Ms: 40, rps: 540, dependsOn: ['redis-cache', 'postgres-primary'] },
  { name: 'search', errorRatio: 0.003, p95Ms: 125, rps: 280 },
  { name: 'auth', errorRatio: 0.001, p95Ms: 24, rps: 720, dependsOn: ['redis-cache'] },
  { name: 'users', errorRatio: 0.001, p95Ms: 42, rps: 310, dependsOn: ['postgres-primary'] },
  { name: 'notifications', errorRatio: 0.004, p95Ms: 280, rps: 45, dependsOn: ['kafka'] },
  { name: 'shipping', errorRatio: 0.002, p95Ms: 140, rps: 35, dependsOn: ['orders'] },
  { name: 'postgres-primary', errorRatio: 0.0005, p95Ms: 11, rps: 2600 },
  { name: 'redis-cache', errorRatio: 0.0001, p95Ms: 1.9, rps: 6200, sendBaseline: true },
  { name: 'kafka', errorRatio: 0.0002, p95Ms: 8, rps: 1500 },
];

/** The named services from the catalog, with dependencies on services left out dropped. */
export function platform(...names: readonly string[]): ServiceSpec[] {
  const chosen = new Set(names);
  return names.map((name) => {
    const spec = CATALOG.find((s) => s.name === name);
    if (!spec) throw new Error(`platform: no service "${name}" in the catalog`);
    const dependsOn = spec.dependsOn?.filter((d) => chosen.has(d));
    const { dependsOn: _all, ...rest } = spec;
    return dependsOn && dependsOn.length > 0 ? { ...rest, dependsOn } : rest;
  });
}

/** `platform(...)` with some services' specs changed (for example a different dependency list). */
export function withChanges(
  services: readonly ServiceSpec[],
  changes: Readonly<Record<string, Partial<ServiceSpec>>>,
): ServiceSpec[] {
  return services.map((s) => ({ ...s, ...changes[s.name] }));
}

/** The storefront most drills run on: gateway, shop services, data stores. */
export const STOREFRONT = [
  'api-gateway',
  'checkout',
  'orders',
  'inventory',
  'catalog',
  'search',
  'auth',
  'users',
  'notifications',
  'postgres-primary',
  'redis-cache',
  'kafka',
] as const;

/** The storefront with payments behind checkout. */
export const STOREFRONT_WITH_PAYMENTS = [
  ...STOREFRONT.slice(0, 2),
  'payments',
  ...STOREFRONT.slice(2),
] as const;
