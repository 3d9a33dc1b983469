/** The update composer: a multi-line editor, then a review of exactly what will be sent. */
import { Text } from 'ink';
import { memo } from 'react';
import type { Draft } from '../state.js';
import { T } from '../theme-context.js';
import { Frame } from './Frame.js';
import { fit } from '../view/format.js';

/** Props for the composer. */
export type ComposerViewProps = {
  readonly draft: Draft;
  readonly width: number;
  readonly height: number;
  /** Where a post would go, for the review line. */
  readonly destination: string;
};

/** Shows the draft; in edit mode the cursor is drawn as an inverse cell. */
export const ComposerView = memo(function ComposerView({
  draft,
  width,
  height,
  destination,
}: ComposerViewProps) {
  const inner = width - 4;
  const body = Math.max(1, height - 4);
  const { lines, row, col } = draft.editor;
  const top = Math.max(0, Math.min(row - Math.floor(body / 2), lines.length - body));
  const editing = draft.mode === 'edit';
  const title = editing
    ? `Update${draft.template ? ` · ${draft.template}` : ''} · editing — Ctrl+D review · Esc close (draft kept)`
    : `Review — c copy · p post · b both · e edit · Esc close · goes to ${destination}`;
  return (
    <Frame title={title} width={width} height={height} focused={true}>
      {lines.slice(top, top + body).map((line, i) => {
        const n = top + i;
        const chars = [...line];
        if (!editing || n !== row) {
          return (
            <Text key={`l${n}`} wrap="truncate">
              {line.includes('⟨') ? <T t="sla.near">{line || ' '}</T> : line || ' '}
            </Text>
          );
        }
        return (
          <Text key={`l${n}`} wrap="truncate">
            {chars.slice(0, col).join('')}
            <T t="selection">{chars[col] ?? ' '}</T>
            {chars.slice(col + 1).join('')}
          </Text>
        );
      })}
      <T t="text.muted">
        {fit(
          `${lines.length} line${lines.length === 1 ? '' : 's'} · ⟨name?⟩ marks what is still to fill in`,
          inner,
        )}
      </T>
    </Frame>
  );
});
