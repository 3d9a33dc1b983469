/** A real nats-server with JetStream on loopback, on a free port and a temporary store, for one test file. */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A running server that can be killed and started again on the same port and store. */
export type NatsServer = {
  readonly url: string;
  readonly port: number;
  stop(signal?: NodeJS.Signals): Promise<void>;
  start(): Promise<void>;
  /** Starts it again if a test stopped it and failed before starting it. */
  ensureRunning(): Promise<void>;
};

/** Debian installs nats-server in /usr/sbin, which is not on every user's PATH. */
export function natsServerBin(): string {
  return ['/usr/sbin/nats-server', '/usr/local/sbin/nats-server'].find((p) => existsSync(p)) ?? 'nats-server';
}

/** A port nobody is listening on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Starts `nats-server -js` on 127.0.0.1; resolves once it says it is ready. */
export async function startNats(extra: string[] = []): Promise<NatsServer> {
  const port = await freePort();
  const store = mkdtempSync(join(tmpdir(), 'warroom-nats-'));
  let child: ChildProcess | undefined;
  const start = () =>
    new Promise<void>((resolve, reject) => {
      const proc = spawn(
        natsServerBin(),
        ['-js', '-a', '127.0.0.1', '-p', String(port), '-sd', store, ...extra],
        {
          stdio: ['ignore', 'ignore', 'pipe'],
        },
      );
      child = proc;
      let log = '';
      const timer = setTimeout(() => reject(new Error(`nats-server did not start:\n${log}`)), 20_000);
      proc.stderr?.on('data', (d: Buffer) => {
        log += d.toString();
        if (log.includes('Server is ready')) {
          clearTimeout(timer);
          resolve();
        }
      });
      proc.once('exit', (code) => {
        clearTimeout(timer);
        if (!log.includes('Server is ready')) reject(new Error(`nats-server exited ${code}:\n${log}`));
      });
    });
  await start();
  const running = () => child !== undefined && child.exitCode === null && child.signalCode === null;
  return {
    ensureRunning: () => (running() ? Promise.resolve() : start()),
    url: `nats://127.0.0.1:${port}`,
    port,
    start,
    stop: (signal = 'SIGTERM') =>
      new Promise<void>((resolve) => {
        const proc = child;
        if (!proc || proc.exitCode !== null || proc.signalCode !== null) return resolve();
        proc.once('exit', () => resolve());
        proc.kill(signal);
      }),
  };
}
