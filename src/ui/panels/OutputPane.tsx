/** A command's output as it streams, wrapped to the width and scrollable, with how it ended. */
import { Text } from 'ink';
import { memo } from 'react';
import type { CommandRun } from '../../app/actions-session.js';
import type { RunResult } from '../../actions/commands/run.js';
import { T } from '../theme-context.js';
import { Frame } from './Frame.js';
import { fit } from '../view/format.js';
import { outputStatus, visibleRows, wrapOutput } from '../view/output-lines.js';

/** Props for the pane; `lines`, `running` and `result` are passed so a change re-renders it. */
export type OutputPaneProps = {
  readonly run: CommandRun;
  readonly width: number;
  readonly height: number;
  readonly lines: number;
  readonly running: boolean;
  readonly result: RunResult | undefined;
  /** Rows scrolled back from the newest. */
  readonly back: number;
};

/** The newest rows at the bottom unless scrolled back; stderr rows in the error colour. */
export const OutputPane = memo(function OutputPane({
  run,
  width,
  height,
  running,
  result,
  back,
}: OutputPaneProps) {
  const inner = width - 4;
  const body = Math.max(1, height - 5);
  const rows = wrapOutput(run.lines, inner);
  const shown = visibleRows(rows, body, back);
  const hidden = Math.max(0, Math.min(back, rows.length - body));
  const status = `${hidden > 0 ? `↓ ${hidden} newer · ` : ''}${outputStatus(running, result)}`;
  return (
    <Frame
      title={`${run.dryRun ? 'DRY RUN · ' : ''}${run.label}`}
      width={width}
      height={height}
      focused={running}
    >
      <T t="text.accent">{fit(`$ ${run.display}`, inner)}</T>
      {shown.map((row, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows of a stream, shown in order
        <Text key={i} wrap="truncate">
          {row.error ? <T t="text.error">{row.text}</T> : row.text}
        </Text>
      ))}
      <T t={running ? 'sla.near' : result?.exitCode === 0 || run.dryRun ? 'sla.ok' : 'sla.breached'}>
        {fit(status, inner)}
      </T>
    </Frame>
  );
});
