/**
 * The outbox panel in the whole dashboard at 200x60, against a receiver on 127.0.0.1 that answers
 * 500: m opens it, r retries the selected delivery now, x drops it after a y; the body the receiver
 * echoes (a token in it) never reaches the screen.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ActionsSession } from '../../src/app/actions-session.js';
import { renderApp, TEST_PROFILE, testSession } from '../helpers/app.js';
import type { Screen } from '../helpers/render.js';

const TOKEN = 'sekrit-77aa19';
let screen: Screen | undefined;
const closers: (() => void)[] = [];
afterEach(() => {
  screen?.unmount();
  for (const c of closers.splice(0)) c();
});

describe('the outbox panel', () => {
  it('lists each delivery with its state and last error, retries now and drops after asking', async () => {
    let calls = 0;
    const server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        calls += 1;
        res.writeHead(400).end();
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    closers.push(() => server.close());
    const port = (server.address() as AddressInfo).port;
    const session = testSession();
    session.declare('checkout failing', 'SEV2');
    const actions = new ActionsSession({
      session,
      profile: TEST_PROFILE,
      config: { targets: [{ id: 'ops-hook', kind: 'webhook', urlEnv: 'HOOK_URL' }], feedToken: TOKEN },
      dataDir: session.options.dir,
      env: { HOOK_URL: `http://127.0.0.1:${port}/hook?token=${TOKEN}` },
      writeTerminal: () => undefined,
      http: { timeoutMs: 10_000, retries: 0, backoffMs: 10 },
    });
    closers.push(() => actions.close());
    const posted = await actions.post('Checkout is failing for a third of users.');
    expect(posted.failed).toEqual(['ops-hook']);
    screen = renderApp({ session, actions, columns: 200, rows: 60 });
    const before = await screen.waitFor((f) => f.includes('need you (m: retry or drop)'), 'the footer count');
    // The key hints offer the panel with the count, among what needs someone now (before the tools).
    const keys = before.split('\n').at(-1)!;
    expect(keys).toContain(' m outbox 1 ');
    expect(keys.indexOf('m outbox 1')).toBeLessThan(keys.indexOf('commands'));
    screen.stdin.type('m');
    const panel = await screen.waitFor((f) => f.includes('Outbox · 1 waiting, all need you'), 'the panel');
    const row = panel.split('\n').find((l) => l.includes('ops-hook'));
    expect(row).toMatch(/▶ ops-hook\s+✖ failed: parked\s+1\s+\d\d:\d\d:\d\d\s+HTTP 400 Bad Request · Checkout is failing/);
    expect(panel).toContain('r retry now');

    screen.stdin.type('r');
    await screen.waitFor((f) => f.includes('▲ ops-hook failed again: HTTP 400'), 'the retry, as a warning');
    await screen.waitFor((f) => /ops-hook\s+✖ failed: parked\s+2 /.test(f), 'two tries');
    expect(calls).toBe(2);

    screen.stdin.type('x');
    await screen.waitFor((f) => f.includes('Drop the update for ops-hook?'), 'the question');
    expect(actions.pending()).toHaveLength(1);
    screen.stdin.type('y');
    const dropped = await screen.waitFor((f) => /ops-hook\s+— dropped by dana/.test(f), 'the drop');
    expect(dropped).toContain('Outbox · 0 waiting');
    screen.stdin.type('\u001b');
    const after = await screen.waitFor((f) => f.includes('Timeline · all'), 'the timeline');
    // Nothing is waiting any more: the hint goes.
    expect(after.split('\n').at(-1)).not.toContain('outbox');
    // One line per outcome: parked after the post, parked again after the retry, dropped.
    expect(after.match(/Delivery to ops-hook/g)).toHaveLength(3);
    expect(after).toContain('Delivery to ops-hook dropped by dana');
    for (const frame of screen.allFrames()) expect(frame).not.toContain(TOKEN);
  });
});
