/** The help screen, generated from the key table. */
import { Box, Text } from 'ink';
import { memo } from 'react';
import { keyLabel } from '../../keys/bindings.js';
import { shownBindings } from '../../keys/read-only.js';
import { T } from '../theme-context.js';
import { fit } from '../view/format.js';

/** The lines of help text, grouped by category (exported for the README sync test). */
export function helpLines(): Array<{ heading?: string; keys?: string; text?: string }> {
  const out: Array<{ heading?: string; keys?: string; text?: string }> = [];
  const categories = [...new Set(shownBindings().map((b) => b.category))];
  for (const category of categories) {
    out.push({ heading: category });
    for (const b of shownBindings().filter((x) => x.category === category)) {
      out.push({
        keys: b.keys.map(keyLabel).join(' '),
        text: b.description + (b.dangerous ? ' (asks first)' : ''),
      });
    }
  }
  return out;
}

/** Props for the help overlay. */
export type HelpOverlayProps = { readonly width: number; readonly height: number; readonly scroll: number };

/** Fills the main area; scrolls when the terminal is short. */
export const HelpOverlay = memo(function HelpOverlay({ width, height, scroll }: HelpOverlayProps) {
  const lines = helpLines();
  const body = Math.max(1, height - 4);
  const start = Math.min(scroll, Math.max(0, lines.length - body));
  return (
    <Box flexDirection="column" width={width} height={height} borderStyle="round" paddingX={1}>
      <T t="text.strong">{fit('Keys — Esc or ? closes; j/k scrolls', width - 4)}</T>
      {lines.slice(start, start + body).map((l) =>
        l.heading ? (
          <T key={`h${l.heading}`} t="text.accent">
            {l.heading}
          </T>
        ) : (
          <Text key={`k${l.keys}${l.text}`} wrap="truncate">
            <T t="key">{fit(`  ${l.keys}`, 18)}</T>
            {l.text}
          </Text>
        ),
      )}
    </Box>
  );
});
