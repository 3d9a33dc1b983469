/**
 * Running a prepared argv: spawn(argv[0], rest, {shell: false}), so no value ever becomes shell
 * syntax. Output streams as clean lines. An abort (Ctrl+C in the UI) or a timeout sends SIGTERM
 * to the child's process group (npm and scripts start children of their own), then SIGKILL after a
 * grace period. In dry-run nothing is spawned.
 */
import { spawn } from 'node:child_process';
import { shellJoin } from './shell-quote.js';
import { lineSplitter } from './lines.js';

/** Which stream a line came from. */
export type OutputStream = 'stdout' | 'stderr';

/** How to run. */
export type RunOptions = {
  readonly dryRun: boolean;
  readonly signal?: AbortSignal;
  readonly onOutput?: (line: string, stream: OutputStream) => void;
  readonly timeoutMs?: number;
  /** Between SIGTERM and SIGKILL (default 3000 ms). */
  readonly graceMs?: number;
  readonly cwd?: string;
  readonly env?: NodeJS.ProcessEnv;
};

/** How a run ended. */
export type RunResult = {
  /** The exit code; null when it never started or was killed by a signal. */
  readonly exitCode: number | null;
  readonly durationMs: number;
  readonly signal?: NodeJS.Signals;
  readonly dryRun: boolean;
  /** One line for people: "exit 0", "stopped (SIGTERM)", "kubectl: not found on PATH", "dry run: would run …". */
  readonly detail: string;
};

function startError(program: string, error: NodeJS.ErrnoException): string {
  const onPath = !program.includes('/');
  if (error.code === 'ENOENT') return onPath ? `${program}: not found on PATH` : `${program}: no such file`;
  if (error.code === 'EACCES') return `${program}: permission denied (is it executable?)`;
  return `${program}: could not start (${error.code ?? error.message})`;
}

/** Runs `argv` without a shell and resolves when it has exited; never rejects. */
export function runCommand(argv: readonly string[], options: RunOptions): Promise<RunResult> {
  const started = Date.now();
  const program = argv[0];
  if (!program)
    return Promise.resolve({
      exitCode: null,
      durationMs: 0,
      dryRun: options.dryRun,
      detail: 'nothing to run',
    });
  if (options.dryRun)
    return Promise.resolve({
      exitCode: null,
      durationMs: 0,
      dryRun: true,
      detail: `dry run: would run ${shellJoin(argv)}`,
    });
  if (options.signal?.aborted)
    return Promise.resolve({
      exitCode: null,
      durationMs: 0,
      dryRun: false,
      detail: 'cancelled before it started',
    });
  return new Promise((resolve) => {
    const child = spawn(program, argv.slice(1), {
      shell: false,
      detached: process.platform !== 'win32',
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(options.cwd ? { cwd: options.cwd } : {}),
      ...(options.env ? { env: options.env } : {}),
    });
    const out = lineSplitter((l) => options.onOutput?.(l, 'stdout'));
    const err = lineSplitter((l) => options.onOutput?.(l, 'stderr'));
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    let why: string | undefined;
    let killTimer: NodeJS.Timeout | undefined;
    const signalChild = (sig: NodeJS.Signals) => {
      try {
        if (child.pid && process.platform !== 'win32') process.kill(-child.pid, sig);
        else child.kill(sig);
      } catch {
        child.kill(sig);
      }
    };
    const stop = (reason: string) => {
      if (why || child.exitCode !== null) return;
      why = reason;
      signalChild('SIGTERM');
      killTimer = setTimeout(() => signalChild('SIGKILL'), options.graceMs ?? 3000);
    };
    const onAbort = () => stop('stopped');
    options.signal?.addEventListener('abort', onAbort, { once: true });
    const timeout = options.timeoutMs
      ? setTimeout(
          () => stop(`timed out after ${Math.round((options.timeoutMs ?? 0) / 1000)} s`),
          options.timeoutMs,
        )
      : undefined;
    let failed: string | undefined;
    child.on('error', (e: NodeJS.ErrnoException) => {
      failed = startError(program, e);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timeout);
      clearTimeout(killTimer);
      options.signal?.removeEventListener('abort', onAbort);
      out.flush();
      err.flush();
      const durationMs = Date.now() - started;
      const detail =
        failed ?? (signal ? `${why ?? 'killed'} (${signal})` : why ? `${why}; exit ${code}` : `exit ${code}`);
      resolve({
        exitCode: failed ? null : code,
        durationMs,
        ...(signal ? { signal } : {}),
        dryRun: false,
        detail,
      });
    });
  });
}
