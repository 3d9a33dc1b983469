import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ActionsSession } from '../../src/app/actions-session.js';
import { renderApp, T0, TEST_PROFILE, testSession } from '../helpers/app.js';
import type { Screen } from '../helpers/render.js';

const TOKEN = 'tok-3f9a7c1e5b2d';
let screen: Screen | undefined;
let close: (() => void) | undefined;
afterEach(() => {
  screen?.unmount();
  close?.();
});

describe('secrets', () => {
  it('never reach the screen, even when a post to a URL holding a token fails and is retried', async () => {
    let calls = 0;
    const server = createServer((req, res) => {
      calls += 1;
      req.resume();
      res.writeHead(calls === 1 ? 500 : 200).end(`bad token ${TOKEN}`);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    close = () => server.close();
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook?token=${TOKEN}`;
    const session = testSession();
    session.declare('checkout failing', 'SEV2');
    const config = {
      targets: [{ id: 'hook', kind: 'webhook' as const, urlEnv: 'HOOK_URL' }],
      feedToken: TOKEN,
    };
    const actions = new ActionsSession({
      session,
      profile: TEST_PROFILE,
      config,
      dataDir: session.options.dir,
      env: { HOOK_URL: url },
      writeTerminal: () => undefined,
    });
    screen = renderApp({ session, actions, columns: 200, rows: 60, now: T0 });
    await screen.waitFor((f) => f.includes('Timeline'), 'the incident layout');
    const { summary } = await actions.post('Checkout is failing for a third of users.');
    await screen.waitFor((f) => /posted/i.test(f) || f.includes('Update'), 'the post in the timeline');
    actions.close();
    expect(summary).not.toContain(TOKEN);
    for (const frame of screen.allFrames()) expect(frame).not.toContain(TOKEN);
    expect(JSON.stringify(session.events)).not.toContain(TOKEN);
  });
});
