/** The outbox panel: every delivery per target, with its state, tries, next try and last error. */
import { Text } from 'ink';
import type { OutboxRow } from '../../actions/delivery/outbox-rows.js';
import { T } from '../theme-context.js';
import { fit, formatClock } from '../view/format.js';
import { scrollOffset } from '../view/layout.js';
import { outboxState, outboxTitle } from '../view/outbox-view.js';
import { Frame } from './Frame.js';

/** Props for the panel. */
export type OutboxPanelProps = {
  readonly rows: readonly OutboxRow[];
  readonly cursor: number;
  readonly width: number;
  readonly height: number;
};

const POSTED = 9;

/** A fixed-width table; the last column holds the last error, or the update's first line. */
export function OutboxPanel(p: OutboxPanelProps) {
  const inner = Math.max(20, p.width - 4);
  // Narrow screens give the last column (the error) the room the fixed ones can spare.
  const narrow = inner < 110;
  const TARGET = narrow ? 12 : 16;
  const STATE = narrow ? 20 : 24;
  const TRIES = narrow ? 5 : 6;
  const body = Math.max(1, p.height - 4);
  const cursor = Math.min(p.cursor, Math.max(0, p.rows.length - 1));
  const offset = scrollOffset(cursor, 0, body, p.rows.length);
  const rest = Math.max(8, inner - 2 - TARGET - STATE - TRIES - POSTED - 4);
  const head = `  ${fit('TARGET', TARGET)} ${fit('STATE', STATE)} ${fit('TRIES', TRIES)} ${fit('POSTED', POSTED)} LAST ERROR · UPDATE`;
  return (
    <Frame title={outboxTitle(p.rows)} width={p.width} height={p.height} focused>
      <T t="text.muted">{fit(head, inner)}</T>
      {p.rows.length === 0 ? <T t="text.muted">{fit('  no update has been posted to a target', inner)}</T> : null}
      {p.rows.slice(offset, offset + body).map((row, i) => {
        const state = outboxState(row);
        const selected = offset + i === cursor;
        const last = row.lastError ? `${row.lastError} · ${row.text}` : row.text;
        return (
          <Text key={`${row.update}:${row.target}`} wrap="truncate">
            <T t={selected ? 'text.accent' : 'text.normal'}>{`${selected ? '▶' : ' '} ${fit(row.target, TARGET)} `}</T>
            <T t={state.token}>{fit(`${state.mark} ${state.text}`, STATE)}</T>
            <T t="text.normal">{` ${fit(String(row.attempts), TRIES)} ${fit(formatClock(row.postedAt), POSTED)} `}</T>
            <T t={row.lastError && row.state !== 'delivered' ? 'sla.near' : 'text.muted'}>{fit(last, rest)}</T>
          </Text>
        );
      })}
    </Frame>
  );
}
