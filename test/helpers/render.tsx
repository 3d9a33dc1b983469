/**
 * Renders a component into a fake terminal of a given size (columns AND rows, which
 * ink-testing-library cannot set), wrapped in the theme provider, with helpers that wait for
 * a frame instead of sleeping.
 */
import { EventEmitter } from 'node:events';
import { render } from 'ink';
import type { ReactElement } from 'react';
import { builtIn } from '../../src/theme/load.js';
import type { Theme } from '../../src/theme/tokens.js';
import { ThemeProvider } from '../../src/ui/theme-context.js';

class FakeStdout extends EventEmitter {
  readonly frames: string[] = [];
  isTTY = true;
  constructor(
    public columns: number,
    public rows: number,
  ) {
    super();
  }
  write = (chunk: string): boolean => {
    this.frames.push(chunk);
    this.emit('frame');
    return true;
  };
}

class FakeStdin extends EventEmitter {
  isTTY = true;
  private buffer: string[] = [];
  setEncoding(): void {}
  setRawMode(): void {}
  resume(): void {}
  pause(): void {}
  ref(): void {}
  unref(): void {}
  read = (): string | null => this.buffer.shift() ?? null;
  /** Sends keys as one read, as a terminal does when typing is fast. */
  type(data: string): void {
    this.buffer.push(data);
    this.emit('readable');
  }
}

const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007]*\u0007/g;

/** A rendered screen with its frames. */
export type Screen = {
  stdin: FakeStdin;
  lastFrame(): string;
  /** Every frame written so far, escapes removed. */
  allFrames(): string[];
  waitFor(predicate: (frame: string) => boolean, what: string, timeoutMs?: number): Promise<string>;
  unmount(): void;
};

/** Renders `tree` at `columns` x `rows`. */
export function renderAt(
  tree: ReactElement,
  columns: number,
  rows: number,
  theme: Theme = builtIn('dark'),
): Screen {
  const stdout = new FakeStdout(columns, rows);
  const stdin = new FakeStdin();
  const instance = render(<ThemeProvider value={theme}>{tree}</ThemeProvider>, {
    stdout: stdout as unknown as NodeJS.WriteStream,
    stdin: stdin as unknown as NodeJS.ReadStream,
    debug: true,
    exitOnCtrlC: false,
    patchConsole: false,
    interactive: true,
  });
  const lastFrame = (): string => (stdout.frames.at(-1) ?? '').replace(ANSI, '');
  return {
    stdin,
    lastFrame,
    async waitFor(predicate, what, timeoutMs = 5000) {
      const start = Date.now();
      for (;;) {
        const frame = lastFrame();
        if (predicate(frame)) return frame;
        if (Date.now() - start > timeoutMs)
          throw new Error(`timed out waiting for ${what}; last frame:\n${frame}`);
        // Wake on the next frame, or re-check soon for state that changes without one.
        await new Promise<void>((resolve) => {
          const done = (): void => {
            clearTimeout(timer);
            stdout.off('frame', done);
            resolve();
          };
          const timer = setTimeout(done, 50);
          stdout.once('frame', done);
        });
      }
    },
    allFrames: () => stdout.frames.map((f) => f.replace(ANSI, '')),
    unmount: () => instance.unmount(),
  };
}
