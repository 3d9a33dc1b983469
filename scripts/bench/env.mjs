// Shared pieces: the binary, the load generator process, and small statistics.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../dist/warroom.js', import.meta.url));
const LOADGEN = fileURLToPath(new URL('./loadgen.mjs', import.meta.url));

/** Starts the load generator with `services` services; resolves once it listens. */
export function startLoadgen(services) {
  const child = fork(LOADGEN, [String(services)], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('message', (m) => {
      resolve({
        url: m.url,
        set: (msg) => child.send(msg),
        sent: () =>
          new Promise((r) => {
            child.once('message', (x) => r(x.sent));
            child.send({ report: true });
          }),
        stop: () => child.kill(),
      });
    });
  });
}

/** The q-th quantile (0..1) of numbers. */
export function quantile(values, q) {
  if (values.length === 0) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}

/** Least-squares slope of y over x. */
export function slope(xs, ys) {
  const n = xs.length;
  if (n < 2) return Number.NaN;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  for (let i = 0; i < n; i += 1) {
    num += (xs[i] - mx) * (ys[i] - my);
    den += (xs[i] - mx) ** 2;
  }
  return num / den;
}

/** The warroom environment for a renderer. */
export const rendererEnv = (renderer) => ({ WARROOM_RENDERER: renderer, NO_COLOR: '' });
