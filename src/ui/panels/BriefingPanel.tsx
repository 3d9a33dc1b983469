/** A paused drill's briefing, shown in the main area until `p` starts the drill. */
import { Box } from 'ink';
import { T } from '../theme-context.js';
import { fit } from '../view/format.js';

/** Words wrapped to `width`, paragraph by paragraph. */
export function wrapLines(lines: readonly string[], width: number): string[] {
  const out: string[] = [];
  for (const line of lines) {
    if (line === '') {
      out.push('');
      continue;
    }
    let current = '';
    for (const word of line.split(' ')) {
      if (current && current.length + 1 + word.length > width) {
        out.push(current);
        current = `  ${word}`;
      } else current = current ? `${current} ${word}` : word;
    }
    out.push(current);
  }
  return out;
}

/** Props: the briefing's lines and the box it fills. */
export type BriefingProps = {
  readonly lines: readonly string[];
  readonly width: number;
  readonly height: number;
};

/** The briefing in a rounded box; the title and the start key stand out. */
export function BriefingPanel({ lines, width, height }: BriefingProps) {
  const inner = Math.max(10, width - 4);
  const full = wrapLines(lines, inner);
  // Too tall for the box: the blank lines go first, then the middle.
  const wrapped = full.length > height - 2 ? full.filter((l) => l !== '') : full;
  const shown =
    wrapped.length > height - 2 ? [...wrapped.slice(0, height - 3), wrapped.at(-1) ?? ''] : wrapped;
  return (
    <Box flexDirection="column" height={height} width={width} borderStyle="round" paddingX={1}>
      {shown.map((line, i) => (
        <T
          // biome-ignore lint/suspicious/noArrayIndexKey: lines of a fixed text block
          key={i}
          t={i === 0 || line.startsWith('Press p') || line === 'Objectives' ? 'text.strong' : 'text.normal'}
        >
          {fit(line, inner)}
        </T>
      ))}
    </Box>
  );
}
