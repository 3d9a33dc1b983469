import { describe, expect, it } from 'vitest';
import { parseFrame, subscribeFrame } from '../../src/feeds/protocol.js';

const NOW = Date.parse('2025-03-01T12:00:00Z');

describe('parseFrame accepts valid messages', () => {
  const good: [string, unknown, Record<string, unknown>][] = [
    [
      'health with detail',
      { type: 'health', service: 'api', status: 'degraded', ts: NOW, detail: 'slow' },
      { status: 'degraded' },
    ],
    [
      'error-rate at the bounds',
      { type: 'error-rate', service: 'api', ratio: 1, ts: NOW, requests: 10 },
      { ratio: 1 },
    ],
    [
      'latency with all percentiles',
      { type: 'latency', service: 'db', p95: 12.5, p50: 3, p99: 40, baseline_p95: 10, ts: NOW },
      { p95: 12.5 },
    ],
    [
      'deploy',
      { type: 'deploy', service: 'payments', version: 'v2.3.1', by: 'ci', ts: NOW },
      { version: 'v2.3.1' },
    ],
    ['heartbeat', { type: 'heartbeat', ts: NOW }, { type: 'heartbeat' }],
    ['ISO ts with Z', { type: 'heartbeat', ts: '2025-03-01T12:00:00Z' }, { ts: NOW }],
    ['ISO ts with an offset', { type: 'heartbeat', ts: '2025-03-01T13:00:00+01:00' }, { ts: NOW }],
  ];
  it.each(good)('%s', (_name, msg, expected) => {
    const result = parseFrame(JSON.stringify(msg), NOW);
    expect(result.rejected).toEqual([]);
    expect(result.messages).toHaveLength(1);
    expect(result.messages[0]).toMatchObject(expected);
  });
});

describe('parseFrame rejects invalid messages with a reason', () => {
  const bad: [string, string, RegExp][] = [
    ['bad JSON', '{"type":"health",', /not valid JSON/],
    ['not an object', '[1,2]', /not a JSON object/],
    ['missing type', JSON.stringify({ service: 'a', ts: NOW }), /type/],
    ['missing service', JSON.stringify({ type: 'health', status: 'up', ts: NOW }), /service/],
    [
      'ratio 1.5',
      JSON.stringify({ type: 'error-rate', service: 'a', ratio: 1.5, ts: NOW }),
      /ratio must be between 0 and 1/,
    ],
    ['negative p95', JSON.stringify({ type: 'latency', service: 'a', p95: -1, ts: NOW }), /p95/],
    ['unknown status', JSON.stringify({ type: 'health', service: 'a', status: 'sad', ts: NOW }), /status/],
    ['ts without zone', JSON.stringify({ type: 'heartbeat', ts: '2025-03-01T12:00:00' }), /zone/],
    ['absurd ts', JSON.stringify({ type: 'heartbeat', ts: NOW + 400 * 24 * 3600 * 1000 }), /9600 h ahead/],
    ['ts long ago', JSON.stringify({ type: 'heartbeat', ts: NOW - 49 * 3600 * 1000 }), /48 h behind/],
    ['ts as text garbage', JSON.stringify({ type: 'heartbeat', ts: 'yesterdayZ' }), /ISO-8601/],
  ];
  it.each(bad)('%s', (_name, text, reason) => {
    const result = parseFrame(text, NOW);
    expect(result.messages).toEqual([]);
    expect(result.unknown).toBe(0);
    expect(result.rejected).toHaveLength(1);
    expect(result.rejected[0]).toMatch(reason);
  });
});

