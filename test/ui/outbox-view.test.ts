import { describe, expect, it } from 'vitest';
import type { OutboxRow, OutboxState } from '../../src/actions/delivery/outbox-rows.js';
import { lookup } from '../../src/keys/bindings.js';
import { refused, setReadOnlySeat } from '../../src/keys/read-only.js';
import { outboxState, outboxTitle } from '../../src/ui/view/outbox-view.js';

const row = (state: OutboxState, extra: Partial<OutboxRow> = {}): OutboxRow => ({
  update: 'u',
  target: 'hook',
  text: 'x',
  postedAt: 0,
  state,
  attempts: 1,
  ...extra,
});

describe('how the outbox panel says a state', () => {
  it('in words and a mark, never a tick for anything but delivered', () => {
    const at = Date.UTC(2026, 10, 22, 14, 5, 30);
    expect(outboxState(row('retrying', { nextTryAt: at }))).toEqual({ mark: '◷', text: 'retry at 14:05:30', token: 'sla.near' });
    expect(outboxState(row('retrying')).text).toBe('retrying');
    expect(outboxState(row('unknown-parked'))).toMatchObject({ text: 'unknown: parked', token: 'sla.breached' });
    expect(outboxState(row('failed'))).toMatchObject({ mark: '✖', text: 'failed: parked' });
    expect(outboxState(row('dropped', { droppedBy: 'sam' })).text).toBe('dropped by sam');
    const states: OutboxState[] = ['queued', 'sending', 'retrying', 'unknown-parked', 'failed', 'dropped'];
    for (const s of states) expect(outboxState(row(s)).mark).not.toBe('✔');
    expect(outboxState(row('delivered')).mark).toBe('✔');
  });

  it('counts what waits and what needs a person in the title', () => {
    expect(outboxTitle([])).toMatch(/^Outbox · nothing posted yet/);
    expect(outboxTitle([row('failed'), row('retrying'), row('delivered')])).toMatch(/^Outbox · 2 waiting, 1 of them need you/);
    expect(outboxTitle([row('failed')])).toMatch(/^Outbox · 1 waiting, all need you/);
  });
});

describe('the outbox keys on a read-only seat', () => {
  it('refuses retry and drop, and still opens and closes the panel', () => {
    setReadOnlySeat(true);
    try {
      expect(refused(lookup('outbox', 'r')!)).toBe(true);
      expect(refused(lookup('outbox', 'x')!)).toBe(true);
      expect(refused(lookup('incident', 'm')!)).toBe(false);
      expect(refused(lookup('outbox', 'escape')!)).toBe(false);
    } finally {
      setReadOnlySeat(false);
    }
  });
});
