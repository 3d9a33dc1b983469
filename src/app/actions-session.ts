/**
 * The actions that reach outside (commands, posts, webhooks, the clipboard), outside React:
 * each one is confirmed by the UI first, runs here, and lands in the timeline.
 */
import { osc52, OSC52_SENT } from '../actions/clipboard.js';
import type { PreparedCommand } from '../actions/commands/prepare.js';
import { recordCommand } from '../actions/commands/record.js';
import { type RunResult, runCommand } from '../actions/commands/run.js';
import { dropPending, nextOutboxPass, retryNow, startOutboxRetry } from '../actions/delivery/outbox.js';
import { sending } from '../actions/delivery/in-flight.js';
import { type OutboxRow, outboxRows } from '../actions/delivery/outbox-rows.js';
import { type PendingDelivery, pendingDeliveries } from '../actions/delivery/pending.js';
import { postUpdate } from '../actions/delivery/post-update.js';
import { type ResolvedTarget, resolveTargets } from '../actions/delivery/targets.js';
import { redact, secretsFromEnv } from '../actions/secrets.js';
import type { HttpPolicy } from '../actions/http.js';
import { fireWebhook } from '../actions/webhooks.js';
import type { Config } from '../config.js';
import type { Profile, Webhook } from '../incident/profile-schema.js';
import type { IncidentSession } from './incident-session.js';
import { withoutInnerTries } from '../text/inner-tries.js';

/** Lines of command output kept for the pane. */
const OUTPUT_KEPT = 500;

/** A command that is running or has run. */
export type CommandRun = {
  readonly label: string;
  readonly display: string;
  readonly dryRun: boolean;
  lines: string[];
  running: boolean;
  result?: RunResult;
};

/** Options for the actions session. */
export type ActionsOptions = {
  readonly session: IncidentSession;
  readonly profile: Profile;
  readonly config: Config;
  readonly dataDir: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Where OSC 52 goes (the terminal). */
  readonly writeTerminal?: (sequence: string) => void;
  /** Dry run for everything (drills). */
  readonly dryRun?: boolean;
  /** HTTP timing for posts and webhooks (tests widen the timeout); the defaults otherwise. */
  readonly http?: HttpPolicy;
};

/** Runs confirmed actions and reports on them. */
export class ActionsSession {
  run: CommandRun | undefined;
  posting = false;
  readonly targets: ResolvedTarget[];
  private readonly secrets: string[];
  private abort: AbortController | undefined;
  private stopRetry: (() => void) | undefined;
  private version = 0;
  private readonly listeners = new Set<() => void>();

  constructor(readonly options: ActionsOptions) {
    const env = options.env ?? process.env;
    this.targets = resolveTargets(options.config, env);
    this.secrets = secretsFromEnv(options.config, env);
    // A resumed incident may have updates still waiting: retry them without being asked.
    options.session.subscribe(() => {
      if (this.outboxCount() > 0) this.startRetry();
    });
  }

  /** Commands and webhooks only pretend (drills, and replayed feeds). */
  get dryRun(): boolean {
    return this.options.dryRun === true || this.options.session.state.drill;
  }

  /** Updates go to the drill outbox file only (in a drill). */
  get drillComms(): boolean {
    return this.options.session.state.drill;
  }

  /** Deliveries waiting in the outbox. */
  outboxCount(): number {
    return this.pending().length;
  }

  /** Every pending delivery; those with `needsPerson` are retried only from the keyboard. */
  pending(): PendingDelivery[] {
    return pendingDeliveries(this.options.session);
  }

  /** Every delivery for the outbox panel, waiting ones first; errors scrubbed of secrets. */
  outboxRows(): OutboxRow[] {
    const session = this.options.session;
    return outboxRows(session.events, {
      sending: (update, target) => sending(session, update, target),
      nextPassAt: nextOutboxPass(session),
    }).map((r) => (r.lastError ? { ...r, lastError: redact(r.lastError, this.secrets) } : r));
  }

  /** Starts retrying the outbox in the background (once an incident is open). */
  startRetry(): void {
    this.stopRetry ??= startOutboxRetry(this.options.session, this.retryContext());
  }

