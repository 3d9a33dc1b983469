import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe } from 'vitest';
import { DirSeat } from '../../src/seats/dir-seat.js';
import { seatSuite } from './seat-suite.js';

describe('seats on one shared data dir', () => {
  seatSuite(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'warroom-seats-'));
    return {
      seat: (name, options) => ({
        seat: new DirSeat({
          dir,
          me: { id: `${name}-${Math.random()}`, name, readOnly: options?.readOnly ?? false },
        }),
        dir,
      }),
    };
  });
});
