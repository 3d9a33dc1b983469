/** A headless xterm whose whole screen (glyphs, widths, colours, attributes) can be compared. */
import xterm from '@xterm/headless';

/** A headless terminal of the given size. */
export function makeTerminal(columns: number, rows: number): InstanceType<typeof xterm.Terminal> {
  return new xterm.Terminal({ cols: columns, rows, allowProposedApi: true });
}

/** Writes data and resolves once the emulator has parsed it. */
export function feed(term: InstanceType<typeof xterm.Terminal>, data: string): Promise<void> {
  return new Promise((resolve) => term.write(data, resolve));
}

/** Every cell as "chars/width/fg/bg/attrs", one line per row. */
export function cells(term: InstanceType<typeof xterm.Terminal>): string {
  const buffer = term.buffer.active;
  const lines: string[] = [];
  const cell = buffer.getNullCell();
  for (let y = 0; y < term.rows; y += 1) {
    const line = buffer.getLine(buffer.viewportY + y);
    const parts: string[] = [];
    for (let x = 0; x < term.cols; x += 1) {
      line?.getCell(x, cell);
      const attrs = [
        cell.isBold(),
        cell.isDim(),
        cell.isItalic(),
        cell.isUnderline(),
        cell.isInverse(),
        cell.isStrikethrough(),
      ]
        .map((a) => (a ? 1 : 0))
        .join('');
      const chars = cell.getChars() || ' ';
      parts.push(
        `${chars}/${cell.getWidth()}/${cell.getFgColorMode()}:${cell.getFgColor()}/${cell.getBgColorMode()}:${cell.getBgColor()}/${attrs}`,
      );
    }
    lines.push(parts.join(' '));
  }
  return lines.join('\n');
}

/** A plain full paint of a frame: clear, then each line from its own row start. */
export function fullPaint(frame: string): string {
  const lines = frame.split('\n');
  return `\u001b[0m\u001b[H\u001b[2J${lines.map((l, y) => `\u001b[${y + 1};1H${l}\u001b[0m`).join('')}`;
}