  /** A person's "retry now" for one waiting delivery; one line for the notice bar, and whether it went. */
  async retryNow(update: string, target: string): Promise<{ readonly text: string; readonly ok: boolean }> {
    const d = await retryNow(this.options.session, this.retryContext(), update, target);
    if (!d) return { text: `${target}: nothing pending (already sent, or being sent)`, ok: false };
    if (d.ok) return { text: `delivered to ${target}`, ok: true };
    const detail = withoutInnerTries(d.detail ?? 'not delivered');
    return { text: `${target} failed again: ${detail}; still in the outbox`, ok: false };
  }

  /** A person's "drop": the delivery leaves the outbox, journalled as dropped. */
  drop(update: string, target: string): string {
    dropPending(this.options.session, update, target);
    return `dropped the update for ${target}; it stays in the timeline`;
  }

  private retryContext() {
    return {
      dataDir: this.options.dataDir,
      targets: this.targets,
      secrets: this.secrets,
      ...this.httpOption(),
    };
  }

  private httpOption(): { http?: HttpPolicy } {
    return this.options.http ? { http: this.options.http } : {};
  }

  /** Runs a prepared, confirmed command; output streams into `run.lines`. */
  async runCommand(prepared: PreparedCommand): Promise<RunResult> {
    if (this.run?.running) throw new Error('a command is still running; Ctrl+C in its pane stops it');
    const run: CommandRun = {
      label: prepared.label,
      display: prepared.display,
      dryRun: this.dryRun,
      lines: [],
      running: true,
    };
    this.run = run;
    this.abort = new AbortController();
    this.changed();
    const result = await runCommand(prepared.argv, {
      dryRun: this.dryRun,
      signal: this.abort.signal,
      onOutput: (line, stream) => {
        run.lines.push(stream === 'stderr' ? `! ${line}` : line);
        if (run.lines.length > OUTPUT_KEPT) run.lines.splice(0, run.lines.length - OUTPUT_KEPT);
        this.changed();
      },
    });
    run.running = false;
    run.result = result;
    if (this.options.session.active) {
      recordCommand(this.options.session, {
        command: prepared.id,
        argv: prepared.argv,
        confirmedBy: this.options.session.options.user(),
        result,
        secrets: this.secrets,
      });
    }
    this.changed();
    return result;
  }

  /** Stops the running command (SIGTERM, then SIGKILL after a grace period). */
  cancel(): boolean {
    if (!this.run?.running || !this.abort) return false;
    this.abort.abort();
    return true;
  }

  /**
   * Posts an update to every configured target (the drill outbox in a drill): the line for the
   * notice bar, and the targets it did not reach (a mixed outcome is a warning, never a tick).
   */
  async post(
    text: string,
    template?: string,
    sendAnyway = false,
    nextUpdateAt?: number,
  ): Promise<{ readonly summary: string; readonly failed: readonly string[] }> {
    this.posting = true;
    this.changed();
    try {
      const result = await postUpdate(
        this.options.session,
        {
          text,
          targets: this.targets,
          sendAnyway,
          ...(template ? { template } : {}),
          ...(nextUpdateAt === undefined ? {} : { nextUpdateAt }),
        },
        { dataDir: this.options.dataDir, secrets: this.secrets, ...this.httpOption() },
      );
      this.startRetry();
      return { summary: result.summary, failed: result.deliveries.filter((d) => !d.ok).map((d) => d.target) };
    } finally {
      this.posting = false;
      this.changed();
    }
  }

  /** Copies text to the clipboard through the terminal (OSC 52). */
  copy(text: string): { ok: boolean; message: string } {
    const result = osc52(text, this.options.env ?? process.env);
    if (!result.ok) return { ok: false, message: result.error };
    (this.options.writeTerminal ?? ((s: string) => process.stdout.write(s)))(result.sequence);
    return { ok: true, message: OSC52_SENT };
  }

  /** Fires a confirmed webhook (a dry run in a drill). */
  async fire(
    webhook: Webhook,
    values: Record<string, string>,
    confirmed: { yes?: boolean; typed?: string },
  ): Promise<string> {
    const result = await fireWebhook(this.options.session, webhook, {
      values,
      config: this.options.config,
      confirmed,
      dryRun: this.dryRun,
      secrets: this.secrets,
      ...this.httpOption(),
      ...(this.options.env ? { env: this.options.env } : {}),
    });
    this.changed();
    return `${webhook.label}: ${result.detail}`;
  }

  getVersion(): number {
    return this.version;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Stops background retries and any running command. */
  close(): void {
    this.stopRetry?.();
    this.abort?.abort();
  }

  private changed(): void {
    this.version += 1;
    for (const l of this.listeners) l();
  }
}
