import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { finishActionModal, startActionCommand, type FlowDeps } from '../../src/app/action-flows.js';
import { ActionsSession } from '../../src/app/actions-session.js';
import { IncidentSession } from '../../src/app/incident-session.js';
import { hintActions } from '../../src/app/command-flow.js';
import { NAME_OTHER, NAME_PATTERN } from '../../src/app/pattern-flow.js';
import { namedPattern } from '../../src/drill/score-pattern.js';
import { computeClocks } from '../../src/incident/clocks.js';
import type { Profile } from '../../src/incident/profile-schema.js';
import { BUILT_IN_PROFILES } from '../../src/incident/profiles/index.js';
import { editorText } from '../../src/ui/editor.js';
import type { Modal } from '../../src/ui/modal.js';
import { noticeMark } from '../../src/ui/panels/TopLines.js';
import { INITIAL_UI, type UiAction, type UiState, uiReducer } from '../../src/ui/state.js';

const T0 = Date.UTC(2026, 10, 22, 14, 0, 0);
const base = BUILT_IN_PROFILES['sre-sev3']!;
const ECHO = 'require("fs").writeFileSync(process.argv[1], process.argv[2])';

function profileWith(dir: string): Profile {
  return {
    ...base,
    // The long-form runbook's restart hook, whose body names the requester as {actor}.
    webhooks: [
      ...base.webhooks,
      BUILT_IN_PROFILES['long-form-sev']!.webhooks.find((w) => w.id === 'service-restart')!,
    ],
    commands: [
      {
        id: 'echo',
        label: 'Echo the service',
        category: 'diagnosis',
        argv: [process.execPath, '-e', ECHO, join(dir, 'ran.txt'), '{service}'],
        destructive: false,
      },
      {
        id: 'restart',
        label: 'Restart',
        category: 'mitigation',
        argv: [process.execPath, '-e', ECHO, join(dir, 'restart.txt'), '{service}'],
        destructive: true,
        confirmTarget: 'service',
      },
    ],
  } as Profile;
}

let closers: Array<() => void> = [];
afterEach(() => {
  for (const c of closers) c();
  closers = [];
});

function setup(options: { dryRun?: boolean; targets?: boolean; url?: string; env?: NodeJS.ProcessEnv } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'warroom-flow-'));
  const profile = profileWith(dir);
  let now = T0;
  const session = new IncidentSession({ dir, profile, user: () => 'dana', clock: () => now });
  session.declare('checkout failing', 'SEV2');
  const config = options.url
    ? { targets: [{ id: 'hook', kind: 'webhook' as const, urlEnv: 'TEST_HOOK' }] }
    : {};
  const actions = new ActionsSession({
    session,
    profile,
    config,
    dataDir: dir,
    dryRun: options.dryRun ?? false,
    env: { ...(options.url ? { TEST_HOOK: options.url } : {}), ...options.env },
    writeTerminal: () => undefined,
    // A loaded machine must not turn a prompt answer into a timeout (an unknown outcome).
    http: { timeoutMs: 10_000, retries: 2, backoffMs: 10 },
  });
  closers.push(() => actions.close());
  const notices: UiAction[] = [];
  let service = 'payments';
  const deps = (): FlowDeps => ({
    actions,
    session,
    profile,
    now,
    service,
    notify: (a) => notices.push(a),
  });
  const advance = (ms: number) => (now += ms);
  return { dir, session, actions, deps, notices, advance, select: (s: string) => (service = s) };
}

function modalOf(actions: readonly UiAction[]): Modal {
  const m = actions.find((a) => a.type === 'modal/open' || a.type === 'modal/update');
  if (!m || (m.type !== 'modal/open' && m.type !== 'modal/update'))
    throw new Error(`no modal: ${JSON.stringify(actions)}`);
  return m.modal;
}

async function until(check: () => boolean, what: string): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > 8000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setImmediate(r));
  }
}

