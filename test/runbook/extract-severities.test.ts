import { describe, expect, it } from 'vitest';
import { extractRunbook } from '../../src/runbook/extract.js';
import { fixture } from './helpers.js';

const extract = (name: string) => extractRunbook(fixture(name), name).extraction;
const slas = (name: string) =>
  extract(name).severities.map((s) => ({ id: s.id, ack: s.ack?.value, cadence: s.cadence?.value, mitigation: s.mitigation?.value }));

describe('severities', () => {
  it('reads a P-level table whatever the column order', () => {
    expect(slas('table-p-levels.md')).toEqual([
      { id: 'P0', ack: { kind: 'immediate' }, cadence: { minutes: 15 }, mitigation: { hours: 4 } },
      { id: 'P1', ack: { minutes: 30 }, cadence: { minutes: 30 }, mitigation: { businessDays: 1 } },
      { id: 'P2', ack: { hours: 4 }, cadence: { kind: 'daily' }, mitigation: { kind: 'next-sprint' } },
    ]);
    const p0 = extract('table-p-levels.md').severities[0];
    expect(p0?.line).toBe(9);
    expect(p0?.description?.value).toBe('checkout returns 500 for everyone');
  });

  it('reads a heading per SEV level with key bullets, labels from the heading', () => {
    const e = extract('headings-sev.md');
    expect(e.severities.map((s) => [s.id, s.label])).toEqual([
      ['SEV1', 'Outage'],
      ['SEV2', 'Degraded'],
    ]);
    expect(slas('headings-sev.md')).toEqual([
      { id: 'SEV1', ack: { minutes: 10 }, cadence: { minutes: 20 }, mitigation: { hours: 2 } },
      { id: 'SEV2', ack: { hours: 1 }, cadence: { hours: 1 }, mitigation: { kind: 'next-business-day' } },
    ]);
    expect(e.severities[0]?.ack?.line).toBe(13);
  });

  it('reads named levels (Critical/Major/Minor) from a list', () => {
    expect(slas('list-named.md')).toEqual([
      { id: 'Critical', ack: { minutes: 5 }, cadence: { minutes: 15 }, mitigation: { hours: 1 } },
      { id: 'Major', ack: { minutes: 15 }, cadence: { hours: 1 }, mitigation: undefined },
      { id: 'Minor', ack: { businessDays: 1 }, cadence: { kind: 'async' }, mitigation: undefined },
    ]);
  });

  it('finds no severities where there are none', () => {
    expect(extract('no-severities.md').severities).toEqual([]);
  });

  it('reads an HTML table and repairs mojibake in it', () => {
    const e = extract('html-mojibake.md');
    expect(e.title?.value).toBe('Billing runbook — on-call');
    expect(slas('html-mojibake.md')).toEqual([
      { id: 'P1', ack: { minutes: 10 }, cadence: { minutes: 30 }, mitigation: undefined },
      { id: 'P2', ack: { hours: 2 }, cadence: { hours: 4 }, mitigation: undefined },
    ]);
    expect(e.severities[0]?.description?.value).toBe('Invoices not sent — all customers');
    expect(e.repairedMojibake).toBe(5);
  });

  it('recovers a runbook whose line breaks were lost', () => {
    const e = extract('flattened.md');
    expect(e.flattened).toBe(true);
    expect(slas('flattened.md')).toEqual([
      { id: 'SEV-1', ack: { minutes: 5 }, cadence: { minutes: 10 }, mitigation: undefined },
      { id: 'SEV-2', ack: { minutes: 20 }, cadence: { minutes: 40 }, mitigation: undefined },
    ]);
    expect(e.roles.map((r) => r.id)).toEqual(['ic', 'queue-owner']);
    expect(e.checklists.map((c) => c.items.length)).toEqual([3]);
    expect(e.commands.map((c) => [c.label, c.argv, c.destructive])).toEqual([
      ['Queue depth', ['kubectl', 'exec', 'deploy/broker', '--', 'rabbitmqctl', 'list_queues'], false],
      ['Purge dead letters', ['kubectl', 'exec', 'deploy/broker', '--', 'rabbitmqctl', 'purge_queue', 'dlq'], true],
    ]);
    expect(e.escalations).toEqual([
      { from: 'SEV-2', to: 'SEV-1', after: { hours: 1 }, condition: 'unmitigated', line: expect.any(Number) },
    ]);
  });

  it('gives the same result for CRLF line endings, with the same lines', () => {
    const lf = extractRunbook(fixture('headings-sev.md'), 'x').extraction;
    const crlf = extractRunbook(fixture('headings-sev.md').replace(/\n/g, '\r\n'), 'x').extraction;
    expect(crlf).toEqual(lf);
  });

  it('takes the title from front matter and keeps line numbers of the file', () => {
    const e = extract('headings-sev.md');
    expect(e.title).toEqual({ value: 'Search Cluster Runbook', line: 2 });
    expect(e.severities[0]?.line).toBe(10);
  });

  it('reads escalation rules in both long and short forms', () => {
    expect(extract('table-p-levels.md').escalations).toEqual([
      { from: 'P1', to: 'P0', after: { hours: 2 }, condition: 'unresolved', line: 13 },
      { from: 'P2', to: 'P1', after: { hours: 48 }, condition: 'unresolved', line: 14 },
    ]);
  });
});
