/** Timed injects: which of a scenario's tickets, pages and chat lines arrive between two positions. */
import type { Inject, ScenarioFile } from './scenario-file.js';

/**
 * Injects with `fromOffset < at_ms <= toOffset`, in order. Call it with the previous and the new
 * position so each inject shows once; pass `null` as `fromOffset` on the first call to include
 * offset 0. A backward seek (`toOffset <= fromOffset`) brings nothing new.
 */
export function dueInjects(
  scenario: Pick<ScenarioFile, 'injects'>,
  fromOffset: number | null,
  toOffset: number,
): Inject[] {
  return scenario.injects.filter((i) => (fromOffset === null || i.at_ms > fromOffset) && i.at_ms <= toOffset);
}

/** The injects already shown at a position (for a screen that joins or seeks mid-drill). */
export function injectsSoFar(scenario: Pick<ScenarioFile, 'injects'>, offset: number): Inject[] {
  return dueInjects(scenario, null, offset);
}

/** A one-line rendering for the drill banner: "customer: customer tickets: checkout failing". */
export function injectLine(inject: Inject): string {
  return `${inject.kind}: ${inject.text}`;
}