describe('quick commands', () => {
  it('runs exactly what was shown, even if the selection moves before the confirmation', async () => {
    const t = setup();
    const picker = modalOf(startActionCommand('commands.palette', INITIAL_UI, t.deps()));
    const confirm = modalOf(finishActionModal(picker, 'echo', INITIAL_UI, t.deps())!);
    expect(confirm.kind === 'confirm' && confirm.label).toContain('ran.txt payments');
    t.select('checkout');
    finishActionModal(confirm, 'y', INITIAL_UI, t.deps());
    await until(() => t.session.events.some((e) => e.type === 'command/ran'), 'the run to be recorded');
    const ran = t.session.events.find((e) => e.type === 'command/ran');
    expect(ran?.type === 'command/ran' && ran.argv.at(-1)).toBe('payments');
    expect(ran?.type === 'command/ran' && ran.exitCode).toBe(0);
    expect(ran?.by).toBe('dana');
  });

  it('asks for the target to be typed back before a destructive command', () => {
    const t = setup();
    const picker = modalOf(startActionCommand('commands.palette', INITIAL_UI, t.deps()));
    const confirm = modalOf(finishActionModal(picker, 'restart', INITIAL_UI, t.deps())!);
    const typeBack = modalOf(finishActionModal(confirm, 'y', INITIAL_UI, t.deps())!);
    expect(typeBack.kind === 'confirm' && typeBack.typeBack).toBe('payments');
    expect(existsSync(join(t.dir, 'restart.txt'))).toBe(false);
  });

  it('only pretends in a dry run, and says so in the timeline', async () => {
    const t = setup({ dryRun: true });
    const picker = modalOf(startActionCommand('commands.palette', INITIAL_UI, t.deps()));
    const confirm = modalOf(finishActionModal(picker, 'echo', INITIAL_UI, t.deps())!);
    expect(confirm.kind === 'confirm' && confirm.label).toContain('a dry run');
    finishActionModal(confirm, 'y', INITIAL_UI, t.deps());
    await until(() => t.session.events.some((e) => e.type === 'command/ran'), 'the dry run to be recorded');
    const ran = t.session.events.find((e) => e.type === 'command/ran');
    expect(ran?.type === 'command/ran' && ran.dryRun).toBe(true);
    expect(existsSync(join(t.dir, 'ran.txt'))).toBe(false);
  });

  it('copies the command instead of running it on c', () => {
    const t = setup();
    const picker = modalOf(startActionCommand('commands.palette', INITIAL_UI, t.deps()));
    const confirm = modalOf(finishActionModal(picker, 'echo', INITIAL_UI, t.deps())!);
    const result = finishActionModal(confirm, 'copy', INITIAL_UI, t.deps())!;
    expect(result).toContainEqual(
      expect.objectContaining({ type: 'notice', text: expect.stringContaining('terminal clipboard') }),
    );
    expect(t.session.events.some((e) => e.type === 'command/ran')).toBe(false);
  });
});

describe('the update composer', () => {
  it('asks for what the incident cannot fill, then opens the draft with it filled in', () => {
    const t = setup();
    let ui: UiState = INITIAL_UI;
    const apply = (actions: readonly UiAction[]) => {
      for (const a of actions) ui = uiReducer(ui, a);
      return actions;
    };
    let modal = modalOf(apply(startActionCommand('comms.compose', ui, t.deps())));
    expect(modal.kind === 'picker' && modal.options.map((o) => o.id)).toContain('update');
    let step = apply(finishActionModal(modal, 'update', ui, t.deps())!);
    while (step.some((a) => a.type === 'modal/update')) {
      modal = modalOf(step);
      step = apply(
        finishActionModal(
          modal,
          modal.kind === 'prompt' && modal.label.includes('{summary}') ? 'card payments fail' : '',
          ui,
          t.deps(),
        )!,
      );
    }
    expect(ui.overlay).toBe('composer');
    const text = editorText(ui.draft!.editor);
    expect(text).toContain('card payments fail');
    expect(text).toContain('investigating');
  });

  it('promises in the text the same next-update time the clock counts to after posting', async () => {
    const t = setup();
    let ui: UiState = INITIAL_UI;
    const apply = (actions: readonly UiAction[]) => {
      for (const a of actions) ui = uiReducer(ui, a);
      return actions;
    };
    t.advance(5 * 60_000); // 14:05: the first update is due by 14:10, the cadence is 30 min
    let step = apply(finishActionModal(modalOf(apply(startActionCommand('comms.compose', ui, t.deps()))), 'update', ui, t.deps())!);
    while (step.some((a) => a.type === 'modal/update')) step = apply(finishActionModal(modalOf(step), 'x', ui, t.deps())!);
    expect(editorText(ui.draft!.editor)).toContain('Next update: 14:35 UTC');
    t.advance(3 * 60_000); // posted three minutes later, at 14:08
    const confirm = modalOf(apply(startActionCommand('compose.post', ui, t.deps())));
    finishActionModal(confirm, 'y', ui, t.deps());
    await until(() => t.notices.length > 0, 'the post to finish');
    const update = computeClocks(t.session.state, t.session.options.profile, T0 + 9 * 60_000).find((c) => c.id === 'update');
    expect(update?.dueAt).toBe(T0 + 35 * 60_000);
  });

  it('posts a confirmed draft to a real receiver and records it', async () => {
    const { url, received } = await receiver();
    const t = setup({ url });
    const ui: UiState = {
      ...INITIAL_UI,
      draft: { template: 'update', editor: { lines: ['All good now'], row: 0, col: 0 }, mode: 'review' },
    };
    const confirm = modalOf(startActionCommand('compose.post', ui, t.deps()));
    expect(confirm.kind === 'confirm' && confirm.label).toContain('Post this update to hook?');
    finishActionModal(confirm, 'y', ui, t.deps());
    await until(() => t.notices.length > 0, 'the post to finish');
    expect(received).toHaveLength(1);
    expect(JSON.parse(received[0]!).update.text).toBe('All good now');
    expect(t.session.state.updates.at(-1)?.pending).toEqual([]);
  });
});

