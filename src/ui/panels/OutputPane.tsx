/** A command's output as it streams, with how it ended. */
import { Text } from 'ink';
import { memo } from 'react';
import type { CommandRun } from '../../app/actions-session.js';
import { T } from '../theme-context.js';
import { Frame } from './Frame.js';
import { fit } from '../view/format.js';

/** Props for the pane. */
export type OutputPaneProps = {
  readonly run: CommandRun;
  readonly width: number;
  readonly height: number;
  readonly lines: number;
};

/** The newest lines at the bottom; stderr lines are marked "!". */
export const OutputPane = memo(function OutputPane({ run, width, height }: OutputPaneProps) {
  const inner = width - 4;
  const body = Math.max(1, height - 5);
  const status = run.running
    ? 'running — Ctrl+C stops it · Esc hides this pane'
    : `${run.result?.detail ?? 'ended'} · Esc closes`;
  return (
    <Frame
      title={`${run.dryRun ? 'DRY RUN · ' : ''}${run.label}`}
      width={width}
      height={height}
      focused={run.running}
    >
      <T t="text.accent">{fit(`$ ${run.display}`, inner)}</T>
      {run.lines.slice(-body).map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the newest lines of a stream, shown in order
        <Text key={i} wrap="truncate">
          {line.startsWith('! ') ? <T t="text.error">{line}</T> : line}
        </Text>
      ))}
      <T t={run.running ? 'sla.near' : run.result?.exitCode === 0 || run.dryRun ? 'sla.ok' : 'sla.breached'}>
        {fit(status, inner)}
      </T>
    </Frame>
  );
});
