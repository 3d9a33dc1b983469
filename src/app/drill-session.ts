/**
 * A drill in progress, outside React: the replay and its clock kept in step, the injects that
 * have arrived, when the feed first met the declare criteria, and the scorecard.
 */
import { injectLine, injectsSoFar } from '../drill/injects.js';
import type { DrillControls } from '../drill/replay-link.js';
import type { LoadedScenario } from '../drill/scenario-file.js';
import { scoreDrill } from '../drill/scorecard.js';
import type { ScoreRow } from '../drill/score-values.js';
import type { MetricStore } from '../feeds/store.js';
import type { IncidentEvent } from '../incident/events.js';
import type { Profile } from '../incident/profile-schema.js';

/** Speeds `<` and `>` step through. */
export const SPEED_STEPS = [1, 2, 5, 10, 20, 30, 60] as const;
/** How far `[` and `]` seek, in scenario time. */
export const SEEK_STEP_MS = 60_000;

/** One drill run. */
export class DrillSession {
  ended = false;
  criteriaMetAt: number | undefined;
  /** Scenario time when the replay reached its end; the scorecard is taken at that moment. */
  endedAt: number | undefined;

  constructor(
    readonly scenario: LoadedScenario,
    readonly controls: DrillControls,
    private readonly store: MetricStore,
  ) {}

  /** Scenario time, epoch ms: what every incident clock in a drill runs on. */
  readonly now = (): number => this.controls.clock.now();

  get position(): number {
    return this.controls.clock.position();
  }

  get speed(): number {
    return this.controls.clock.speed;
  }

  get paused(): boolean {
    return this.controls.clock.paused;
  }

  /** The latest inject that has arrived, as one line, with its scenario offset. */
  latestInject(): { at: number; text: string } | undefined {
    const last = injectsSoFar(this.scenario, this.position).at(-1);
    return last && { at: last.at_ms, text: injectLine(last) };
  }

  /** Notes the feed time when the declare criteria were first met; call once a second. */
  observe(): void {
    if (this.criteriaMetAt === undefined && this.store.criteriaMet().length > 0)
      this.criteriaMetAt = this.store.feedNow;
    if (!this.ended && this.position >= this.scenario.duration_ms) {
      this.ended = true;
      this.endedAt = this.now();
    }
  }

  togglePause(): string {
    if (this.paused) this.controls.resume();
    else this.controls.pause();
    return this.paused ? 'paused' : 'running';
  }

  /** One step up or down the speed ladder; returns the speed applied. */
  stepSpeed(direction: 1 | -1): number {
    const at = SPEED_STEPS.findIndex((s) => s >= this.speed);
    const index = Math.max(
      0,
      Math.min(SPEED_STEPS.length - 1, (at === -1 ? SPEED_STEPS.length - 1 : at) + direction),
    );
    return this.controls.setSpeed(SPEED_STEPS[index] ?? 1);
  }

  /** Seeks by `deltaMs` of scenario time within the scenario. */
  seekBy(deltaMs: number): void {
    const target = Math.max(0, Math.min(this.scenario.duration_ms, this.position + deltaMs));
    this.controls.seek(target);
  }

  /** The scorecard for the incident events so far. */
  score(events: readonly IncidentEvent[], profile: Profile): ScoreRow[] {
    const start = this.controls.clock.now() - this.position;
    return scoreDrill(events, profile, this.scenario, {
      startedAtScenarioMs: start,
      ...(this.criteriaMetAt !== undefined ? { criteriaMetAtMs: this.criteriaMetAt } : {}),
      endedAtMs: this.endedAt ?? this.now(),
    });
  }
}
