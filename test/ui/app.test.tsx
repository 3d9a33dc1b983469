import { afterEach, describe, expect, it } from 'vitest';
import type { FeedMessage } from '../../src/feeds/protocol.js';
import { MetricStore } from '../../src/feeds/store.js';
import { renderApp, T0, testSession as session } from '../helpers/app.js';
import type { Screen } from '../helpers/render.js';
import { blockLines } from '../../src/ui/view/block-font.js';
const SERVICES = [
  'api-gateway',
  'checkout',
  'payments',
  'orders',
  'inventory',
  'catalog',
  'search',
  'auth',
  'users',
  'notifications',
  'postgres-primary',
  'redis-cache',
];

function seeded(now = T0): MetricStore {
  const store = new MetricStore({ now: () => now });
  store.setFeedState('ws://127.0.0.1:9000', { kind: 'live', since: now, lastFrameAt: now });
  const messages: FeedMessage[] = [];
  for (let m = 0; m <= 6; m += 1) {
    const ts = T0 - (6 - m) * 60_000;
    for (const service of SERVICES) {
      const bad = service === 'payments';
      messages.push({ type: 'health', service, status: bad && m > 3 ? 'down' : 'up', ts });
      messages.push({ type: 'error-rate', service, ratio: bad ? 0.12 : 0.002, ts });
      messages.push({
        type: 'latency',
        service,
        p95: service === 'postgres-primary' ? 250 : 120,
        ts,
        baseline_p95: 120,
      });
    }
  }
  messages.push({ type: 'deploy', service: 'payments', version: 'v2.3.1', ts: T0 - 7 * 60_000 });
  store.ingestFrame('ws://127.0.0.1:9000', { messages, unknown: 0, rejected: [] }, now);
  return store;
}

let screen: Screen | undefined;
afterEach(() => screen?.unmount());

describe('the dashboard at 80x24', () => {
  it('shows every service, worst first, with status in words and glyphs', async () => {
    screen = renderApp({ store: seeded(), columns: 80, rows: 24 });
    const frame = await screen.waitFor((f) => f.includes('redis-cache'), 'the services');
    const lines = frame.split('\n');
    expect(lines.length).toBeLessThanOrEqual(24);
    expect(lines.every((l) => [...l].length <= 80)).toBe(true);
    const rows = lines.filter((l) => /^[ ▶][a-z]/.test(l) && SERVICES.some((s) => l.includes(s)));
    expect(rows).toHaveLength(12);
    expect(rows[0]).toContain('payments');
    expect(rows[0]).toContain('✖ DOWN');
    expect(rows[0]).toContain('12%✖');
    expect(rows[1]).toContain('postgres-primary');
    expect(rows[1]).toContain('2.1×▲');
    expect(frame).toContain('▲ CRITERIA MET payments error rate 12% for 6m · d to declare SEV2');
    expect(frame).toContain('● 127.0.0.1:9000 live');
    expect(frame).toContain('q quit');
  });

  it('orders by name on o and filters on /', async () => {
    screen = renderApp({ store: seeded(), columns: 80, rows: 24 });
    await screen.waitFor((f) => f.includes('redis-cache'), 'the services');
    screen.stdin.type('o');
    const byName = await screen.waitFor((f) => f.includes('↓a-z'), 'name order');
    const names = byName
      .split('\n')
      .filter((l) => /^[ ▶][a-z]/.test(l) && SERVICES.some((s) => l.includes(s)));
    expect(names[0]).toContain('api-gateway');
    screen.stdin.type('/');
    await screen.waitFor((f) => f.includes('filter:'), 'the filter prompt');
    screen.stdin.type('pay');
    const filtered = await screen.waitFor((f) => !f.includes('redis-cache'), 'the filtered list');
    expect(filtered).toContain('payments');
    expect(filtered).not.toContain('checkout');
  });

  it('handles several keys arriving in one read, one by one', async () => {
    screen = renderApp({ store: seeded(), columns: 80, rows: 24 });
    await screen.waitFor((f) => f.includes('redis-cache'), 'the services');
    screen.stdin.type('jj');
    const frame = await screen.waitFor((f) => f.includes('▶api-gateway'), 'the third row selected');
    expect(frame).not.toContain('▶payments');
  });

  it('opens and closes the help generated from the key table', async () => {
    screen = renderApp({ store: seeded(), columns: 80, rows: 24 });
    await screen.waitFor((f) => f.includes('redis-cache'), 'the services');
    screen.stdin.type('?');
    const help = await screen.waitFor((f) => f.includes('Keys —'), 'the help overlay');
    expect(help).toContain('Quit and restore the terminal');
    expect(help).toContain('Declare an incident');
    screen.stdin.type('\u001b');
    await screen.waitFor((f) => f.includes('redis-cache') && !f.includes('Keys —'), 'the help to close');
  });
});

