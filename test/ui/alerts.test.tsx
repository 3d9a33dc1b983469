/** Firing alerts on screen, and the declare suggestion a mapped severity label makes. */
import { afterEach, describe, expect, it } from 'vitest';
import { MetricStore } from '../../src/feeds/store.js';
import { severityForLabel, suggestFromAlerts } from '../../src/incident/alert-severity.js';
import { BUILT_IN_PROFILES } from '../../src/incident/profiles/index.js';
import { profileSchema } from '../../src/incident/profile-schema.js';
import { renderApp, T0, TEST_PROFILE } from '../helpers/app.js';
import type { Screen } from '../helpers/render.js';

function withAlerts(
  alerts: { name: string; service?: string; severity?: string; startsAt: number }[],
): MetricStore {
  const store = new MetricStore({ now: () => T0 });
  store.setFeedState('ws://127.0.0.1:7070', { kind: 'live', since: T0, lastFrameAt: T0 });
  store.ingestFrame(
    'ws://127.0.0.1:7070',
    {
      messages: [
        { type: 'health', service: 'checkout', status: 'up', ts: T0 },
        ...alerts.map((a) => ({ type: 'alert' as const, status: 'firing' as const, ts: T0, ...a })),
      ],
      unknown: 0,
      rejected: [],
    },
    T0,
  );
  return store;
}

let screen: Screen | undefined;
afterEach(() => screen?.unmount());

describe('severity labels', () => {
  it('map by the profile, by a level of the same name, or by convention', () => {
    const p = TEST_PROFILE;
    expect(severityForLabel(p, 'critical')).toBe('SEV1');
    expect(severityForLabel(p, 'major')).toBe('SEV2');
    expect(severityForLabel(p, 'warning')).toBe('SEV3');
    expect(severityForLabel(p, 'sev2')).toBe('SEV2');
    expect(severityForLabel(p, 'info')).toBeUndefined();
    const own = { ...p, alertSeverities: { page: 'SEV2' } };
    expect(severityForLabel(own, 'page')).toBe('SEV2');
    // A profile with its own mapping means only what it says (and level names).
    expect(severityForLabel(own, 'critical')).toBeUndefined();
  });

  it('are checked against the profile’s levels', () => {
    const bad = profileSchema.safeParse({ ...TEST_PROFILE, alertSeverities: { critical: 'P0' } });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['alertSeverities', 'critical']);
    for (const p of Object.values(BUILT_IN_PROFILES)) expect(profileSchema.safeParse(p).success).toBe(true);
  });

  it('the most severe firing alert is the suggestion', () => {
    const s = suggestFromAlerts(TEST_PROFILE, [
      { name: 'Slow', severity: 'warning', since: 1 },
      { name: 'Burn', severity: 'critical', since: 2 },
    ]);
    expect(s).toMatchObject({ severity: 'SEV1', alert: { name: 'Burn' } });
  });
});

describe('the alerts line at 80x24', () => {
  it('lists firing alerts with service and age, and suggests declaring at the mapped level', async () => {
    const store = withAlerts([
      { name: 'QuokkaErrorBudgetBurn', service: 'checkout', severity: 'major', startsAt: T0 - 3 * 60_000 },
      { name: 'DiskFilling', service: 'db', severity: 'info', startsAt: T0 - 10 * 60_000 },
    ]);
    screen = renderApp({ store, columns: 80, rows: 24 });
    const frame = await screen.waitFor((f) => f.includes('d to declare'), 'the suggestion');
    const line = frame.split('\n').find((l) => l.includes('d to declare')) ?? '';
    expect(line).toMatch(
      /^ ▲ d to declare SEV2 · alert QuokkaErrorBudgetBurn · firing: DiskFilling db 10m/,
    );
    expect([...line].length).toBeLessThanOrEqual(80);
  });

  it('lists alerts without a suggestion when none maps to a level', async () => {
    screen = renderApp({
      store: withAlerts([{ name: 'DiskFilling', service: 'db', severity: 'info', startsAt: T0 - 60_000 }]),
    });
    const frame = await screen.waitFor((f) => f.includes('firing:'), 'the alerts line');
    expect(frame).toContain(' ◆ 1 firing: DiskFilling db 1m');
    expect(frame).not.toContain('d to declare');
  });

  it('d opens the declare prompt from the alert and preselects its severity', async () => {
    const store = withAlerts([
      { name: 'QuokkaErrorBudgetBurn', service: 'checkout', severity: 'major', startsAt: T0 - 60_000 },
    ]);
    screen = renderApp({ store });
    await screen.waitFor((f) => f.includes('d to declare SEV2'), 'the suggestion');
    screen.stdin.type('d');
    const prompt = await screen.waitFor((f) => f.includes('Declare an incident'), 'the prompt');
    expect(prompt).toContain('Alert: QuokkaErrorBudgetBurn on checkout (major)');
    expect(prompt).toContain('checkout: QuokkaErrorBudgetBurn');
    screen.stdin.type('\r');
    const picker = await screen.waitFor((f) => f.includes('Suggested:'), 'the severity picker');
    expect(picker).toContain('Suggested: SEV2 (alert QuokkaErrorBudgetBurn on checkout (major))');
    expect(picker).toContain('▶ 2. SEV2 Major');
  });
});
