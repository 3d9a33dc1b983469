/**
 * `warroom record` for the CLI: progress lines, Ctrl+C finishes the file, an exit code. The
 * recording itself is in recorder.ts.
 */
import { displayUrl } from './display-url.js';
import { RecordError, recordFeed } from './recorder.js';

/** Options for {@link runRecordCommand}: what `warroom record --feed URL -o FILE` passes. */
export type RecordCommandOptions = {
  readonly url: string;
  readonly out: string;
  /** From WARROOM_FEED_TOKEN or the config, never from the command line. */
  readonly token?: string;
  readonly maxDurationMs?: number;
  /** Where progress lines go (default stderr). */
  readonly write?: (line: string) => void;
  /** Stops the recording; without one, SIGINT and SIGTERM do. */
  readonly signal?: AbortSignal;
};

const minutes = (ms: number): string => `${(ms / 60_000).toFixed(1)} min`;
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/** Runs a recording for the CLI: progress on stderr, Ctrl+C finishes the file; resolves to an exit code. */
export async function runRecordCommand(options: RecordCommandOptions): Promise<number> {
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const stop = new AbortController();
  const onSignal = (): void => stop.abort();
  if (!options.signal) {
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  }
  options.signal?.addEventListener('abort', onSignal, { once: true });
  let lastState = '';
  const startedAt = Date.now();
  write(`recording ${displayUrl(options.url)} into ${options.out} (Ctrl+C stops and finishes the file)`);
  try {
    const result = await recordFeed({
      url: options.url,
      out: options.out,
      signal: stop.signal,
      ...(options.token ? { token: options.token } : {}),
      ...(options.maxDurationMs !== undefined ? { maxDurationMs: options.maxDurationMs } : {}),
      onStatus: (s) => {
        // Once stopping, the connection closing is not news ("feed down, retrying").
        if (stop.signal.aborted) return;
        const state =
          s.state === 'down' ? `feed down (${s.reason ?? 'unknown'}), retrying` : `feed ${s.state}`;
        if (state !== lastState) write(state);
        lastState = state;
      },
    });
    const wall = Date.now() - startedAt;
    write(
      `stopped after ${seconds(wall)}; wrote ${result.path}: ${result.lines} lines, ${result.messages} messages, ` +
        `${result.services.length} services, ${minutes(result.durationMs)} of feed time` +
        ` (the connect snapshot stamped at the moment of connection)`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof RecordError)) throw error;
    write(`warroom record: ${error.message}`);
    return 1;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
