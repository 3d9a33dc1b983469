import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type NatsServer, startNats } from '../helpers/nats.js';
import { spawnWarroom, type Terminal, killTerminals } from '../helpers/pty.js';

let nats: NatsServer;
let terms: Terminal[] = [];
beforeAll(async () => {
  nats = await startNats();
}, 30_000);
afterEach(async () => {
  killTerminals(terms);
  terms = [];
  await nats.ensureRunning();
});
afterAll(async () => {
  await nats.stop();
});

function seat(name: string, args: string[], dataDir: string, columns = 100, rows = 30): Terminal {
  const t = spawnWarroom(['demo', '--speed', '20', ...args], columns, rows, {
    WARROOM_DATA_DIR: dataDir,
    WARROOM_USER: name,
  });
  terms.push(t);
  return t;
}

const tmp = (name: string) => mkdtempSync(join(tmpdir(), `warroom-e2e-${name}-`));

async function declare(t: Terminal, title: string): Promise<void> {
  await t.waitFor((s) => s.includes('payments'), 'the services');
  t.write('d');
  await t.waitFor((s) => s.includes('Declare an incident'), 'the title prompt');
  t.write(`${title}\r`);
  await t.waitFor((s) => s.includes(`Severity for "${title}"`), 'the severity picker');
  t.write('2');
  await t.waitFor((s) => s.includes('SEV2 MAJOR'), 'the incident band');
}

describe('seats as real binaries in terminals', () => {
  it('through a hub: two seats and a read-only wall tell the same story, across a hub restart', async () => {
    const url = `nats://127.0.0.1:${nats.port}`;
    const ann = seat('ann', ['--hub', url], tmp('ann'));
    const ben = seat('ben', ['--hub', url], tmp('ben'));
    const wall = seat('wall', ['--hub', url, '--read-only'], tmp('wall'), 200, 60);
    await ben.waitFor((s) => s.includes('payments'), 'ben’s services');
    await wall.waitFor((s) => s.includes('read-only seat'), 'the wall');
    await declare(ann, 'checkout failing');
    await ben.waitFor((s) => s.includes('SEV2 MAJOR') && s.includes('ann declared'), 'ben to join');
    await wall.waitFor((s) => s.includes('SEV2 MAJOR'), 'the wall to show the incident');
    await wall.waitFor((s) => s.includes('3 seats'), 'three seats on the wall');
    expect(wall.screen()).not.toContain(' a ack ');
    ben.write('a');
    await wall.waitFor((s) => s.includes('Acknowledged by ben'), 'ben’s acknowledgement on the wall');

    await nats.stop('SIGKILL');
    await ben.waitFor((s) => s.includes('unreachable'), 'ben to see the hub gone');
    ben.write('n');
    await ben.waitFor((s) => s.includes('Note for the timeline'), 'the note prompt');
    ben.write('rolled back v2\r');
    await ben.waitFor((s) => s.includes('1 not yet shared'), 'the note kept, not yet shared');
    ben.write('\t');
    await ben.waitFor((s) => s.includes('Checklist'), 'ben’s checklist');
    ben.write('\t');
    await ben.waitFor(
      (s) => s.includes('⇡ Note: rolled back v2'),
      'the note marked unshared in ben’s timeline',
    );
    await nats.start();
    await wall.waitFor(
      (s) => s.includes('Note: rolled back v2'),
      'the note on the wall after the restart',
      30_000,
    );
    await ben.waitFor(
      (s) => !s.includes('not yet shared') && s.includes('ben        Note: rolled back v2'),
      'ben’s note shared',
    );
    ann.write('\t');
    await ann.waitFor(
      (s) => s.includes('Note: rolled back v2') || s.includes('Checklist'),
      'ann’s side panel',
    );
    wall.write('a');
    await wall.waitFor(
      (s) => s.includes('read-only seat') && s.includes('acknowledge the incident'),
      'the refusal',
    );
    for (const t of [ann, ben, wall]) t.write('q');
    for (const t of [ann, ben, wall]) expect((await t.exited).exitCode).toBe(0);
  }, 120_000);

  it('on one data dir without a hub: a declaration in one shows in the other within a second or so', async () => {
    const dir = tmp('shared');
    const ann = seat('ann', [], dir);
    const ben = seat('ben', [], dir);
    await ben.waitFor((s) => s.includes('payments'), 'ben’s services');
    await declare(ann, 'db down');
    await ben.waitFor((s) => s.includes('SEV2 MAJOR') && s.includes('ann declared'), 'ben to join');
    ben.write('a');
    ann.write('\t');
    await ann.waitFor((s) => s.includes('Acknowledged by ben'), 'ben’s acknowledgement on ann’s screen');
    await ann.waitFor((s) => /⇄ 2 seats/.test(s), 'two seats in ann’s footer');
    for (const t of [ann, ben]) t.write('q');
    for (const t of [ann, ben]) expect((await t.exited).exitCode).toBe(0);
  }, 90_000);
});
