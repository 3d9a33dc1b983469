import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hubTarget } from '../../src/seats/hub-options.js';
import { HubSeat } from '../../src/seats/hub-seat.js';
import { type NatsServer, startNats } from '../helpers/nats.js';
import { until } from './seat-suite.js';

let nats: NatsServer;
beforeAll(async () => {
  nats = await startNats(['--user', 'warroom', '--pass', 's3cret-hub']);
}, 30_000);
afterAll(async () => {
  await nats.stop();
});

const seatWith = (env: NodeJS.ProcessEnv) => {
  const target = hubTarget(nats.url, {}, { ...env, WARROOM_HUB_ROOM: 'auth' });
  if (!target) throw new Error('no hub');
  const dir = mkdtempSync(join(tmpdir(), 'warroom-auth-'));
  return new HubSeat({
    target,
    dir,
    kind: 'real',
    me: { id: `x-${Math.random()}`, name: 'x', readOnly: false },
  });
};

describe('hub address and credentials', () => {
  it('logs in with WARROOM_HUB_USER and WARROOM_HUB_PASSWORD, and says why not without them', async () => {
    const good = seatWith({ WARROOM_HUB_USER: 'warroom', WARROOM_HUB_PASSWORD: 's3cret-hub' });
    const bad = seatWith({});
    try {
      await until(() => good.link().connected, 'the seat with credentials to connect');
      await until(() => /unreachable \(.+\)/.test(bad.link().detail), 'the seat without to say why');
      expect(bad.link().connected).toBe(false);
      expect(bad.link().detail).toMatch(/Authorization|authorization|auth/i);
      expect(good.link().detail).not.toContain('s3cret');
    } finally {
      await Promise.all([good.close(), bad.close()]);
    }
  });

  it('refuses credentials in the address, and reads them from the environment or the config only', () => {
    expect(() => hubTarget('nats://bob:pw@127.0.0.1:4222', {}, {})).toThrow(
      /credentials do not go in the hub address/,
    );
    expect(() => hubTarget('http://127.0.0.1:4222', {}, {})).toThrow(/nats:\/\/HOST:PORT/);
    expect(hubTarget(undefined, {}, {})).toBeNull();
    expect(
      hubTarget(undefined, { hub: 'nats://127.0.0.1:4222', hubToken: 'tok' }, {})?.connect,
    ).toMatchObject({ token: 'tok' });
    const fromEnv = hubTarget(
      undefined,
      { hub: 'nats://127.0.0.1:1', hubToken: 'config' },
      { WARROOM_HUB: 'nats://127.0.0.1:4222', WARROOM_HUB_TOKEN: 'env' },
    );
    expect(fromEnv).toMatchObject({
      url: 'nats://127.0.0.1:4222',
      room: 'warroom',
      connect: { token: 'env' },
    });
    expect(() => hubTarget('nats://127.0.0.1:4222', { hubCredsFile: '/nonexistent.creds' }, {})).toThrow(
      /cannot be read \(ENOENT\)/,
    );
  });
});
