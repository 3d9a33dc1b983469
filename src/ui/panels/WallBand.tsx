/**
 * The wall screen's band, read from across the room: the severity, the T+ clock and the most
 * urgent SLA clock in block type, the title beneath (in block type when it fits). Before an
 * incident, the services' health and the time.
 */
import { Box, Text } from 'ink';
import { memo } from 'react';
import type { Clock } from '../../incident/clock.js';
import type { TokenName } from '../../theme/tokens.js';
import { T } from '../theme-context.js';
import { BLOCK_ROWS, blockLines } from '../view/block-font.js';
import { fit, formatClock } from '../view/format.js';
import { elapsed } from '../view/incident-view.js';
import { clockFace, titleInBlocks, urgentClock } from '../view/wall.js';

/** Block type in one token; `pad` puts a cell each side (for tokens with a background). */
function Block({ text, token, pad = false }: { readonly text: string; readonly token: TokenName; readonly pad?: boolean }) {
  const lines = blockLines(text) ?? [];
  return (
    <Box flexDirection="column" flexShrink={0}>
      {lines.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the rows of one glyph run
        <T key={i} t={token}>
          {pad ? ` ${line} ` : line}
        </T>
      ))}
    </Box>
  );
}

const Gap = ({ width }: { readonly width: number }) => <Box width={width} flexShrink={0} />;

/** Props for the incident band. */
export type IncidentWallBandProps = {
  readonly width: number;
  readonly severity: string;
  readonly colour: 'critical' | 'high' | 'medium' | 'low';
  readonly title: string;
  readonly status: string;
  readonly startedAt: number;
  readonly now: number;
  readonly clocks: readonly Clock[];
};

/** Severity, T+ and the leading clock large; the clock's words and the status beside it. */
export const IncidentWallBand = memo(function IncidentWallBand(p: IncidentWallBandProps) {
  const clock = urgentClock(p.clocks);
  const face = clock ? clockFace(clock) : undefined;
  const severity = p.severity.toUpperCase();
  const blocks = blockLines(severity) !== undefined;
  const title = titleInBlocks(p.title, p.width);
  return (
    <Box flexDirection="column" width={p.width} flexShrink={0}>
      <Box flexDirection="row" height={BLOCK_ROWS} width={p.width} overflow="hidden">
        <Gap width={1} />
        {blocks ? (
          <Block text={severity} token={`severity.${p.colour}` as TokenName} pad />
        ) : (
          <T t={`severity.${p.colour}` as TokenName}>{` ${p.severity} `}</T>
        )}
        <Gap width={3} />
        <Block text={elapsed(p.now - p.startedAt)} token="text.strong" />
        <Gap width={4} />
        {face ? <Block text={face.big} token={face.token} /> : null}
        <Gap width={3} />
        <Box flexDirection="column" flexGrow={1} overflow="hidden">
          {face ? <T t={face.token}>{fit(face.words, 60)}</T> : <T t="text.muted">no clocks running</T>}
          <Text> </Text>
          <T t="text.strong">{p.status.toUpperCase()}</T>
          <Text> </Text>
          <T t="text.muted">{`${formatClock(p.now, false)} UTC`}</T>
        </Box>
      </Box>
      <Text> </Text>
      {title ? (
        <Box paddingLeft={1}>
          <Block text={p.title} token="text.strong" />
        </Box>
      ) : (
        <T t="text.strong">{fit(` ${p.title}`, p.width)}</T>
      )}
    </Box>
  );
});

/** Props for the band before an incident. */
export type IdleWallBandProps = {
  readonly width: number;
  readonly big: string;
  readonly token: TokenName;
  readonly words: string;
  readonly now: number;
};

/** The services' health and the time, large; a line of counts beside them. */
export const IdleWallBand = memo(function IdleWallBand(p: IdleWallBandProps) {
  return (
    <Box flexDirection="column" width={p.width} flexShrink={0}>
      <Box flexDirection="row" height={BLOCK_ROWS} width={p.width} overflow="hidden">
        <Gap width={1} />
        <Block text={p.big} token={p.token} />
        <Gap width={4} />
        <Block text={formatClock(p.now, false)} token="text.strong" />
        <Gap width={3} />
        <Box flexDirection="column" flexGrow={1} overflow="hidden">
          <T t="text.strong">no active incident</T>
          <Text> </Text>
          <T t="text.muted">{p.words}</T>
          <Text> </Text>
          <T t="text.muted">UTC · d declares an incident</T>
        </Box>
      </Box>
      <Text> </Text>
    </Box>
  );
});
