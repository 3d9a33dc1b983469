/** Renders the whole dashboard at a size with sensible test defaults; tests pass only what differs. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ComponentProps } from 'react';
import { IncidentSession } from '../../src/app/incident-session.js';
import { MetricStore } from '../../src/feeds/store.js';
import type { Profile } from '../../src/incident/profile-schema.js';
import { BUILT_IN_PROFILES } from '../../src/incident/profiles/index.js';
import { App } from '../../src/ui/App.js';
import { renderAt, type Screen } from './render.js';

/** The fixed moment component tests run at. */
export const T0 = Date.UTC(2026, 10, 22, 12, 0, 0);

/** The default profile for component tests. */
export const TEST_PROFILE: Profile = BUILT_IN_PROFILES['sre-sev3']!;

/** A fresh incident session journalling into a temporary folder. */
export function testSession(now = T0, profile: Profile = TEST_PROFILE): IncidentSession {
  return new IncidentSession({
    dir: mkdtempSync(join(tmpdir(), 'warroom-test-')),
    profile,
    user: () => 'dana',
    clock: () => now,
  });
}

/** What a test may set; everything else has a default. */
export type AppOptions = Partial<ComponentProps<typeof App>> & {
  columns?: number;
  rows?: number;
  now?: number;
};

/** The dashboard at `columns` x `rows` (80x24 by default). */
export function renderApp(options: AppOptions = {}): Screen {
  const { columns = 80, rows = 24, now = T0, ...props } = options;
  const profile = props.profile ?? TEST_PROFILE;
  return renderAt(
    <App
      store={props.store ?? new MetricStore({ now: () => now })}
      session={props.session ?? testSession(now, profile)}
      profile={profile}
      clock={props.clock ?? (() => now)}
      source={props.source ?? 'test'}
      size={{ columns, rows }}
      {...props}
    />,
    columns,
    rows,
  );
}
