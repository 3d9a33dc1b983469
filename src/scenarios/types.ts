/**
 * The scenario DSL: plain data describing services and timed faults, from which fixtures are
 * generated. Times are milliseconds of scenario time from the start.
 */
import type { HealthStatus } from '../feeds/protocol.js';

/** One service and its normal behaviour. */
export type ServiceSpec = {
  readonly name: string;
  /** Normal share of failed requests, 0..1. */
  readonly errorRatio: number;
  /** Normal p95 latency in milliseconds. */
  readonly p95Ms: number;
  /** Normal requests per second. */
  readonly rps: number;
  /** Services this one calls; their trouble partly becomes its trouble. */
  readonly dependsOn?: readonly string[];
  /** Send `baseline_p95` with latency (most services leave the baseline to the consumer). */
  readonly sendBaseline?: boolean;
};

/**
 * A window with linear ramps: off before `from`, fully on by `from + rampMs`, back off by
 * `until + (rampOutMs ?? rampMs)`.
 */
export type Window = {
  readonly from: number;
  readonly until: number;
  readonly rampMs?: number;
  /** A different ramp on the way out (a slow leak that a restart clears at once). */
  readonly rampOutMs?: number;
};

/** Something that happens to a service during the scenario. */
export type Fault =
  | {
      readonly kind: 'deploy';
      readonly at: number;
      readonly service: string;
      readonly version: string;
      readonly by?: string;
    }
  | ({ readonly kind: 'errors'; readonly service: string; readonly ratio: number } & Window)
  | ({ readonly kind: 'latency'; readonly service: string; readonly factor: number } & Window)
  /** Requests per second multiplied by `factor` (a traffic spike); latency is a separate fault. */
  | ({ readonly kind: 'traffic'; readonly service: string; readonly factor: number } & Window)
  | {
      readonly kind: 'health';
      readonly service: string;
      readonly from: number;
      readonly until: number;
      readonly status: HealthStatus;
      readonly detail?: string;
    };

/** A complete scenario: everything needed to generate one fixture deterministically. */
export type Scenario = {
  readonly name: string;
  readonly title: string;
  readonly seed: number;
  readonly durationMs: number;
  readonly intervalMs: number;
  readonly services: readonly ServiceSpec[];
  readonly faults: readonly Fault[];
  /** Share of a dependency's extra latency and extra errors passed on to its callers. */
  readonly coupling?: { readonly latency: number; readonly errors: number };
};

/** Minutes to milliseconds, so scenario data reads like a timeline. */
export const min = (minutes: number): number => Math.round(minutes * 60_000);