describe('the dashboard at other sizes', () => {
  it('adds columns and the feed-events panel at 200x60', async () => {
    screen = renderApp({ store: seeded(), columns: 200, rows: 60 });
    const frame = await screen.waitFor((f) => f.includes('Feed events'), 'the wide layout');
    expect(frame.split('\n').length).toBeLessThanOrEqual(60);
    expect(frame).toContain('DEPLOY');
    expect(frame).toContain('↑v2.3.1 7m');
    expect(frame).toContain('payments deploy v2.3.1');
  });

  it('says the terminal is too small at 40x12 instead of drawing a broken screen', async () => {
    screen = renderApp({ store: seeded(), columns: 40, rows: 12 });
    const frame = await screen.waitFor((f) => f.includes('Terminal too small'), 'the too-small message');
    expect(frame).toContain('40x12; warroom needs 60x20.');
    expect(frame).not.toContain('payments');
  });

  it('shows a stale feed and a down feed with its next retry', async () => {
    const now = T0 + 60_000;
    const store = seeded(T0);
    store.setFeedState('ws://127.0.0.1:9001', {
      kind: 'down',
      since: now - 20_000,
      nextRetryAt: now + 4_000,
      attempt: 3,
      reason: 'connection refused',
    });
    screen = renderApp({ store, session: session(now), clock: () => now, columns: 160, rows: 30 });
    const frame = await screen.waitFor((f) => f.includes('STALE'), 'the stale feed');
    expect(frame).toContain('▲ 127.0.0.1:9000 STALE 1m');
    expect(frame).toContain('✖ 127.0.0.1:9001 DOWN 20s (connection refused), retry in 4s');
  });
});

describe('the incident on screen', () => {
  function declared(now = T0) {
    const s = session(now);
    s.declare('checkout failing', 'SEV1');
    s.record({ type: 'role/assigned', role: 'ic', who: 'sam' });
    s.record({ type: 'note/added', text: 'rolled back v2.3.1' });
    return s;
  }

  it('shows the band, the clocks and the roles at 80x24, and the checklist after Tab', async () => {
    const s = declared();
    screen = renderApp({ store: seeded(), session: s, clock: () => T0 + 90_000, columns: 80, rows: 24 });
    const frame = await screen.waitFor((f) => f.includes('SEV1 CRITICAL'), 'the incident band');
    expect(frame.split('\n').length).toBeLessThanOrEqual(24);
    expect(frame).toContain('INVESTIGATING T+0:01:30');
    // Five clocks do not fit 80 columns in full: each shows in short, the ack clock first.
    expect(frame).toMatch(/ ack 3:30 · /);
    expect(frame).toContain('IC sam');
    expect(frame).toMatch(/TL ✖ needed/);
    screen.stdin.type('\t');
    // The spare rows already show the checklist; Tab focuses it full height.
    const panel = await screen.waitFor((f) => f.includes('Checklist · triage  (space/x ticks)'), 'the checklist');
    expect(panel).toContain('Timeline · all');
    expect(panel).toContain('Note: rolled back v2.3.1');
  });

  it('shows services beside the checklist and timeline at 200x60', async () => {
    const s = declared();
    screen = renderApp({ store: seeded(), session: s, clock: () => T0 + 90_000, columns: 200, rows: 60 });
    const frame = await screen.waitFor((f) => f.includes('Checklist · triage'), 'the wide incident layout');
    expect(frame.split('\n').length).toBeLessThanOrEqual(60);
    expect(frame).toContain('payments');
    expect(frame).toContain('Timeline · all');
    expect(frame).toContain('Incident Commander sam');
  });

  it('turns a breached clock red and writes it to the timeline once', async () => {
    const s = declared();
    const later = T0 + 6 * 60_000;
    screen = renderApp({ store: seeded(), session: s, clock: () => later, columns: 200, rows: 60 });
    await screen.waitFor((f) => f.includes('BREACHED'), 'the breached clock');
    await screen.waitFor((f) => /clock\s+Acknowledge deadline missed/.test(f), 'the breach in the timeline');
    expect(s.events.filter((e) => e.type === 'clock/breached' && e.clock === 'ack')).toHaveLength(1);
  });
});

describe('confirmations and typing ahead', () => {
  it('drops keys typed in the same burst as the one that opened a confirmation', async () => {
    const s = session();
    s.declare('checkout failing', 'SEV2');
    s.record({ type: 'status/changed', to: 'monitoring' });
    const later = T0 + 20 * 60_000;
    screen = renderApp({ store: seeded(), session: s, clock: () => later, columns: 100, rows: 30 });
    await screen.waitFor((f) => f.includes('MONITORING'), 'the incident');
    screen.stdin.type('Ry');
    await screen.waitFor((f) => f.includes('Resolve INC-'), 'the confirmation');
    expect(s.state.status).toBe('monitoring');
    screen.stdin.type('y');
    await screen.waitFor((f) => f.includes('RESOLVED'), 'the resolution after a separate y');
  });
});

