/** A plain WebSocket seat for bridge tests: every message it received, parsed by the protocol. */
import WebSocket from 'ws';
import { type FeedMessage, parseFrame } from '../../src/feeds/protocol.js';
import { waitFor } from '../feeds/helpers.js';

/** A connected seat. */
export type Seat = {
  readonly messages: FeedMessage[];
  readonly rejected: string[];
  /** Waits for a message matching `pick` that arrived after index `from`. */
  next<T extends FeedMessage>(
    pick: (m: FeedMessage) => m is T,
    what: string,
    from?: number,
    timeoutMs?: number,
  ): Promise<T>;
  close(): void;
};

/** Connects to a feed URL and collects what arrives. */
export async function seat(url: string, headers: Record<string, string> = {}): Promise<Seat> {
  const ws = new WebSocket(url, { headers });
  const messages: FeedMessage[] = [];
  const rejected: string[] = [];
  let frames = 0;
  let failure: Error | undefined;
  ws.on('message', (data) => {
    frames += 1;
    const r = parseFrame(String(data), Date.now());
    messages.push(...r.messages);
    rejected.push(...r.rejected);
  });
  ws.on('error', (error) => {
    failure = error;
  });
  // The welcome batch (empty or not) is the first frame; after it the seat is in step.
  await waitFor(() => frames > 0 || failure, `the welcome from ${url}`);
  if (failure) throw failure;
  return {
    messages,
    rejected,
    async next(pick, what, from = 0, timeoutMs = 20_000) {
      return waitFor(() => messages.slice(from).find(pick), what, timeoutMs);
    },
    close: () => ws.terminate(),
  };
}

/** Type guards for picking messages. */
export const is = {
  errorRate:
    (service: string) =>
    (m: FeedMessage): m is Extract<FeedMessage, { type: 'error-rate' }> =>
      m.type === 'error-rate' && m.service === service,
  latency:
    (service: string) =>
    (m: FeedMessage): m is Extract<FeedMessage, { type: 'latency' }> =>
      m.type === 'latency' && m.service === service,
  health:
    (service: string) =>
    (m: FeedMessage): m is Extract<FeedMessage, { type: 'health' }> =>
      m.type === 'health' && m.service === service,
  source:
    (status?: string) =>
    (m: FeedMessage): m is Extract<FeedMessage, { type: 'source' }> =>
      m.type === 'source' && (status === undefined || m.status === status),
  alert:
    (name: string) =>
    (m: FeedMessage): m is Extract<FeedMessage, { type: 'alert' }> =>
      m.type === 'alert' && m.name === name,
  deploy: (m: FeedMessage): m is Extract<FeedMessage, { type: 'deploy' }> => m.type === 'deploy',
};