describe('parseFrame on whole frames', () => {
  it('counts an unknown type without rejecting it', () => {
    const result = parseFrame(JSON.stringify({ type: 'cpu', service: 'a', ts: NOW }), NOW);
    expect(result).toEqual({ messages: [], unknown: 1, rejected: [] });
  });

  it('splits a batch, keeping good members and reporting bad ones', () => {
    const frame = {
      type: 'batch',
      messages: [
        { type: 'health', service: 'a', status: 'up', ts: NOW },
        { type: 'error-rate', service: 'a', ratio: 2, ts: NOW },
        { type: 'mystery', ts: NOW },
        { type: 'latency', service: 'a', p95: 10, ts: NOW },
      ],
    };
    const result = parseFrame(JSON.stringify(frame), NOW);
    expect(result.messages.map((m) => m.type)).toEqual(['health', 'latency']);
    expect(result.unknown).toBe(1);
    expect(result.rejected).toHaveLength(1);
  });

  it('refuses a batch nested in a batch', () => {
    const inner = { type: 'batch', messages: [{ type: 'heartbeat', ts: NOW }] };
    const result = parseFrame(JSON.stringify({ type: 'batch', messages: [inner] }), NOW);
    expect(result.messages).toEqual([]);
    expect(result.rejected[0]).toMatch(/another batch/);
  });

  it('refuses a batch whose messages are not an array', () => {
    expect(parseFrame('{"type":"batch","messages":{}}', NOW).rejected[0]).toMatch(/array/);
  });

  it('refuses an oversize frame before parsing it', () => {
    const big = JSON.stringify({
      type: 'health',
      service: 'a',
      status: 'up',
      ts: NOW,
      detail: 'x'.repeat(400),
    });
    const result = parseFrame(big, NOW, 100);
    expect(result.messages).toEqual([]);
    expect(result.rejected).toEqual(['frame larger than 100 bytes']);
  });

  it('builds the subscribe request for the three feeds', () => {
    expect(JSON.parse(subscribeFrame())).toEqual({
      type: 'subscribe',
      feeds: ['health', 'error-rate', 'latency'],
    });
  });
});

describe('parseFrame keeps terminal control codes out of every string field', () => {
  const RAW = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
  it.each([
    ['a C1 CSI', 'db\u009b8mhidden'],
    ['an OSC', 'db\u001b]0;title\u0007'],
    ['a DEL', 'db\u007f'],
    ['a bidi override', 'db\u202egnp'],
  ])('rejects a service name with %s', (_what, service) => {
    const r = parseFrame(JSON.stringify({ type: 'health', service, status: 'up', ts: NOW }), NOW);
    expect(r.messages).toEqual([]);
    expect(r.rejected[0]).toMatch(/^health: service: service name contains control characters/);
  });

  it('escapes controls in detail, version and by instead of passing them on', () => {
    const r = parseFrame(
      JSON.stringify({
        type: 'batch',
        messages: [
          { type: 'health', service: 'api', status: 'down', ts: NOW, detail: 'x\u009b2Jy\u001b]0;t\u0007' },
          { type: 'deploy', service: 'api', version: 'v1\u009b8m', by: 'ci\u202e\u0085', ts: NOW },
        ],
      }),
      NOW,
    );
    expect(r.rejected).toEqual([]);
    const [health, deploy] = r.messages;
    expect(health?.type === 'health' && health.detail).toBe('x\\u009b2Jy␛]0;t␇');
    expect(deploy?.type === 'deploy' && deploy.version).toBe('v1\\u009b8m');
    expect(deploy?.type === 'deploy' && deploy.by).toBe('ci\\u202e\\u0085');
    expect(JSON.stringify(r.messages)).not.toMatch(RAW);
  });
});

describe('parseFrame and timestamps from the future', () => {
  const H = 60 * 60 * 1000;
  it('rejects a message hours ahead of this machine, saying how far', () => {
    const r = parseFrame(JSON.stringify({ type: 'heartbeat', ts: NOW + 47 * H }), NOW);
    expect(r.messages).toEqual([]);
    expect(r.rejected).toEqual(["heartbeat: ts is 47 h ahead of this machine's clock"]);
  });

  it('still accepts a replay running a little ahead, and the past up to 48 h', () => {
    const r = parseFrame(
      JSON.stringify({
        type: 'batch',
        messages: [
          { type: 'heartbeat', ts: NOW + 2 * H },
          { type: 'heartbeat', ts: NOW - 47 * H },
        ],
      }),
      NOW,
    );
    expect(r.rejected).toEqual([]);
  });
});
