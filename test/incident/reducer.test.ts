import { describe, expect, it } from 'vitest';
import type { IncidentEvent } from '../../src/incident/events.js';
import { fold, isOpen, reduce } from '../../src/incident/reducer.js';
import { EMPTY_INCIDENT } from '../../src/incident/state.js';
import { timeline } from '../../src/incident/timeline.js';
import { BUILT_IN_PROFILES } from '../../src/incident/profiles/index.js';
import { events, MIN, T0 } from './events-builder.js';

const at = events();
const start = at('incident/declared', 0, { incident: 'INC-20261118-1200', title: 'Checkout failing', severity: 'SEV2' });
const declaredState = fold([start]);

describe('the incident reducer', () => {
  it('ignores events before a declaration', () => {
    expect(reduce(EMPTY_INCIDENT, at('note/added', 0, { text: 'too early' }))).toBe(EMPTY_INCIDENT);
  });

  it('starts an incident on declared', () => {
    expect(declaredState).toMatchObject({
      declared: true, id: 'INC-20261118-1200', title: 'Checkout failing', severity: 'SEV2',
      status: 'investigating', declaredAt: T0, declaredBy: 'ana', severitySince: T0, eventCount: 1,
    });
    expect(isOpen(declaredState)).toBe(true);
  });

  it('records the first acknowledgement only', () => {
    const s = fold([start, at('incident/acknowledged', 2 * MIN, {}, 'bo'), at('incident/acknowledged', 3 * MIN, {}, 'cy')]);
    expect([s.acknowledgedAt, s.acknowledgedBy]).toEqual([T0 + 2 * MIN, 'bo']);
  });

  it('changes severity up and down, keeping each reason', () => {
    const s = fold([
      start,
      at('severity/changed', 10 * MIN, { from: 'SEV2', to: 'SEV1', reason: 'all regions down' }),
      at('severity/changed', 40 * MIN, { from: 'SEV1', to: 'SEV3', reason: 'only one region left' }, 'bo'),
    ]);
    expect(s.severity).toBe('SEV3');
    expect(s.severitySince).toBe(T0 + 40 * MIN);
    expect(s.severityHistory.map((h) => `${h.from}>${h.to} ${h.by}: ${h.reason}`)).toEqual([
      'SEV2>SEV1 ana: all regions down',
      'SEV1>SEV3 bo: only one region left',
    ]);
  });

  it('tracks status, the first mitigation and the current monitoring stretch', () => {
    const s1 = fold([start, at('status/changed', 5 * MIN, { to: 'identified' }), at('status/changed', 20 * MIN, { to: 'monitoring' })]);
    expect([s1.status, s1.statusSince, s1.mitigatedAt, s1.monitoringSince]).toEqual(['monitoring', T0 + 20 * MIN, T0 + 20 * MIN, T0 + 20 * MIN]);
    const s2 = reduce(s1, at('status/changed', 25 * MIN, { to: 'mitigating' }));
    expect([s2.mitigatedAt, s2.monitoringSince]).toEqual([T0 + 20 * MIN, null]);
    const s3 = reduce(s2, at('status/changed', 30 * MIN, { to: 'monitoring' }));
    expect(s3.monitoringSince).toBe(T0 + 30 * MIN);
  });

  it('assigns and clears roles with who and when', () => {
    const s1 = fold([start, at('role/assigned', MIN, { role: 'ic', who: 'dee' }, 'ana')]);
    expect(s1.roles.ic).toEqual({ who: 'dee', at: T0 + MIN, by: 'ana' });
    expect(reduce(s1, at('role/cleared', 2 * MIN, { role: 'ic' })).roles.ic).toBeUndefined();
  });

  it('ticks and unticks checklist items with actor and time', () => {
    const s1 = fold([start, at('checklist/ticked', 3 * MIN, { checklist: 'declare', item: 'severity' }, 'bo')]);
    expect(s1.ticks['declare/severity']).toEqual({ at: T0 + 3 * MIN, by: 'bo' });
    const s2 = reduce(s1, at('checklist/unticked', 4 * MIN, { checklist: 'declare', item: 'severity' }, 'cy'));
    expect(s2.ticks['declare/severity']).toBeUndefined();
  });

  it('keeps notes, commands and webhooks in the log without changing state', () => {
    const log: IncidentEvent[] = [
      start,
      at('note/added', MIN, { text: 'DB graph flat' }),
      at('command/ran', 2 * MIN, { command: 'rollback', argv: ['kubectl', 'rollout', 'undo', 'deployment/api'], confirmedBy: 'bo', exitCode: 0, durationMs: 1500, dryRun: false }),
      at('webhook/fired', 3 * MIN, { webhook: 'dns-flush', ok: true, dryRun: true }),
    ];
    const s = fold(log);
    expect(s.eventCount).toBe(4);
    expect(timeline(log).map((t) => t.summary).slice(1)).toEqual([
      'Note: DB graph flat',
      'Ran kubectl rollout undo deployment/api (exit 0, 1.5 s)',
      'Webhook dns-flush (dry run)',
    ]);
  });

  it('resets the update clock on each posted update and keeps undelivered targets pending', () => {
    const posted = at('update/posted', 12 * MIN, {
      template: 'update', text: 'Still on it', targets: ['slack', 'status-page'],
      deliveries: [{ target: 'slack', ok: true }, { target: 'status-page', ok: false, detail: 'HTTP 502' }],
    });
    const s1 = fold([start, posted]);
    expect(s1.lastUpdateAt).toBe(T0 + 12 * MIN);
    expect(s1.updates[0]?.pending).toEqual(['status-page']);
    const s2 = reduce(s1, at('update/delivered', 13 * MIN, { update: posted.id, delivery: { target: 'status-page', ok: true } }));
    expect(s2.updates[0]?.pending).toEqual([]);
  });

  it('writes each breach once per deadline', () => {
    const breach = at('clock/breached', 6 * MIN, { clock: 'ack', dueAt: T0 + 5 * MIN });
    const s = fold([start, breach, { ...breach, id: 'again', at: T0 + 7 * MIN }]);
    expect(s.breaches).toEqual({ [`ack@${T0 + 5 * MIN}`]: T0 + 6 * MIN });
  });

  it('resolves with an override, reopens, and closes', () => {
    const resolved = fold([start, at('incident/resolved', 30 * MIN, { override: 'customer confirmed', summary: 'rolled back' }, 'ic')]);
    expect(resolved).toMatchObject({ status: 'resolved', resolvedAt: T0 + 30 * MIN, resolvedBy: 'ic', resolveOverride: 'customer confirmed', mitigatedAt: T0 + 30 * MIN });
    const reopened = reduce(resolved, at('incident/reopened', 50 * MIN, { reason: 'errors are back' }));
    expect(reopened).toMatchObject({ status: 'investigating', resolvedAt: null, mitigatedAt: null, reopenCount: 1 });
    const closed = fold([start, at('incident/resolved', 30 * MIN, {}), at('incident/closed', 60 * MIN, {}), at('postmortem/done', 2 * 24 * 60 * MIN, { link: 'doc' })]);
    expect([closed.closedAt, closed.postmortemDoneAt, isOpen(closed)]).toEqual([T0 + 60 * MIN, T0 + 2 * 24 * 60 * MIN, false]);
  });
});

describe('the timeline', () => {
  it('has one line per event, naming roles and checklist items from the profile', () => {
    const profile = BUILT_IN_PROFILES['sre-sev3'];
    const log: IncidentEvent[] = [
      start,
      at('role/assigned', MIN, { role: 'ic', who: 'dee' }),
      at('checklist/ticked', 2 * MIN, { checklist: 'declare', item: 'severity' }),
      at('severity/changed', 3 * MIN, { from: 'SEV2', to: 'SEV1', reason: 'all regions' }),
      at('incident/resolved', 9 * MIN, { override: 'verified by hand' }),
      at('incident/reopened', 10 * MIN, { reason: 'flapping' }),
    ];
    expect(timeline(log, profile).map((t) => [t.at - T0, t.by, t.summary])).toEqual([
      [0, 'ana', 'Declared SEV2: Checkout failing'],
      [MIN, 'ana', 'Incident Commander: dee'],
      [2 * MIN, 'ana', 'Ticked "Pick a first severity"'],
      [3 * MIN, 'ana', 'Severity SEV2 → SEV1: all regions'],
      [9 * MIN, 'ana', 'Resolved early (override: verified by hand)'],
      [10 * MIN, 'ana', 'Reopened: flapping'],
    ]);
  });
});
