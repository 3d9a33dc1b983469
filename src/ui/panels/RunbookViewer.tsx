/** The runbook, read beside the incident: styled lines, scrolling, search matches marked. */
import { Text } from 'ink';
import { memo } from 'react';
import type { RunbookDoc, SegmentStyle } from '../../runbook/doc-types.js';
import type { TokenName } from '../../theme/tokens.js';
import { T } from '../theme-context.js';
import { Frame } from './Frame.js';

const STYLE_TOKENS: Record<SegmentStyle, TokenName> = {
  h1: 'text.strong',
  h2: 'text.accent',
  h3: 'text.strong',
  text: 'text.normal',
  bold: 'text.strong',
  code: 'deploy',
  codeblock: 'text.muted',
  quote: 'text.muted',
  link: 'text.accent',
  listmark: 'key',
  'task-done': 'health.up',
  'task-open': 'text.normal',
  table: 'text.normal',
  rule: 'text.muted',
  muted: 'text.muted',
};

/** Props for the viewer. */
export type RunbookViewerProps = {
  readonly name: string;
  readonly doc: RunbookDoc;
  readonly top: number;
  readonly matches: readonly number[];
  readonly query: string;
  readonly width: number;
  readonly height: number;
};

/** Fills the main area; the title line says where you are and what matched. */
export const RunbookViewer = memo(function RunbookViewer(p: RunbookViewerProps) {
  const body = Math.max(1, p.height - 3);
  const shown = p.doc.lines.slice(p.top, p.top + body);
  const matchSet = new Set(p.matches);
  const where = `${Math.min(p.doc.lines.length, p.top + 1)}-${Math.min(p.doc.lines.length, p.top + body)}/${p.doc.lines.length}`;
  const search = p.query
    ? ` · "${p.query}" ${p.matches.length} match${p.matches.length === 1 ? '' : 'es'}`
    : '';
  return (
    <Frame title={`Runbook · ${p.name} · ${where}${search}`} width={p.width} height={p.height} focused={true}>
      {shown.map((line, i) => {
        const n = p.top + i;
        return (
          <Text key={`${n}`} wrap="truncate">
            {matchSet.has(n) ? <T t="selection">{'›'}</T> : ' '}
            {line.segments.map((s, j) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional within a line and never reorder
              <T key={`${n}.${j}`} t={STYLE_TOKENS[s.style]}>
                {s.text}
              </T>
            ))}
          </Text>
        );
      })}
    </Frame>
  );
});
