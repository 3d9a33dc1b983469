// The bundle's fast output checked against Ink's own Output on every frame of a real session
// (WARROOM_OUTPUT_CHECK): the demo with an incident, its panels and overlays, at three sizes.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { killTerminals, spawnWarroom, type Terminal } from '../helpers/pty.js';

const terms: Terminal[] = [];
afterEach(() => killTerminals(terms.splice(0)));

async function session(columns: number, rows: number): Promise<Array<{ frame: number; same: boolean; at?: string }>> {
  const file = join(mkdtempSync(join(tmpdir(), 'warroom-output-check-')), 'frames.jsonl');
  const t = spawnWarroom(['demo', '--speed', '20'], columns, rows, { WARROOM_OUTPUT_CHECK: file });
  terms.push(t);
  const step = async (keys: string, until: (s: string) => boolean, what: string): Promise<void> => {
    t.write(keys);
    await t.waitFor(until, what);
  };
  await t.waitFor((s) => s.includes('payments') && s.includes('live'), 'live services');
  await step('?', (s) => s.includes('Keys —'), 'the help');
  await step('\u001b', (s) => !s.includes('Keys —'), 'the help to close');
  await step('d', (s) => s.includes('Declare an incident — title?'), 'the title prompt');
  await step('Checkout errors 漢字 ✅ é\r', (s) => s.includes('Severity for'), 'the severity question');
  await step('2', (s) => s.includes('SEV2') && /T\+\d/.test(s), 'the declared incident');
  await step('n', (s) => s.includes('Note for the timeline'), 'the note prompt');
  await step('rolled back v2.3.1 👩‍💻\r', (s) => s.includes('note added'), 'the note');
  await step('?', (s) => s.includes('Keys —'), 'the help during the incident');
  await step('\u001b', (s) => !s.includes('Keys —'), 'the help to close again');
  t.write('q');
  await t.waitFor((s) => /quit|leave|open/i.test(s), 'the quit question');
  t.write('y');
  await t.exited;
  return readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
}

describe('the fast output in the bundle', () => {
  for (const [columns, rows] of [
    [80, 24],
    [120, 40],
    [200, 60],
  ] as const) {
    it(`draws every frame as Ink's Output would at ${columns}x${rows}`, async () => {
      const frames = await session(columns, rows);
      expect(frames.length).toBeGreaterThan(5);
      expect(frames.filter((f) => !f.same).map((f) => `frame ${f.frame}: ${f.at}`)).toEqual([]);
    });
  }
});
