/** The bordered box every panel sits in: a title line, then the panel's own lines. */
import { Box } from 'ink';
import type { ReactNode } from 'react';
import { T, useStyle } from '../theme-context.js';
import { fit } from '../view/format.js';

/** Props for a frame; `focused` picks the border colour. */
export type FrameProps = {
  readonly title: string;
  readonly width: number;
  readonly height?: number;
  readonly focused: boolean;
  readonly children?: ReactNode;
};

/** A rounded border with one cell of padding; the title is cut to the inner width. */
export function Frame({ title, width, height, focused, children }: FrameProps) {
  const border = useStyle(focused ? 'border.focus' : 'border.normal');
  return (
    <Box
      flexDirection="column"
      width={width}
      {...(height === undefined ? {} : { height })}
      borderStyle="round"
      borderColor={border.color}
      paddingX={1}
    >
      <T t="text.strong">{fit(title, width - 4)}</T>
      {children}
    </Box>
  );
}
