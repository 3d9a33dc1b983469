import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CommandDeps, finishModal, startCommand } from '../../src/app/commands.js';
import { IncidentSession } from '../../src/app/incident-session.js';
import { BUILT_IN_PROFILES } from '../../src/incident/profiles/index.js';
import { type Modal, modalKey } from '../../src/ui/modal.js';
import type { UiAction } from '../../src/ui/state.js';

const T0 = Date.UTC(2026, 10, 22, 14, 0, 0);
const profile = BUILT_IN_PROFILES['sre-sev3']!;

function setup() {
  let now = T0;
  const session = new IncidentSession({
    dir: mkdtempSync(join(tmpdir(), 'warroom-cmd-')),
    profile,
    user: () => 'dana',
    clock: () => now,
  });
  const deps = (extra: Partial<CommandDeps> = {}): CommandDeps => ({
    session,
    profile,
    now,
    evidence: [],
    ...extra,
  });
  return { session, deps, advance: (ms: number) => (now += ms) };
}

function openedModal(actions: UiAction[]): Modal {
  const open = actions.find((a) => a.type === 'modal/open' || a.type === 'modal/update');
  if (!open || (open.type !== 'modal/open' && open.type !== 'modal/update'))
    throw new Error(`no modal in ${JSON.stringify(actions)}`);
  return open.modal;
}

function declare(t: ReturnType<typeof setup>, title = 'checkout failing', severity = 'SEV2') {
  const titlePrompt = openedModal(startCommand('incident.declare', t.deps()));
  const picker = openedModal(finishModal(titlePrompt, title, t.deps()));
  finishModal(picker, severity, t.deps());
}

