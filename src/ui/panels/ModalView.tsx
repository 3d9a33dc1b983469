/** Draws the open modal as a box in the main area: a prompt, a picker or a confirmation. */
import { Box, Text } from 'ink';
import { memo } from 'react';
import type { Modal } from '../modal.js';
import { T, useStyle } from '../theme-context.js';
import { fit } from '../view/format.js';
import { keysLine, labelColumn, modalRows, optionText } from '../view/modal-box.js';

/** Props for the modal view; `maxRows` bounds its height (a long picker then shows a window). */
export type ModalViewProps = { readonly modal: Modal; readonly width: number; readonly maxRows?: number };

/** A bordered box sized to its content; keys are listed at its foot. */
export const ModalView = memo(function ModalView({ modal, width, maxRows = 1000 }: ModalViewProps) {
  const border = useStyle('border.focus');
  if (modal.kind === 'none') return null;
  const inner = Math.max(10, width - 4);
  const lines = modal.label.split('\n');
  const { rows, offset, count } = modalRows(modal, maxRows);
  const column = labelColumn(modal, inner);
  const total = modal.kind === 'picker' ? modal.options.length : 0;
  const windowed = count < total ? `${offset + 1}-${offset + count} of ${total} · ` : '';
  return (
    <Box
      flexDirection="column"
      width={width}
      height={rows}
      flexShrink={0}
      borderStyle="round"
      borderColor={border.color}
      paddingX={1}
    >
      <T t="text.strong">{fit(lines[0] ?? '', inner)}</T>
      {lines.slice(1).map((l, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: lines of a fixed label
        <T key={i} t="text.normal">
          {fit(l, inner)}
        </T>
      ))}
      {modal.kind === 'picker'
        ? modal.options.slice(offset, offset + count).map((o, j) => {
            const i = offset + j;
            return (
              <Text key={o.id} wrap="truncate">
                <T t={i === modal.index ? 'selection' : 'text.normal'}>
                  {fit(optionText(i, o.label, i === modal.index), column)}
                </T>
                {o.hint && column < inner ? <T t="text.muted">{fit(` ${o.hint}`, inner - column)}</T> : null}
              </Text>
            );
          })
        : null}
      {modal.kind === 'prompt' || (modal.kind === 'confirm' && modal.typeBack !== undefined) ? (
        <Text wrap="truncate">
          <T t="key">{'› '}</T>
          {fit(`${modal.value}▏`, inner - 2)}
        </Text>
      ) : null}
      <T t="text.muted">{fit(`${windowed}${keysLine(modal)}`, inner)}</T>
    </Box>
  );
});
