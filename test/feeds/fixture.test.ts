import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FixtureError, loadFixture, parseFixture, stampMessage } from '../../src/feeds/fixture.js';

const header = {
  fixture: 1,
  name: 'tiny',
  title: 'a tiny scenario',
  services: ['api', 'db'],
  duration_ms: 1000,
  interval_ms: 100,
  seed: 7,
};
const lines = (...rows: unknown[]) =>
  [header, ...rows].map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n');

describe('parseFixture', () => {
  it('reads the header and the timed events', () => {
    const text = lines(
      { t: 0, msg: { type: 'health', service: 'api', status: 'up' } },
      { t: 100, msg: { type: 'batch', messages: [{ type: 'latency', service: 'db', p95: 20 }] } },
      '',
    );
    const fixture = parseFixture(text, 'tiny.jsonl');
    expect(fixture.header).toEqual(header);
    expect(fixture.events.map((e) => e.t)).toEqual([0, 100]);
    expect(fixture.events[1]!.msg).toEqual({
      type: 'batch',
      messages: [{ type: 'latency', service: 'db', p95: 20 }],
    });
  });

  const broken: [string, string, RegExp][] = [
    ['an empty file', '', /^f\.jsonl:1: the file is empty/],
    [
      'a header without duration',
      JSON.stringify({ ...header, duration_ms: undefined }),
      /^f\.jsonl:1: header: duration_ms/,
    ],
    [
      'a header of another version',
      JSON.stringify({ ...header, fixture: 2 }),
      /^f\.jsonl:1: header: fixture: fixture must be 1/,
    ],
    [
      'bad JSON on line 3',
      lines({ t: 0, msg: { type: 'health', service: 'api', status: 'up' } }, '{"t": 5,'),
      /^f\.jsonl:3: not valid JSON$/,
    ],
    [
      'a message with ts',
      lines({ t: 0, msg: { type: 'health', service: 'api', status: 'up', ts: 5 } }),
      /^f\.jsonl:2: messages must not carry ts/,
    ],
    [
      'a ratio of 1.5 in a batch',
      lines({ t: 0, msg: { type: 'batch', messages: [{ type: 'error-rate', service: 'api', ratio: 1.5 }] } }),
      /^f\.jsonl:2: msg/,
    ],
    [
      'lines out of order',
      lines(
        { t: 200, msg: { type: 'deploy', service: 'api', version: '1' } },
        { t: 100, msg: { type: 'deploy', service: 'api', version: '2' } },
      ),
      /^f\.jsonl:3: t 100 is earlier/,
    ],
    [
      't beyond the duration',
      lines({ t: 5000, msg: { type: 'deploy', service: 'api', version: '1' } }),
      /^f\.jsonl:2: t 5000 is after duration_ms/,
    ],
    [
      'an unlisted service',
      lines({ t: 0, msg: { type: 'health', service: 'cache', status: 'up' } }),
      /^f\.jsonl:2: service "cache" is not listed/,
    ],
    [
      'an unknown type',
      lines({ t: 0, msg: { type: 'cpu', service: 'api' } }),
      /^f\.jsonl:2: msg.type: must be one of health/,
    ],
    [
      'a misspelt field',
      lines({ t: 0, msg: { type: 'latency', service: 'api', p95: 3, p59: 1 } }),
      /^f\.jsonl:2: /,
    ],
    [
      'a negative t',
      lines({ t: -1, msg: { type: 'deploy', service: 'api', version: '1' } }),
      /^f\.jsonl:2: t: t must be/,
    ],
  ];
  it.each(broken)('reports %s with file and line', (_name, text, message) => {
    let caught: unknown;
    try {
      parseFixture(text, 'f.jsonl');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(FixtureError);
    expect((caught as Error).message).toMatch(message);
    expect((caught as Error).message).not.toMatch(/\n\s+at /);
  });

  it('counts blank lines when reporting a line number', () => {
    const text = `${JSON.stringify(header)}\n\n\n{oops`;
    expect(() => parseFixture(text, 'g.jsonl')).toThrow('g.jsonl:4: not valid JSON');
  });
});

describe('loadFixture', () => {
  it('loads a file from disk', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'warroom-fixture-'));
    const path = join(dir, 'tiny.jsonl');
    await writeFile(path, lines({ t: 0, msg: { type: 'deploy', service: 'api', version: 'v1' } }));
    expect((await loadFixture(path)).events).toHaveLength(1);
  });

  it('says a missing file is missing', async () => {
    await expect(loadFixture('/nonexistent/demo.jsonl')).rejects.toThrow(
      '/nonexistent/demo.jsonl: file not found',
    );
  });
});

describe('stampMessage', () => {
  it('adds ts to a message and to every message of a batch', () => {
    expect(stampMessage({ type: 'deploy', service: 'api', version: 'v1' }, 42)).toEqual({
      type: 'deploy',
      service: 'api',
      version: 'v1',
      ts: 42,
    });
    const batch = stampMessage(
      {
        type: 'batch',
        messages: [
          { type: 'health', service: 'a', status: 'up' },
          { type: 'latency', service: 'b', p95: 1 },
        ],
      },
      7,
    );
    expect(batch.messages.map((m) => m.ts)).toEqual([7, 7]);
  });
});
