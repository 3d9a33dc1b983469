import { render } from 'ink-testing-library';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import type { FeedEvent } from '../../src/feeds/store.js';
import { builtIn } from '../../src/theme/load.js';
import type { TokenName } from '../../src/theme/tokens.js';
import { EventsPanel } from '../../src/ui/panels/EventsPanel.js';
import { Footer, type FooterProps } from '../../src/ui/panels/Footer.js';
import { Header } from '../../src/ui/panels/Header.js';
import { ThemeProvider } from '../../src/ui/theme-context.js';

/**
 * Renders under a theme that counts how often each token is asked for: a component asks for its
 * tokens once per render, so the counts say which parts rendered without touching the components.
 */
function counted(tree: ReactElement) {
  const reads = new Map<string, number>();
  const dark = builtIn('dark');
  const styles = new Proxy(dark.styles, {
    get(target, token, receiver) {
      if (typeof token === 'string') reads.set(token, (reads.get(token) ?? 0) + 1);
      return Reflect.get(target, token, receiver);
    },
  });
  // One theme object: a new one would re-render every reader of the theme, memo or not.
  const theme = { ...dark, styles };
  const wrap = (t: ReactElement) => <ThemeProvider value={theme}>{t}</ThemeProvider>;
  const view = render(wrap(tree));
  return {
    reads: (token: TokenName) => reads.get(token) ?? 0,
    rerender: (t: ReactElement) => view.rerender(wrap(t)),
    lastFrame: () => view.lastFrame() ?? '',
  };
}

const T0 = Date.UTC(2026, 10, 30, 9, 15, 0);

describe('repaints that change nothing a panel shows', () => {
  it('leave the header alone within a minute, and redraw it when the minute turns', () => {
    const v = counted(<Header width={80} source="demo" now={T0} />);
    expect(v.reads('header.text')).toBe(1);
    // Given the clock moves by seconds, when the App repaints, then the band (minutes) stays.
    v.rerender(<Header width={80} source="demo" now={T0 + 59_000} />);
    expect(v.reads('header.text')).toBe(1);
    v.rerender(<Header width={80} source="demo" now={T0 + 60_000} />);
    expect(v.reads('header.text')).toBe(2);
    expect(v.lastFrame()).toContain('09:16 UTC');
  });

  it('leave the events panel alone when the list is sliced anew with the same events', () => {
    const events: FeedEvent[] = [{ ts: T0, kind: 'deploy', service: 'orders', text: 'deploy v2' }];
    const panel = (list: readonly FeedEvent[], now: number) => (
      <EventsPanel events={list} width={60} height={8} feedNow={T0} now={now} />
    );
    const v = counted(panel(events.slice(-5), T0));
    expect(v.reads('border.normal')).toBe(1);
    // A second later the title still says the clocks agree, and the events are the same ones.
    v.rerender(panel(events.slice(-5), T0 + 1000));
    expect(v.reads('border.normal')).toBe(1);
    events.push({ ts: T0 + 2000, kind: 'health', service: 'auth', text: 'down' });
    v.rerender(panel(events.slice(-5), T0 + 2000));
    expect(v.reads('border.normal')).toBe(2);
    expect(v.lastFrame()).toContain('auth down');
  });

  it('rebuild the footer hints only when the keys that work change, not when traffic moves', () => {
    const footer = (traffic: string, contexts: FooterProps['contexts']): ReactElement => (
      <Footer
        width={100}
        feeds={[{ text: '● demo live', token: 'feed.live' }]}
        traffic={traffic}
        contexts={[...contexts]}
        urgent={[]}
      />
    );
    const v = counted(footer('96 msg/s', ['global']));
    // The footer's feed line and its hint line each ask for the muted style once.
    expect(v.reads('text.muted')).toBe(2);
    v.rerender(footer('96 msg/s', ['global']));
    expect(v.reads('text.muted')).toBe(2);
    v.rerender(footer('97 msg/s', ['global']));
    expect(v.reads('text.muted')).toBe(3);
    expect(v.lastFrame()).toContain('97 msg/s');
    v.rerender(footer('97 msg/s', ['global', 'services']));
    expect(v.reads('text.muted')).toBe(5);
  });
});