describe('the notice while a post is under way', () => {
  it('shows a neutral mark while posting, a tick only once every target took it, ▲ when one failed', async () => {
    const held: Array<(status: number) => void> = [];
    const server = createServer((req, res) => {
      req.resume();
      req.on('end', () => held.push((status) => res.writeHead(status).end()));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    closers.push(() => server.close());
    const t = setup({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook` });
    const draft = { template: 'update', editor: { lines: ['Card payments fail'], row: 0, col: 0 }, mode: 'review' as const };
    const postOnce = async (status: number) => {
      let ui: UiState = { ...INITIAL_UI, draft };
      const before = t.notices.length;
      for (const a of finishActionModal(modalOf(startActionCommand('compose.post', ui, t.deps())), 'y', ui, t.deps())!)
        ui = uiReducer(ui, a);
      await until(() => held.length > 0, 'the receiver to hold the post');
      // The receiver has the post and has not answered: the outcome is not known yet.
      expect(ui.notice?.text).toBe('posting…');
      expect(noticeMark(ui.notice!)).toBe('◌');
      held.shift()!(status);
      await until(() => t.notices.length > before, 'the post to finish');
      ui = uiReducer(ui, t.notices.at(-1)!);
      return noticeMark(ui.notice!);
    };
    expect(await postOnce(200)).toBe('✔');
    expect(await postOnce(400)).toBe('▲');
  });
});

describe('the post confirmation', () => {
  it('names the real targets on a replayed feed, where only commands are dry runs', () => {
    const t = setup({ dryRun: true, url: 'http://127.0.0.1:9/hook' });
    const ui: UiState = {
      ...INITIAL_UI,
      draft: { template: 'update', editor: { lines: ['x'], row: 0, col: 0 }, mode: 'review' },
    };
    const confirm = modalOf(startActionCommand('compose.post', ui, t.deps()));
    expect(confirm.kind === 'confirm' && confirm.label).toContain('Post this update to hook?');
  });
});

describe('the outbox from the keyboard', () => {
  it('opens the panel, retries the selected refused update now, and drops another after asking', async () => {
    let status = 400;
    const received: string[] = [];
    const server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        received.push(req.url ?? '');
        res.writeHead(status).end();
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    closers.push(() => server.close());
    const t = setup({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook` });
    const firstPost = await t.actions.post('first');
    // A post that reached no target is a warning that names it, never a success.
    expect(firstPost.failed).toEqual(['hook']);
    await t.actions.post('second');
    expect(received).toHaveLength(2);
    expect(t.actions.pending().map((p) => p.needsPerson)).toEqual([true, true]);

    expect(startActionCommand('outbox.open', INITIAL_UI, t.deps())).toEqual([{ type: 'overlay/open', overlay: 'outbox' }]);
    expect(t.actions.outboxRows().map((r) => [r.state, r.attempts, r.lastError])).toEqual([
      ['failed', 1, 'HTTP 400 Bad Request'],
      ['failed', 1, 'HTTP 400 Bad Request'],
    ]);
    const panel = { ...INITIAL_UI, overlay: 'outbox' as const, outboxCursor: 0 };
    status = 200;
    startActionCommand('outbox.retry', panel, t.deps());
    await until(() => t.notices.length > 0, 'the retry to finish');
    expect(t.notices[0]).toMatchObject({ text: 'delivered to hook' });
    expect(t.notices[0]).not.toHaveProperty('warn');
    expect(t.actions.outboxRows().map((r) => r.state)).toEqual(['failed', 'delivered']);

    const drop = modalOf(startActionCommand('outbox.drop', panel, t.deps()));
    expect(drop.kind === 'confirm' && drop.label).toMatch(/^Drop the update for hook\?/);
    expect(t.actions.pending()).toHaveLength(1);
    const done = finishActionModal(drop, 'y', panel, t.deps())!;
    expect(done).toContainEqual(expect.objectContaining({ type: 'notice', text: expect.stringContaining('dropped') }));
    expect(t.actions.pending()).toEqual([]);
    expect(t.actions.outboxRows().map((r) => r.state)).toEqual(['dropped', 'delivered']);
    expect(received).toHaveLength(3);
  });

  it('says a retry that failed again as a warning, not a tick', async () => {
    const server = createServer((req, res) => {
      req.resume();
      req.on('end', () => res.writeHead(400).end());
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    closers.push(() => server.close());
    const t = setup({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook` });
    await t.actions.post('first');
    startActionCommand('outbox.retry', { ...INITIAL_UI, overlay: 'outbox', outboxCursor: 0 }, t.deps());
    await until(() => t.notices.length > 0, 'the retry to finish');
    expect(t.notices[0]).toMatchObject({ text: expect.stringMatching(/^hook failed again: HTTP 400/), warn: true });
  });
});

describe('naming the pattern from the hint', () => {
  it('offers "this is it" first while an incident is open, and records the pattern in the timeline', () => {
    const t = setup();
    const hint = {
      patternId: 'bad-deploy' as const,
      name: 'Bad deploy',
      evidence: ['orders 4.2.0 went out 3 min before the errors'],
      actions: ['roll back'],
      commandIds: ['echo'],
      service: 'orders',
    };
    const picker = modalOf(hintActions(hint, t.deps()));
    expect(picker.kind === 'picker' && picker.options.map((o) => o.id)).toEqual([
      NAME_PATTERN,
      NAME_OTHER,
      'echo',
    ]);
    const done = finishActionModal(picker, NAME_PATTERN, INITIAL_UI, t.deps());
    expect(done).toContainEqual({ type: 'notice', text: 'pattern recorded: Bad deploy', error: false });
    const last = t.session.events.at(-1);
    expect(last?.type === 'note/added' && namedPattern(last.text)).toBe('bad-deploy');
  });

  it('names another pattern from the list of known ones', () => {
    const t = setup();
    const hint = {
      patternId: 'bad-deploy' as const,
      name: 'Bad deploy',
      evidence: [],
      actions: [],
      commandIds: [],
    };
    const picker = modalOf(hintActions(hint, t.deps()));
    const list = modalOf(finishActionModal(picker, NAME_OTHER, INITIAL_UI, t.deps())!);
    expect(list.kind === 'picker' && list.options.map((o) => o.label)).toContain('Memory leak');
    finishActionModal(list, 'memory-leak', INITIAL_UI, t.deps());
    const last = t.session.events.at(-1);
    expect(last?.type === 'note/added' && last.text).toBe('Pattern named: Memory leak [memory-leak]');
  });
});

async function receiver(): Promise<{ url: string; received: string[] }> {
  const received: string[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      received.push(body);
      res.end('ok');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  closers.push(() => server.close());
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, received };
}

describe('profile webhooks from the palette', () => {
  it('asks for a value the incident cannot fill, then sends it to a real receiver', async () => {
    const r = await receiver();
    const t = setup({ env: { WARROOM_INCIDENT_NOTIFY_URL: r.url } });
    const picker = modalOf(startActionCommand('webhooks.palette', INITIAL_UI, t.deps()));
    const ask = modalOf(finishActionModal(picker, 'incident-notify', INITIAL_UI, t.deps())!);
    expect(ask.kind === 'prompt' && ask.label).toBe('Notify @incident-notify: value for {text}?');
    const confirm = modalOf(finishActionModal(ask, 'checkout is down, IC dana', INITIAL_UI, t.deps())!);
    expect(confirm.kind === 'confirm' && confirm.label).toContain('checkout is down, IC dana');
    finishActionModal(confirm, 'y', INITIAL_UI, t.deps());
    await until(() => r.received.length > 0, 'the webhook to arrive');
    expect(JSON.parse(r.received[0]!)).toEqual({ text: 'checkout is down, IC dana' });
  });

  it('fills {actor} with the whoami name, so the restart hook needs nothing typed', () => {
    // A drill's dry run: the hook's URL (from the config) need not be set to see what it would send.
    const t = setup({ dryRun: true });
    const picker = modalOf(startActionCommand('webhooks.palette', INITIAL_UI, t.deps()));
    const confirm = modalOf(finishActionModal(picker, 'service-restart', INITIAL_UI, t.deps())!);
    expect(confirm.kind).toBe('confirm');
    expect(confirm.kind === 'confirm' && confirm.label).toContain('"requested_by": "dana"');
  });
});
