import { afterEach, describe, expect, it } from 'vitest';
import { MetricStore } from '../../src/feeds/store.js';
import { NOTICE_MS } from '../../src/ui/panels/TopLines.js';
import { renderApp, T0 } from '../helpers/app.js';
import type { Screen } from '../helpers/render.js';

let screen: Screen | undefined;
afterEach(() => screen?.unmount());

describe('notices', () => {
  it('"✔ cancelled" fades a few seconds later on the injected clock, even on an idle dashboard', async () => {
    let now = T0;
    screen = renderApp({ store: new MetricStore({ now: () => now }), clock: () => now, columns: 80, rows: 24 });
    await screen.waitFor((f) => f.length > 0, 'the first frame');
    screen.stdin.type('d');
    await screen.waitFor((f) => f.includes('Declare'), 'the declare form');
    screen.stdin.type('\u001b');
    await screen.waitFor((f) => f.includes('✔ cancelled'), 'the notice');
    now += NOTICE_MS;
    const frame = await screen.waitFor((f) => !f.includes('cancelled'), 'the notice to fade', 10_000);
    expect(frame).not.toContain('✔');
  });
});
