/** Draws the open modal as a box in the main area: a prompt, a picker or a confirmation. */
import { Box, Text } from 'ink';
import { memo } from 'react';
import type { Modal } from '../modal.js';
import { T, useStyle } from '../theme-context.js';
import { fit } from '../view/format.js';

/** Props for the modal view. */
export type ModalViewProps = { readonly modal: Modal; readonly width: number };

/** A bordered box sized to its content; keys are listed at its foot. */
export const ModalView = memo(function ModalView({ modal, width }: ModalViewProps) {
  const border = useStyle('border.focus');
  if (modal.kind === 'none') return null;
  const inner = Math.max(10, width - 4);
  const lines = modal.label.split('\n');
  return (
    <Box flexDirection="column" width={width} borderStyle="round" borderColor={border.color} paddingX={1}>
      <T t="text.strong">{fit(lines[0] ?? '', inner)}</T>
      {lines.slice(1).map((l) => (
        <T key={l} t="text.normal">
          {fit(l, inner)}
        </T>
      ))}
      {modal.kind === 'picker'
        ? modal.options.map((o, i) => (
            <Text key={o.id} wrap="truncate">
              <T t={i === modal.index ? 'selection' : 'text.normal'}>
                {fit(`${i === modal.index ? '▶' : ' '} ${i + 1}. ${o.label}`, Math.min(inner, 40))}
              </T>
              {o.hint ? <T t="text.muted">{` ${o.hint}`}</T> : null}
            </Text>
          ))
        : null}
      {modal.kind === 'prompt' || (modal.kind === 'confirm' && modal.typeBack !== undefined) ? (
        <Text wrap="truncate">
          <T t="key">{'› '}</T>
          {fit(`${modal.value}▏`, inner - 2)}
        </Text>
      ) : null}
      <T t="text.muted">{fit(footer(modal), inner)}</T>
    </Box>
  );
});

function footer(modal: Modal): string {
  switch (modal.kind) {
    case 'picker':
      if (modal.refused) return `✖ ${modal.refused}`;
      return modal.index < 0
        ? 'nothing preselected: ↑/↓ or 1-9 choose · Esc cancels'
        : '↑/↓ or 1-9 choose · Enter picks · Esc cancels';
    case 'prompt':
      return modal.refused && !modal.value ? `✖ ${modal.refused}` : 'Enter saves · Esc cancels';
    case 'confirm':
      if (modal.data?.copyable === '1') return 'y runs · c copies the command · n or Esc cancels';
      return modal.typeBack !== undefined
        ? `type ${modal.typeBack} then Enter · Esc cancels`
        : 'y confirms · n or Esc cancels';
    default:
      return '';
  }
}
