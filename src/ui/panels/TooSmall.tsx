/** What a terminal below the minimum size shows instead of a broken layout. */
import { Box, Text } from 'ink';
import { MIN_COLUMNS, MIN_ROWS } from '../view/layout.js';

/** Says the size, the minimum, and what to do; fits in very small terminals. */
export function TooSmall({ columns, rows }: { readonly columns: number; readonly rows: number }) {
  return (
    <Box flexDirection="column" width={columns} height={rows} justifyContent="center" alignItems="center">
      <Text bold>Terminal too small</Text>
      <Text wrap="wrap">{`${columns}x${rows}; warroom needs ${MIN_COLUMNS}x${MIN_ROWS}.`}</Text>
      <Text wrap="wrap">Enlarge the window. q quits.</Text>
    </Box>
  );
}
