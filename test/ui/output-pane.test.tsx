import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ActionsSession } from '../../src/app/actions-session.js';
import { IncidentSession } from '../../src/app/incident-session.js';
import { MetricStore } from '../../src/feeds/store.js';
import { App } from '../../src/ui/App.js';
import { T0, TEST_PROFILE } from '../helpers/app.js';
import { renderAt, type Screen } from '../helpers/render.js';

// A long first line (wider than the pane), sixty short ones, then it waits to be stopped.
const SCRIPT = [
  'console.log("START " + "x".repeat(150) + " END-OF-LONG-LINE");',
  'for (let i = 1; i <= 60; i += 1) console.log("line " + String(i).padStart(2, "0"));',
  'setInterval(() => {}, 1000);',
].join('\n');

let screen: Screen | undefined;
let actions: ActionsSession | undefined;
afterEach(() => {
  actions?.cancel();
  actions?.close();
  screen?.unmount();
});

const footer = (frame: string): string => frame.split('\n').at(-1) ?? '';

describe('the command output pane at 80x24', () => {
  it('wraps long lines, scrolls with g/G/k/j, keeps Ctrl+C in the footer and says how it ended', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'warroom-output-'));
    const session = new IncidentSession({ dir, profile: TEST_PROFILE, user: () => 'dana', clock: () => T0 });
    actions = new ActionsSession({
      session,
      profile: TEST_PROFILE,
      config: {},
      dataDir: dir,
      env: {},
      writeTerminal: () => undefined,
    });
    screen = renderAt(
      <App
        store={new MetricStore({ now: () => T0 })}
        session={session}
        profile={TEST_PROFILE}
        actions={actions}
        clock={() => T0}
        source="test"
        size={{ columns: 80, rows: 24 }}
      />,
      80,
      24,
    );
    const finished = actions.runCommand({
      id: 'long',
      label: 'Long output',
      argv: [process.execPath, '-e', SCRIPT],
      missing: [],
      display: 'node -e …',
      destructive: false,
      warnings: [],
    });
    screen.stdin.type('O');
    const tail = await screen.waitFor(
      (f) => f.includes('line 60') && f.includes('running'),
      'the newest output',
    );
    expect(tail).toContain('Ctrl+C stops it');
    expect(footer(tail)).toContain('Ctrl+C stop');

    screen.stdin.type('g');
    const top = await screen.waitFor((f) => f.includes('START'), 'the first line after g');
    // Nothing is cut with an ellipsis: the end of the long line is on screen, wrapped.
    expect(top).toContain('END-OF-LONG-LINE');
    expect(top).not.toContain('line 60');
    expect(top).toMatch(/↓ \d+ newer · running/);

    screen.stdin.type('j');
    await screen.waitFor(
      (f) => !f.includes('START') && f.includes('END-OF-LONG-LINE'),
      'one row down after j',
    );
    screen.stdin.type('k');
    await screen.waitFor((f) => f.includes('START'), 'one row up after k');
    screen.stdin.type('G');
    await screen.waitFor((f) => f.includes('line 60') && !f.includes('START'), 'the newest output after G');

    screen.stdin.type('\u0003');
    const done = await screen.waitFor((f) => f.includes('stopped (Ctrl+C)'), 'the stopped status');
    expect(done).not.toContain('running');
    expect((await finished).signal).toBe('SIGTERM');
  });
});
