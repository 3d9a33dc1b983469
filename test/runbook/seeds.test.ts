import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractRunbook } from '../../src/runbook/extract.js';

// The seed runbooks sit beside the clone in CI (../shared); the project's own tests do not need them.
const dir = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));
const seeds = existsSync(dir) ? readdirSync(dir).sort() : [];

const expected: Record<string, Array<[string, unknown, unknown]>> = {
  '000': [['P0', { kind: 'immediate' }, { minutes: 30 }], ['P1', { minutes: 30 }, { minutes: 30 }], ['P2', { hours: 2 }, { minutes: 30 }], ['P3', { kind: 'next-business-day' }, { minutes: 30 }]],
  '001': [['SEV1', { minutes: 5 }, { minutes: 15 }], ['SEV2', { minutes: 15 }, { minutes: 30 }], ['SEV3', { hours: 1 }, undefined], ['SEV4', { kind: 'next-business-day' }, undefined]],
  '002': [['SEV1', { minutes: 5 }, { minutes: 15 }], ['SEV2', { minutes: 5 }, { minutes: 30 }], ['SEV3', { minutes: 5 }, { hours: 1 }]],
  '003': [['SEV-1', { minutes: 5 }, { minutes: 15 }], ['SEV-2', { minutes: 10 }, { minutes: 30 }], ['SEV-3', { minutes: 30 }, { hours: 2 }], ['SEV-4', { businessDays: 1 }, { kind: 'async' }]],
  '004': [['P0', { minutes: 15 }, { minutes: 15 }], ['P1', { minutes: 30 }, { minutes: 30 }], ['P2', { hours: 2 }, { hours: 2 }], ['P3', { kind: 'next-business-day' }, { kind: 'daily' }]],
};

describe('the shared seed runbooks, when present', () => {
  it('are either all absent or all five present', () => {
    expect([0, 5]).toContain(seeds.length);
  });

  for (const file of seeds) {
    it(`${file}: severity ids, ack SLAs and cadences`, () => {
      const e = extractRunbook(readFileSync(`${dir}${file}`, 'utf8'), file).extraction;
      const got = e.severities.map((s) => [s.id, s.ack?.value, s.cadence?.value]);
      expect(got).toEqual(expected[file.slice(0, 3)]);
    });
  }
});
