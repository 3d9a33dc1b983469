/**
 * A drill in progress, outside React: the replay and its clock kept in step, the injects that
 * have arrived, when the feed first met the declare criteria, and the scorecard.
 */
import { injectLine, injectsSoFar } from '../drill/injects.js';
import type { DrillControls } from '../drill/replay-link.js';
import type { LoadedScenario } from '../drill/scenario-file.js';
import type { Suggested } from '../drill/score-practice.js';
import { type ScoreOptions, scoreDrill } from '../drill/scorecard.js';
import { formatSpan, type ScoreRow } from '../drill/score-values.js';
import { moreSevere } from '../incident/alert-severity.js';
import type { MetricStore } from '../feeds/store.js';
import type { IncidentEvent } from '../incident/events.js';
import type { Profile } from '../incident/profile-schema.js';
import { suggestFromEvidence } from './commands.js';

/** A scorecard with the line that says when it was taken. */
export type DrillScorecard = {
  /** "at the scenario's end (50:00)" or "so far, 12:30 of 50:00 (the drill is still running)". */
  readonly heading: string;
  readonly rows: ScoreRow[];
  /** The facts it was scored with, to save beside the journal. */
  readonly options: ScoreOptions;
};

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
  /** The most severe severity the declare banner's rule suggested, from the same signals. */
  suggested: Suggested | undefined;

  constructor(
    readonly scenario: LoadedScenario,
    readonly controls: DrillControls,
    private readonly store: MetricStore,
    private readonly profile?: Profile,
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
    const evidence = this.store.criteriaMet();
    if (this.criteriaMetAt === undefined && evidence.length > 0) this.criteriaMetAt = this.store.feedNow;
    if (this.profile && evidence.length > 0) {
      const now = suggestFromEvidence(this.profile, evidence);
      this.suggested = moreSevere(this.profile, this.suggested ?? null, now) ?? undefined;
    }
    if (!this.ended && this.position >= this.scenario.duration_ms) {
      this.ended = true;
      // The end of the scenario exactly, not the moment this was noticed (up to a second of wall time later).
      this.endedAt = this.controls.clock.anchor() + this.scenario.duration_ms;
    }
  }

  /** True once the drill has run (not paused) at some point; until then a paused drill shows its briefing. */
  get started(): boolean {
    if (!this.paused) this.wasRunning = true;
    return this.wasRunning;
  }
  private wasRunning = false;

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
    this.wasRunning = true;
    const target = Math.max(0, Math.min(this.scenario.duration_ms, this.position + deltaMs));
    this.controls.seek(target);
  }

  /**
   * The one scorecard of this drill: at the scenario's end once it has ended (events after the end
   * are not scored, so the screen, the printed card and an export agree), else "so far".
   */
  scorecard(events: readonly IncidentEvent[], profile: Profile, stopped = false): DrillScorecard {
    const final = this.endedAt !== undefined;
    const asOf = this.endedAt ?? this.now();
    const options: ScoreOptions = {
      startedAtScenarioMs: this.controls.clock.anchor(),
      ...(this.criteriaMetAt !== undefined ? { criteriaMetAtMs: this.criteriaMetAt } : {}),
      ...(this.suggested ? { suggested: this.suggested } : {}),
      endedAtMs: asOf,
      final,
    };
    const scored = events.filter((e) => e.at <= asOf);
    const where = formatSpan(Math.min(this.position, this.scenario.duration_ms));
    const heading = final
      ? `at the scenario's end (${formatSpan(this.scenario.duration_ms)})`
      : `so far, ${where} of ${formatSpan(this.scenario.duration_ms)} ${stopped ? '(stopped before the end; pending rows were not decided)' : '(the drill is still running; pending rows are not decided yet)'}`;
    return { heading, rows: scoreDrill(scored, profile, this.scenario, options), options };
  }

  /** The scorecard rows (see {@link scorecard}). */
  score(events: readonly IncidentEvent[], profile: Profile): ScoreRow[] {
    return this.scorecard(events, profile).rows;
  }
}
