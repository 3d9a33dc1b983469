/** Pure view math for the wall screen: which clock leads, what the idle band says, how tall the band is. */
import type { Clock } from '../../incident/clock.js';
import type { TokenName } from '../../theme/tokens.js';
import { BLOCK_ROWS, blockWidth } from './block-font.js';
import { isRunning } from './clock-strip.js';
import { clockText, countdown } from './incident-view.js';
import type { ServiceRow } from './service-rows.js';

/** The clock the band shows large: the most urgent one still running (clocks come sorted). */
export function urgentClock(clocks: readonly Clock[]): Clock | undefined {
  return clocks.find(isRunning);
}

/** A clock's large text (block type), its words in normal type, and its token. */
export function clockFace(clock: Clock): { big: string; words: string; token: TokenName } {
  const { text, token, mark } = clockText(clock);
  if (text === 'now') return { big: 'NOW', words: `${mark} ${clock.label}: act now`, token };
  const big = countdown(clock.remainingMs ?? 0);
  const words = clock.state === 'breached' ? `${mark} BREACHED ${clock.label}` : `${mark} ${clock.label}`;
  return { big: /d/.test(big) ? big.replace('d', 'D') : big, words, token };
}

/** Whether the title goes in block type: only when it fits the width as it is. */
export function titleInBlocks(title: string, width: number): boolean {
  const w = blockWidth(title);
  return w > 0 && w + 2 <= width;
}

/** Rows the incident band takes: the block row, a spacer, and the title (block or one line). */
export function incidentBandHeight(title: string, width: number): number {
  return BLOCK_ROWS + 1 + (titleInBlocks(title, width) ? BLOCK_ROWS : 1);
}

/** Rows the band takes before an incident is declared. */
export const IDLE_BAND_HEIGHT = BLOCK_ROWS + 1;

/** What the idle band says large: the services' health in two words or so. */
export function idleHealth(rows: readonly ServiceRow[]): { big: string; token: TokenName; words: string } {
  const count = (h: ServiceRow['health']) => rows.filter((r) => r.health === h).length;
  const down = count('down');
  const degraded = count('degraded') + count('stale');
  const words = `${rows.length} services · ${down} down · ${degraded} degraded or stale · ${count('unknown')} without data`;
  if (rows.length === 0) return { big: 'NO DATA', token: 'health.unknown', words: 'no services reported yet' };
  if (down > 0) return { big: `${down} DOWN`, token: 'health.down', words };
  if (degraded > 0) return { big: `${degraded} DEGRADED`, token: 'health.degraded', words };
  if (count('unknown') === rows.length) return { big: 'NO DATA', token: 'health.unknown', words };
  return { big: 'ALL UP', token: 'health.up', words };
}
