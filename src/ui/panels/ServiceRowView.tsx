/** One service as one line of text; memoised so unchanged rows cost nothing at repaint. */
import { Text } from 'ink';
import { memo } from 'react';
import type { Level } from '../../feeds/thresholds.js';
import type { TokenName } from '../../theme/tokens.js';
import { useStyle } from '../theme-context.js';
import { fit } from '../view/format.js';
import type { Columns } from '../view/layout.js';
import type { HealthView, ServiceRow } from '../view/service-rows.js';

const HEALTH: Record<HealthView, { glyph: string; word: string; token: TokenName }> = {
  up: { glyph: '✔', word: 'up', token: 'health.up' },
  degraded: { glyph: '▲', word: 'degraded', token: 'health.degraded' },
  down: { glyph: '✖', word: 'DOWN', token: 'health.down' },
  unknown: { glyph: '?', word: 'no data', token: 'health.unknown' },
  stale: { glyph: '…', word: 'stale', token: 'feed.stale' },
};

/** A glyph that says the level in words-free form, so status is never colour alone. */
export const LEVEL_MARK: Record<Level, string> = { ok: ' ', warning: '▲', critical: '✖' };
const LEVEL_TOKEN: Record<Level, TokenName> = {
  ok: 'level.ok',
  warning: 'level.warning',
  critical: 'level.critical',
};

/** Props for a row. */
export type ServiceRowProps = {
  readonly row: ServiceRow;
  readonly cols: Columns;
  readonly selected: boolean;
  readonly wide: boolean;
};

/** Volatile numbers come last so the terminal line diff starts as late as possible. */
export const ServiceRowView = memo(function ServiceRowView({ row, cols, selected, wide }: ServiceRowProps) {
  const health = HEALTH[row.health];
  const sel = useStyle('selection');
  const healthStyle = useStyle(health.token);
  const errStyle = useStyle(LEVEL_TOKEN[row.errLevel]);
  const p95Style = useStyle(LEVEL_TOKEN[row.p95Level]);
  const deployStyle = useStyle('deploy');
  const muted = useStyle('text.muted');
  const healthText =
    wide && row.healthAge
      ? `${health.glyph} ${health.word} ${row.healthAge}`
      : `${health.glyph} ${health.word}`;
  return (
    <Text wrap="truncate">
      <Text {...(selected ? sel : {})}>{fit(`${selected ? '▶' : ' '}${row.name}`, cols.name)}</Text>{' '}
      <Text {...healthStyle}>{fit(healthText, cols.health)}</Text> <Text {...errStyle}>{row.errSpark}</Text>{' '}
      <Text {...p95Style}>{row.p95Spark}</Text>{' '}
      {cols.deploy > 0 ? <Text {...deployStyle}>{`${fit(row.deployText, cols.deploy)} `}</Text> : null}
      <Text {...errStyle}>{fit(row.errText + LEVEL_MARK[row.errLevel], cols.err, 'right')}</Text>{' '}
      <Text {...p95Style}>{fit(row.p95Text, cols.p95, 'right')}</Text>{' '}
      <Text {...p95Style}>{fit(row.multipleText + LEVEL_MARK[row.p95Level], cols.multiple, 'right')}</Text>
      {cols.extra > 0 ? <Text {...muted}>{`  ${fit(row.extraText, cols.extra - 2)}`}</Text> : null}
    </Text>
  );
});
