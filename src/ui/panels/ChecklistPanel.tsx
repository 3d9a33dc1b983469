/** The current stage's checklists; the cursor row is ticked with space or x. */
import { Text } from 'ink';
import { memo } from 'react';
import { T } from '../theme-context.js';
import { Frame } from './Frame.js';
import { fit, formatClock } from '../view/format.js';
import type { ChecklistRow } from '../view/incident-view.js';
import { scrollOffset } from '../view/layout.js';

/** Props for the checklist panel. */
export type ChecklistPanelProps = {
  readonly stage: string;
  readonly rows: readonly ChecklistRow[];
  readonly cursor: number;
  readonly focused: boolean;
  readonly width: number;
  readonly height: number;
};

/** A bordered list: headings with progress, items with who ticked them and when. */
export const ChecklistPanel = memo(function ChecklistPanel(p: ChecklistPanelProps) {
  const inner = p.width - 4;
  const body = Math.max(1, p.height - 3);
  const cursorRow = Math.max(
    0,
    p.rows.findIndex((r) => r.kind === 'item' && r.index === p.cursor),
  );
  const offset = scrollOffset(cursorRow, 0, body, p.rows.length);
  return (
    <Frame
      title={`Checklist · ${p.stage}${p.focused ? '  (space/x ticks)' : ''}`}
      width={p.width}
      height={p.height}
      focused={p.focused}
    >
      {p.rows.length === 0 ? (
        <T t="text.muted">{fit('nothing for this stage in the profile', inner)}</T>
      ) : null}
      {p.rows.slice(offset, offset + body).map((r) =>
        r.kind === 'heading' ? (
          <T key={`h:${r.text}`} t="text.accent">
            {fit(`${r.text} ${r.done}/${r.total}`, inner)}
          </T>
        ) : (
          <Text key={`${r.checklist}/${r.item}`} wrap="truncate">
            <T t={p.focused && r.index === p.cursor ? 'selection' : r.tick ? 'health.up' : 'text.normal'}>
              {fit(`${r.tick ? '[x]' : '[ ]'} ${r.text}`, r.tick ? Math.max(8, inner - 18) : inner)}
            </T>
            {r.tick ? (
              <T t="text.muted">{` ${formatClock(r.tick.at).slice(0, 5)} ${fit(r.tick.by, 11)}`}</T>
            ) : null}
          </Text>
        ),
      )}
    </Frame>
  );
});
