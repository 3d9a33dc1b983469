import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { exportIncident, postmortemDraft, redact } from '../../src/export/index.js';
import { sreSev3 } from '../../src/incident/profiles/index.js';
import { m, S } from '../drill/build.js';
import { incidentLog, retriedDeliveries, SECRET } from './incident.js';

const expected = (file: string): string => readFileSync(`test/export/expected/${file}`, 'utf8');
const options = { secrets: [SECRET], startedAt: S - m(6) };

describe('incident export', () => {
  it.each(['yaml', 'json', 'md'] as const)('writes the record as %s exactly as expected', (format) => {
    expect(exportIncident(incidentLog(), sreSev3, { format, ...options })).toBe(
      expected(`incident.${format}`),
    );
  });

  it('writes the post-mortem draft exactly as expected', () => {
    expect(postmortemDraft(incidentLog(), sreSev3, options)).toBe(expected('postmortem.md'));
  });

  it('gives YAML and JSON the same data, times in UTC and durations in ms', () => {
    const fromYaml = parse(exportIncident(incidentLog(), sreSev3, { format: 'yaml', ...options }));
    const fromJson = JSON.parse(exportIncident(incidentLog(), sreSev3, { format: 'json', ...options }));
    expect(fromYaml).toEqual(fromJson);
    expect(fromJson.incident.durations_ms).toEqual({
      time_to_detect: m(6),
      time_to_acknowledge: m(2),
      time_to_mitigate: m(14),
      time_to_resolve: m(41),
    });
  });

  it('never lets a secret, a bearer token or a URL token through, in any format', () => {
    const outputs = [
      ...(['yaml', 'json', 'md'] as const).map((format) =>
        exportIncident(incidentLog(), sreSev3, { format, ...options }),
      ),
      postmortemDraft(incidentLog(), sreSev3, options),
    ];
    for (const out of outputs) {
      expect(out).not.toContain(SECRET);
      expect(out).not.toContain('abc.DEF-123');
      expect(out).not.toContain('s3cr3t');
      expect(out).toContain('[redacted]');
    }
  });

  it('redacts the longest secret first and leaves ordinary text alone', () => {
    expect(redact('key abc and abcdef, ?api_key=zz&ok=1', ['abc', 'abcdef', ''])).toBe(
      'key [redacted] and [redacted], ?api_key=[redacted]&ok=1',
    );
  });

  it('leaves time to detect unknown when nobody knows when the impact began', () => {
    const md = exportIncident(incidentLog(), sreSev3, { format: 'md', secrets: [] });
    expect(md).toContain('| time to detect (impact began to declared) | unknown |');
    expect(md).toContain('| time to resolve (declared to resolved) | 35m 00s |');
  });

  it('lists one line per delivery outcome, as the timeline does, in every format', () => {
    for (const format of ['md', 'json', 'yaml'] as const) {
      const out = exportIncident(retriedDeliveries(), sreSev3, { format, secrets: [] });
      const lines = out.split('\n').filter((l) => /Delivery to|delivered to/.test(l));
      expect(lines, format).toHaveLength(2);
      expect(out).toContain('Update delivered to ops-hook after 3 attempts');
      // An old journal's third failure is the parked outcome, counted without attempt numbers.
      expect(out).toContain('Delivery to pager failed after 3 attempts: connection refused; waiting in the outbox (m)');
      expect(out).not.toContain('retrying');
    }
  });
});
