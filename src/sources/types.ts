/**
 * A source adapts one system (Prometheus, an Alertmanager webhook, a CI call, a health check) to
 * feed protocol messages. It knows nothing of seats or screens; its failures are messages too.
 */
import type { SourceMessage, WireMessage } from '../feeds/protocol.js';

/** Where a source's messages go (the bridge broadcasts them). */
export type SourceSink = (messages: readonly WireMessage[]) => void;

/** A running source: polls or listens until stopped. */
export type Source = {
  readonly name: string;
  /** Starts sending to `sink`; calling it twice does nothing. */
  start(sink: SourceSink): void;
  /** Stops every timer and request it owns. */
  stop(): Promise<void>;
};

/** A v1.1 `source` message: how a source is doing, with the reason when it is not up. */
export function sourceState(
  name: string,
  status: SourceMessage['status'],
  ts: number,
  reason?: string,
): WireMessage {
  return { type: 'source', name, status, ts, ...(reason ? { reason: reason.slice(0, 300) } : {}) };
}