describe('incident commands', () => {
  it('declares with a title, then a severity, and journals it before showing it', () => {
    const t = setup();
    declare(t);
    expect(t.session.state.declared).toBe(true);
    expect(t.session.state.severity).toBe('SEV2');
    expect(t.session.state.title).toBe('checkout failing');
    const journal = readFileSync(join(t.session.options.dir, `${t.session.state.id}.jsonl`), 'utf8');
    expect(journal).toContain('"type":"incident/declared"');
    expect(journal).toContain('"by":"dana"');
  });

  it('suggests a severity from the feed evidence and puts it first in the picker', () => {
    const t = setup();
    const evidence = [
      {
        service: 'payments',
        metric: 'error-rate' as const,
        value: 0.12,
        since: T0 - 6 * 60_000,
        forMs: 6 * 60_000,
      },
    ];
    const prompt = openedModal(startCommand('incident.declare', t.deps({ evidence })));
    expect(prompt.kind === 'prompt' && prompt.value).toBe('payments: elevated errors');
    const picker = openedModal(finishModal(prompt, 'payments errors', t.deps({ evidence })));
    expect(picker.kind).toBe('picker');
    if (picker.kind !== 'picker') return;
    expect(picker.label).toContain('Suggested: SEV2');
    expect(picker.options[picker.index]?.id).toBe('SEV2');
  });

  it('preselects no level without evidence, so Enter, Enter cannot declare the most severe', () => {
    const t = setup();
    const prompt = openedModal(startCommand('incident.declare', t.deps()));
    const picker = openedModal(finishModal(prompt, 'something odd', t.deps()));
    if (picker.kind !== 'picker') throw new Error('no picker');
    expect(picker.index).toBe(-1);
    expect(picker.label).toContain('No evidence suggests a level');
    const enter = modalKey(picker, 'enter');
    expect(enter.done).toBe(false);
    expect(enter.modal.kind === 'picker' && enter.modal.refused).toMatch(/nothing chosen/);
    expect(t.session.state.declared).toBe(false);
    const down = modalKey(enter.modal, 'down');
    expect(modalKey(down.modal, 'enter')).toMatchObject({ done: true, value: picker.options[0]!.id });
  });

  it('preselects the level a firing alert suggests', () => {
    const t = setup();
    const alerts = [{ name: 'PaymentsSlow', service: 'payments', severity: 'warning', since: T0 - 60_000 }];
    const prompt = openedModal(startCommand('incident.declare', t.deps({ alerts })));
    const picker = openedModal(finishModal(prompt, 'payments down', t.deps({ alerts })));
    if (picker.kind !== 'picker') throw new Error('no picker');
    expect(picker.label).toContain('Suggested: SEV3');
    expect(modalKey(picker, 'enter')).toMatchObject({ done: true, value: 'SEV3' });
  });

  it('refuses a second declaration while one is open', () => {
    const t = setup();
    declare(t);
    const actions = startCommand('incident.declare', t.deps());
    expect(actions).toContainEqual(expect.objectContaining({ type: 'notice', error: true }));
  });

  it('changes severity only with a reason, and records who and when', () => {
    const t = setup();
    declare(t);
    t.advance(60_000);
    const picker = openedModal(startCommand('incident.severity', t.deps()));
    const reason = openedModal(finishModal(picker, 'SEV1', t.deps()));
    expect(finishModal({ ...reason, value: '' } as Modal, '', t.deps())).toBeDefined();
    finishModal(reason, 'payments is down for everyone', t.deps());
    expect(t.session.state.severity).toBe('SEV1');
    expect(t.session.state.severityHistory.at(-1)).toMatchObject({
      from: 'SEV2',
      to: 'SEV1',
      by: 'dana',
      reason: 'payments is down for everyone',
      at: T0 + 60_000,
    });
  });

  it('assigns and clears roles by name', () => {
    const t = setup();
    declare(t);
    const picker = openedModal(startCommand('incident.roles', t.deps()));
    const name = openedModal(finishModal(picker, 'ic', t.deps()));
    finishModal(name, 'sam', t.deps());
    expect(t.session.state.roles.ic?.who).toBe('sam');
    finishModal(name, '', t.deps());
    expect(t.session.state.roles.ic).toBeUndefined();
  });

  it('ticks and unticks the selected item, reading it afresh each time', () => {
    const t = setup();
    declare(t);
    const list = profile.checklists.find((c) => c.stage === 'triage')!;
    const item = list.items[0]!;
    const selected = () => ({
      checklist: list.id,
      item: item.id,
      ticked: `${list.id}/${item.id}` in t.session.state.ticks,
    });
    startCommand('checklist.tick', t.deps({ selectedItem: selected }));
    expect(t.session.state.ticks[`${list.id}/${item.id}`]).toEqual({ at: T0, by: 'dana' });
    startCommand('checklist.tick', t.deps({ selectedItem: selected }));
    expect(t.session.state.ticks[`${list.id}/${item.id}`]).toBeUndefined();
  });

  it('asks for an override to resolve before the watch is over', () => {
    const t = setup();
    declare(t);
    finishModal(openedModal(startCommand('incident.status', t.deps())), 'monitoring', t.deps());
    t.advance(60_000);
    const prompt = openedModal(startCommand('incident.resolve', t.deps()));
    expect(prompt.kind).toBe('prompt');
    expect(prompt.kind === 'prompt' && prompt.label).toContain('To resolve anyway');
    finishModal(prompt, 'customer confirmed the fix', t.deps());
    expect(t.session.state.status).toBe('resolved');
    expect(t.session.state.resolveOverride).toBe('customer confirmed the fix');
  });

  it('resolves with a plain confirmation once the watch has run', () => {
    const t = setup();
    declare(t);
    finishModal(openedModal(startCommand('incident.status', t.deps())), 'monitoring', t.deps());
    t.advance(16 * 60_000);
    const confirm = openedModal(startCommand('incident.resolve', t.deps()));
    expect(confirm.kind).toBe('confirm');
    finishModal(confirm, 'y', t.deps());
    expect(t.session.state.status).toBe('resolved');
    expect(t.session.state.resolveOverride).toBeNull();
  });

  it('writes a breached clock to the timeline once', () => {
    const t = setup();
    declare(t);
    t.advance(6 * 60_000);
    expect(t.session.recordBreaches(T0 + 6 * 60_000)).toBeGreaterThan(0);
    expect(t.session.recordBreaches(T0 + 6 * 60_000 + 1000)).toBe(0);
    const breaches = t.session.events.filter((e) => e.type === 'clock/breached');
    expect(breaches.map((e) => e.type === 'clock/breached' && e.clock)).toContain('ack');
  });

  it('resumes an open incident from its journal with everything in it', () => {
    const t = setup();
    declare(t);
    t.session.record({ type: 'incident/acknowledged' });
    t.session.record({ type: 'note/added', text: 'rolled back v2.3.1' });
    const { id } = t.session.state;
    const again = new IncidentSession({
      dir: t.session.options.dir,
      profile,
      user: () => 'lee',
      clock: () => T0,
    });
    const actions = finishModal({ kind: 'confirm', purpose: 'resume', label: '', value: '' }, 'y', {
      session: again,
      profile,
      now: T0,
      evidence: [],
      resumable: { id, path: join(t.session.options.dir, `${id}.jsonl`) },
    });
    expect(actions).toContainEqual(expect.objectContaining({ type: 'notice', text: `resumed ${id}` }));
    expect(again.state.acknowledgedBy).toBe('dana');
    expect(again.events.map((e) => e.type)).toEqual([
      'incident/declared',
      'incident/acknowledged',
      'note/added',
    ]);
  });
});