describe('a warning with several lines', () => {
  it('takes one row and leaves the incident band on screen', async () => {
    const s = session();
    s.declare('checkout failing', 'SEV2');
    screen = renderApp({
      store: seeded(),
      session: s,
      warnings: ['theme.json: tokens.a: bad\ntheme.json: tokens.b: bad\ntheme.json: tokens.c: bad'],
    });
    const frame = await screen.waitFor((f) => f.includes('checkout failing'), 'the incident band');
    const lines = frame.split('\n');
    expect(lines.length).toBeLessThanOrEqual(24);
    const warning = lines.filter((l) => l.includes('theme.json'));
    expect(warning).toHaveLength(1);
  });
});

describe('control characters that got past the protocol', () => {
  it('are shown escaped on the screen, never written raw', async () => {
    const store = new MetricStore({ now: () => T0 });
    store.ingestFrame(
      'ws://127.0.0.1:9000',
      {
        messages: [
          {
            type: 'health',
            service: 'db\u009b8mhidden',
            status: 'down',
            ts: T0,
            detail: 'x\u001b]0;t\u0007',
          },
          { type: 'deploy', service: 'db\u009b8mhidden', version: 'v1\u202e', ts: T0 },
        ],
        unknown: 0,
        rejected: [],
      },
      T0,
    );
    screen = renderApp({ store });
    const frame = await screen.waitFor((f) => f.includes('8mhidden'), 'the service row');
    expect(frame).toContain('db\\u009b8mhidden');
    for (const f of screen.allFrames()) expect(f).not.toMatch(/[\u0080-\u009f\u202a-\u202e]/);
  });
});

describe('the wall screen at 200x60', () => {
  it('shows SEV2, T+ and the leading clock in block type, the title beneath, the timeline under the services', async () => {
    const s = session();
    s.declare('Checkout errors', 'SEV2');
    screen = renderApp({ store: seeded(), session: s, clock: () => T0 + 90_000, columns: 200, rows: 60 });
    const frame = await screen.waitFor((f) => f.includes('Timeline · all'), 'the wall screen');
    const lines = frame.split('\n');
    expect(lines.length).toBeLessThanOrEqual(60);
    for (const row of blockRow(['SEV2', 'T+0:01:30', '03:30'], ['    ', '    '])) expect(frame).toContain(row.trimEnd());
    expect(frame).toContain('Acknowledge');
    for (const row of blockLines('Checkout errors') ?? []) expect(frame).toContain(row.trimEnd());
    // The services take the rows they need, and the timeline fills the left beneath them.
    const lastService = lines.findIndex((l) => l.includes('redis-cache'));
    const timeline = lines.findIndex((l) => l.includes('Timeline · all'));
    expect(timeline).toBeGreaterThan(lastService);
    expect(timeline - lastService).toBeLessThanOrEqual(5);
    expect(lines[timeline]?.startsWith('│ Timeline')).toBe(true);
    expect(lines.findIndex((l) => l.includes('Checklist · triage'))).toBeLessThan(lastService);
  });

  it('shows a breached clock large, and a long title in normal type', async () => {
    const s = session();
    s.declare('p95 > 2s on /pay', 'SEV2');
    screen = renderApp({ store: seeded(), session: s, clock: () => T0 + 6 * 60_000, columns: 200, rows: 60 });
    const frame = await screen.waitFor((f) => f.includes('✖ BREACHED'), 'the breached clock');
    for (const row of blockLines('-01:00') ?? []) expect(frame).toContain(row.trimEnd());
    expect(frame).toContain(' p95 > 2s on /pay');
  });

  it('shows the services health large before an incident, and no band below 200 columns', async () => {
    screen = renderApp({ store: seeded(), columns: 200, rows: 60 });
    const frame = await screen.waitFor((f) => f.includes('Feed events'), 'the wall screen');
    for (const row of blockLines('1 DOWN') ?? []) expect(frame).toContain(row.trimEnd());
    // Nothing left empty: the feed events fill the left beneath the services, the deploys the side.
    const lines = frame.split('\n');
    const lastService = lines.findIndex((l) => l.includes('redis-cache'));
    const events = lines.findIndex((l) => l.includes('Feed events'));
    expect(events).toBeGreaterThan(lastService);
    expect(events - lastService).toBeLessThanOrEqual(5);
    expect(lines[events]?.startsWith('│ Feed events')).toBe(true);
    const deploys = lines.findIndex((l) => l.includes('Deploys'));
    expect(deploys).toBeGreaterThan(-1);
    expect(deploys).toBeLessThan(lastService);
    expect(lines.filter((l) => l.includes('payments deploy v2.3.1'))).toHaveLength(2);
    screen.unmount();
    screen = renderApp({ store: seeded(), columns: 199, rows: 60 });
    const narrow = await screen.waitFor((f) => f.includes('Feed events'), 'the wide layout');
    expect(narrow).not.toContain((blockLines('1 DOWN') ?? [])[0]);
  });
});

/** Block rows of several runs side by side, with the given gaps between them. */
function blockRow(runs: readonly string[], gaps: readonly string[]): string[] {
  const blocks = runs.map((r) => blockLines(r) ?? []);
  return (blocks[0] ?? []).map((_, i) => blocks.map((b, j) => `${j > 0 ? (gaps[j - 1] ?? '') : ''}${b[i]}`).join(''));
}
