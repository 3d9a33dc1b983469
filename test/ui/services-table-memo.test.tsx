import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { ServicesTable, type ServicesTableProps } from '../../src/ui/panels/ServicesTable.js';
import { ThemeProvider } from '../../src/ui/theme-context.js';
import { builtIn } from '../../src/theme/load.js';
import { computeLayout } from '../../src/ui/view/layout.js';
import type { ServiceRow } from '../../src/ui/view/service-rows.js';

const row = (name: string, errText = '0.2%'): ServiceRow => ({
  name,
  health: 'up',
  healthAge: '',
  errText,
  errLevel: 'ok',
  p95Text: '40ms',
  multipleText: '1.0×',
  p95Level: 'ok',
  errSpark: '▁▂',
  p95Spark: '▁▁',
  deployText: '',
  extraText: '',
  rank: 0,
});

/** Props as the App builds them at each repaint: every array and object new, the values given. */
function props(errText = '0.2%', selected = 'auth'): ServicesTableProps {
  const layout = computeLayout(120, 40);
  if (layout.mode === 'too-small') throw new Error('120x40 has a table');
  return {
    rows: [row('auth'), row('payments', errText), row('search')],
    cols: { ...layout.table },
    width: layout.tableWidth,
    height: 10,
    offset: 0,
    selected,
    wide: true,
    order: 'worst',
    filter: '',
  };
}

describe('the services table as a memo boundary', () => {
  it('does not render again when a repaint elsewhere hands it equal rows and widths', () => {
    // The table is the only one here that asks the theme for 'text.accent' (the rows do not), so
    // the theme counts the table's renders without touching the component.
    let renders = 0;
    const dark = builtIn('dark');
    const styles = new Proxy(dark.styles, {
      get(target, token, receiver) {
        if (token === 'text.accent') renders += 1;
        return Reflect.get(target, token, receiver);
      },
    });
    const theme = { ...dark, styles };
    const view = (p: ServicesTableProps) => (
      <ThemeProvider value={theme}>
        <ServicesTable {...p} />
      </ThemeProvider>
    );
    const { rerender, lastFrame } = render(view(props()));
    expect(renders).toBe(1);
    // A clock tick: the App repaints, the table's inputs are rebuilt with the same values.
    rerender(view(props()));
    expect(renders).toBe(1);
    // One service's value changes: the table renders, and shows it.
    rerender(view(props('7.5%')));
    expect(renders).toBe(2);
    expect(lastFrame()).toContain('7.5%');
    // The selection moves.
    rerender(view(props('7.5%', 'search')));
    expect(renders).toBe(3);
    expect(
      lastFrame()
        ?.split('\n')
        .find((l) => l.includes('search')),
    ).toContain('▶');
  });
});
