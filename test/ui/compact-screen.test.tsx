/**
 * The 3 a.m. screen at 80x24 and 120x40: every running clock, the whole incident id, the roles
 * in short, the spare rows used for the incident, and the keys that matter now in the footer.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { FeedMessage } from '../../src/feeds/protocol.js';
import { MetricStore } from '../../src/feeds/store.js';
import { computeClocks } from '../../src/incident/clocks.js';
import { ClockStrip } from '../../src/ui/panels/ClockStrip.js';
import { bandMiddle } from '../../src/ui/panels/IncidentBand.js';
import { shortClockLabel, stripClocks } from '../../src/ui/view/clock-strip.js';
import { visibleClocks } from '../../src/ui/view/incident-view.js';
import { renderApp, T0, TEST_PROFILE, testSession } from '../helpers/app.js';
import { renderAt, type Screen } from '../helpers/render.js';

const SERVICES = ['api-gateway', 'checkout', 'payments', 'orders', 'search', 'auth', 'users', 'kafka'];
const MORE = ['catalog', 'inventory', 'notifications', 'postgres', 'redis', 'shipping'];
const TITLE = 'Checkout errors spiking after the orders deploy';

function store(now = T0, services = SERVICES): MetricStore {
  const s = new MetricStore({ now: () => now });
  s.setFeedState('ws://127.0.0.1:9000', { kind: 'live', since: now, lastFrameAt: now });
  const messages: FeedMessage[] = services.flatMap((service) => [
    { type: 'health', service, status: 'up', ts: now },
    { type: 'error-rate', service, ratio: 0.002, ts: now },
    { type: 'latency', service, p95: 120, ts: now, baseline_p95: 120 },
  ]);
  s.ingestFrame('ws://127.0.0.1:9000', { messages, unknown: 0, rejected: [] }, now);
  return s;
}

function declared() {
  const s = testSession(T0);
  s.declare(TITLE, 'SEV1');
  s.record({ type: 'role/assigned', role: 'ic', who: 'sam' });
  return s;
}

let screen: Screen | undefined;
afterEach(() => screen?.unmount());

const lines = (frame: string) => frame.split('\n');

describe('the incident at 80x24', () => {
  it('shows every running clock in short, most urgent first, and the whole incident id', async () => {
    const s = declared();
    const now = T0 + 90_000;
    screen = renderApp({ store: store(now), session: s, clock: () => now, columns: 80, rows: 24 });
    const frame = await screen.waitFor((f) => f.includes('SEV1 CRITICAL'), 'the incident band');
    const running = visibleClocks(computeClocks(s.state, TEST_PROFILE, now)).filter((c) => c.state !== 'done');
    expect(running.length).toBeGreaterThanOrEqual(4);
    const strip = lines(frame)[1]!;
    expect(strip).not.toContain('more');
    for (const c of running) expect(strip).toContain(shortClockLabel(c, true));
    expect(strip.trim().startsWith('ack 3:30')).toBe(true);
    // The id is whole; the title is what gives way.
    expect(lines(frame)[0]).toContain(s.state.id);
    expect(lines(frame)[0]).not.toContain(TITLE);
    expect(lines(frame).every((l) => [...l].length <= 80)).toBe(true);
  });

  it('shows the roles in short with the unfilled required ones flagged', async () => {
    screen = renderApp({ store: store(), session: declared(), columns: 80, rows: 24 });
    const frame = await screen.waitFor((f) => f.includes('SEV1 CRITICAL'), 'the incident band');
    const roles = lines(frame)[2]!;
    expect(roles).toContain('IC sam');
    expect(roles).toMatch(/TL ✖/);
    expect(roles).not.toContain('Incident Commander');
  });

  it('puts the keys that matter now in the footer, whole, with help and quit kept', async () => {
    screen = renderApp({ store: store(), session: declared(), columns: 80, rows: 24 });
    const frame = await screen.waitFor((f) => f.includes('SEV1 CRITICAL'), 'the incident band');
    const footer = lines(frame).at(-1)!;
    // Not acknowledged and the tech lead is missing: those keys lead.
    expect(footer.trim().startsWith('a ack  r roles  u update')).toBe(true);
    expect(footer).toContain('? help');
    expect(footer).toContain('q quit');
    expect(footer).not.toContain('…');
  });

  it('offers R resolve at 80 columns once the resolution watch is over', async () => {
    const s = declared();
    s.record({ type: 'incident/acknowledged' });
    s.record({ type: 'role/assigned', role: 'tech-lead', who: 'bo' });
    s.record({ type: 'role/assigned', role: 'comms-lead', who: 'cy' });
    s.record({ type: 'role/assigned', role: 'scribe', who: 'di' });
    s.record({ type: 'status/changed', to: 'monitoring' });
    const later = T0 + 3 * 3600_000;
    screen = renderApp({ store: store(later), session: s, clock: () => later, columns: 80, rows: 24 });
    const frame = await screen.waitFor((f) => f.includes('MONITORING'), 'the incident band');
    // The update is long overdue too: both lead, and neither is cut.
    expect(lines(frame).at(-1)).toMatch(/^ u update {2}R resolve /);
  });

  it('uses the few rows under fourteen services for the checklist', async () => {
    const services = [...SERVICES, ...MORE];
    screen = renderApp({ store: store(T0, services), session: declared(), columns: 80, rows: 24 });
    const frame = await screen.waitFor((f) => f.includes('SEV1 CRITICAL') && f.includes('kafka'), 'the incident');
    for (const name of services) expect(frame).toContain(name);
    expect(frame).toMatch(/Checklist · triage 0\/\d+ done · Tab to tick/);
    expect(frame).toContain('[ ] Check the incident criteria really are met');
    expect(lines(frame).filter((l) => l.trim() === '')).toHaveLength(0);
  });
});

describe('the incident at 120x40', () => {
  it('shows the checklist and timeline under the services instead of empty rows; Tab still focuses', async () => {
    screen = renderApp({ store: store(), session: declared(), columns: 120, rows: 40 });
    const frame = await screen.waitFor((f) => f.includes('Checklist · triage'), 'the checklist under the services');
    expect(frame).toContain('kafka');
    expect(frame).toContain('Timeline · all');
    expect(frame).toContain('Pick a first severity');
    expect(lines(frame).filter((l) => l.trim() === '')).toHaveLength(0);
    screen.stdin.type('\t');
    const focused = await screen.waitFor((f) => f.includes('(space/x ticks)'), 'the focused checklist');
    expect(focused).not.toContain('kafka');
  });

  it('shows every running clock, the whole id and the full role names', async () => {
    const s = declared();
    screen = renderApp({ store: store(), session: s, columns: 120, rows: 40 });
    const frame = await screen.waitFor((f) => f.includes('SEV1 CRITICAL'), 'the incident band');
    expect(lines(frame)[0]).toContain(s.state.id);
    const running = visibleClocks(computeClocks(s.state, TEST_PROFILE, T0)).filter((c) => c.state !== 'done');
    for (const c of running) expect(lines(frame)[1]).toContain(shortClockLabel(c));
    expect(lines(frame)[2]).toContain('Incident Commander sam');
  });
});

describe('monitoring at 120x40', () => {
  it('shows the resolution watch among the clocks', async () => {
    const s = declared();
    s.record({ type: 'incident/acknowledged' });
    s.record({ type: 'status/changed', to: 'monitoring' });
    const later = T0 + 60_000;
    screen = renderApp({ store: store(later), session: s, clock: () => later, columns: 120, rows: 40 });
    const frame = await screen.waitFor((f) => f.includes('MONITORING'), 'the incident band');
    const watch = visibleClocks(computeClocks(s.state, TEST_PROFILE, later)).find((c) => c.id === 'watch');
    expect(watch?.state).toBe('ok');
    expect(lines(frame)[1]).toMatch(/(Stable for .* before resolving|watch) \d/);
  });
});

describe('before an incident at 120x40', () => {
  it('shows the feed events in the rows the services leave, and d declare first in the footer', async () => {
    const s = store();
    const deploy: FeedMessage = { type: 'deploy', service: 'orders', version: 'v9.1.0', by: 'ci', ts: T0 };
    s.ingestFrame('ws://127.0.0.1:9000', { messages: [deploy], unknown: 0, rejected: [] }, T0);
    screen = renderApp({ store: s, columns: 120, rows: 40 });
    const frame = await screen.waitFor((f) => f.includes('Feed events'), 'the events under the services');
    expect(frame).toContain('kafka');
    expect(frame).toContain('↑ orders deploy v9.1.0');
    expect(lines(frame).filter((l) => l.trim() === '')).toHaveLength(0);
    expect(lines(frame).at(-1)).toMatch(/^ d declare /);
  });
});

describe('the clock strip when even the short forms do not fit', () => {
  it('keeps the most urgent, breached first, and says how many more', async () => {
    const s = declared();
    const later = T0 + 6 * 60_000;
    const clocks = visibleClocks(computeClocks(s.state, TEST_PROFILE, later));
    const strip = stripClocks(clocks, 40);
    expect(strip.more).toBeGreaterThan(0);
    expect(strip.items[0]?.text).toMatch(/^✖ ack BREACHED -1:00$/);
    screen = renderAt(<ClockStrip clocks={clocks} width={40} />, 40, 3);
    const frame = await screen.waitFor((f) => f.includes('more'), 'the strip');
    expect(frame).toContain(`+${strip.more} more`);
    expect(frame).toContain('✖ ack BREACHED -1:00');
  });
});

describe('the band middle', () => {
  it('cuts the title, never the id', () => {
    const middle = bandMiddle(TITLE, 'INC-20261122-1200', 'demo · replay ×10', 32);
    expect(middle).toContain('INC-20261122-1200');
    expect(middle).toContain('…');
    expect([...middle].length).toBe(32);
  });
});
