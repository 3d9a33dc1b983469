/** How the outbox panel says each delivery's state: a mark (never colour alone), words and a token. */
import type { OutboxRow } from '../../actions/delivery/outbox-rows.js';
import type { TokenName } from '../../theme/tokens.js';
import { formatClock } from './format.js';

/** A row's state as the panel shows it. */
export function outboxState(row: OutboxRow): { mark: string; text: string; token: TokenName } {
  switch (row.state) {
    case 'queued':
      return { mark: '◌', text: 'queued', token: 'text.muted' };
    case 'sending':
      return { mark: '→', text: 'sending…', token: 'text.accent' };
    case 'retrying':
      return {
        mark: '◷',
        text: row.nextTryAt === undefined ? 'retrying' : `retry at ${formatClock(row.nextTryAt)}`,
        token: 'sla.near',
      };
    case 'unknown-parked':
      return { mark: '▲', text: 'unknown: parked', token: 'sla.breached' };
    case 'failed':
      return { mark: '✖', text: 'failed: parked', token: 'sla.breached' };
    case 'delivered':
      return { mark: '✔', text: 'delivered', token: 'health.up' };
    case 'dropped':
      return { mark: '—', text: `dropped by ${row.droppedBy ?? 'someone'}`, token: 'text.muted' };
    default: {
      const never: never = row.state;
      return never;
    }
  }
}

/** The panel's title: what waits, and the keys. */
export function outboxTitle(rows: readonly OutboxRow[]): string {
  const waiting = rows.filter((r) => r.state !== 'delivered' && r.state !== 'dropped').length;
  const parked = rows.filter((r) => r.state === 'failed' || r.state === 'unknown-parked').length;
  const need = parked === 0 ? '' : parked === waiting ? ', all need you' : `, ${parked} of them need you`;
  const counts = rows.length === 0 ? 'nothing posted yet' : `${waiting} waiting${need}`;
  return `Outbox · ${counts} — r retry now · x drop · j/k move · Esc close`;
}
