import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe } from 'vitest';
import { hubTarget } from '../../src/seats/hub-options.js';
import { HubSeat } from '../../src/seats/hub-seat.js';
import { type NatsServer, startNats } from '../helpers/nats.js';
import { seatSuite } from './seat-suite.js';

let nats: NatsServer;
beforeAll(async () => {
  nats = await startNats();
}, 30_000);
afterAll(async () => {
  await nats.stop();
});

let rooms = 0;

describe('seats through a NATS JetStream hub', () => {
  seatSuite(async () => {
    rooms += 1;
    const target = hubTarget(nats.url, { hubRoom: `suite${rooms}` }, {});
    if (!target) throw new Error('no hub');
    return {
      seat: (name, options) => {
        const dir = mkdtempSync(join(tmpdir(), `warroom-hub-${name}-`));
        const seat = new HubSeat({
          target,
          dir,
          kind: 'real',
          me: { id: `${name}-${Math.random()}`, name, readOnly: options?.readOnly ?? false },
        });
        return { seat, dir };
      },
    };
  });
});
