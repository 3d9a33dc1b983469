import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  commandValues,
  type OutputStream,
  prepareCommand,
  recordCommand,
  renderUpdate,
  runCommand,
  shellQuote,
} from '../../src/actions/index.js';
import type { QuickCommand } from '../../src/incident/profile-schema.js';
import { declaredSession, profile, T0, tempDir } from './helpers.js';

const EVIL = '$(touch pwned); rm -rf ~ `id`';
const node = process.execPath;

function collect() {
  const lines: [string, OutputStream][] = [];
  return { lines, onOutput: (line: string, stream: OutputStream) => void lines.push([line, stream]) };
}

describe('quick commands', () => {
  it('passes an incident title full of shell syntax as one literal argument and runs nothing else', async () => {
    const cwd = tempDir();
    const t = declaredSession({ title: EVIL });
    const command: QuickCommand = {
      id: 'echo-title',
      label: 'Echo the title',
      category: 'diagnosis',
      argv: [
        node,
        '-e',
        'console.log(JSON.stringify(process.argv.slice(1)))',
        '{title}',
        '--service={service}',
      ],
      destructive: false,
    };
    const prepared = prepareCommand(
      command,
      commandValues(t.session.state, profile, T0, { service: 'payments' }),
    );
    expect(prepared.missing).toEqual([]);
    const out = collect();
    const result = await runCommand(prepared.argv, { dryRun: false, cwd, onOutput: out.onOutput });
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(out.lines[0]![0])).toEqual([EVIL, '--service=payments']);
    expect(existsSync(join(cwd, 'pwned'))).toBe(false);

    // The same title in a status update is text, nothing more.
    const rendered = renderUpdate('{title} is {status}', t.session.state, profile, T0);
    expect(rendered.text).toBe(`${EVIL} is investigating`);
    expect(existsSync(join(cwd, 'pwned'))).toBe(false);
  });

  it('shows a display string that a real shell reads back as exactly the same arguments', () => {
    const cwd = tempDir();
    for (const arg of [EVIL, "it's", 'a\nb\tc\x1b[31m', '', 'plain-arg', '*']) {
      const r = spawnSync('/bin/sh', ['-c', `printf '%s' ${shellQuote(arg)}`], { cwd, encoding: 'utf8' });
      if (shellQuote(arg).startsWith("$'")) continue; // $'…' is bash/zsh; dash prints it literally
      expect(r.stdout).toBe(arg);
    }
    const bash = spawnSync('bash', ['-c', `printf '%s' ${shellQuote('a\nb\x1b')}`], { encoding: 'utf8' });
    if (bash.status === 0) expect(bash.stdout).toBe('a\nb\x1b');
    expect(existsSync(join(cwd, 'pwned'))).toBe(false);
  });

  it('prepares a destructive command with the target to type back and the exact argv shown', () => {
    const health = profile.commands[0]!;
    const skill: QuickCommand = {
      id: 'rollback',
      label: 'Roll back',
      category: 'mitigation',
      argv: ['kubectl', 'rollout', 'undo', 'deployment/{deployment}'],
      destructive: true,
      confirmTarget: 'deployment',
    };
    const prepared = prepareCommand(skill, { deployment: 'payments api' });
    expect(prepared).toMatchObject({
      argv: ['kubectl', 'rollout', 'undo', 'deployment/payments api'],
      display: "kubectl rollout undo 'deployment/payments api'",
      destructive: true,
      confirmTarget: 'payments api',
      missing: [],
    });
    expect(prepareCommand(skill, {}).missing).toEqual(['deployment']);
    expect(prepareCommand(health, {}).confirmTarget).toBeUndefined();
  });

  it('in dry-run spawns nothing and says what it would run', async () => {
    const cwd = tempDir();
    const argv = [node, '-e', "require('node:fs').writeFileSync('marker', 'ran')"];
    const dry = await runCommand(argv, { dryRun: true, cwd });
    expect(existsSync(join(cwd, 'marker'))).toBe(false);
    expect(dry).toMatchObject({ dryRun: true, exitCode: null });
    expect(dry.detail).toBe(
      `dry run: would run ${node} -e 'require('\\''node:fs'\\'').writeFileSync('\\''marker'\\'', '\\''ran'\\'')'`,
    );
    // And the same argv for real does create it, so the check above means something.
    await runCommand(argv, { dryRun: false, cwd });
    expect(readFileSync(join(cwd, 'marker'), 'utf8')).toBe('ran');
  });

  it('streams stdout and stderr as clean lines', async () => {
    const out = collect();
    const script =
      'process.stdout.write("one\\ntw"); process.stdout.write("o\\x1b[31m red\\n"); console.error("oops"); process.stdout.write("tail")';
    await runCommand([node, '-e', script], { dryRun: false, onOutput: out.onOutput });
    expect(out.lines.filter(([, s]) => s === 'stdout').map(([l]) => l)).toEqual(['one', 'two red', 'tail']);
    expect(out.lines.filter(([, s]) => s === 'stderr').map(([l]) => l)).toEqual(['oops']);
  });

  it('kills a long-running child on abort and reports the signal', async () => {
    const controller = new AbortController();
    const result = await runCommand([node, '-e', 'console.log("ready"); setInterval(() => {}, 1000)'], {
      dryRun: false,
      signal: controller.signal,
      onOutput: (line) => line === 'ready' && controller.abort(),
    });
    expect(result).toMatchObject({ exitCode: null, signal: 'SIGTERM', detail: 'stopped (SIGTERM)' });
  });

  it('escalates to SIGKILL when the child ignores SIGTERM', async () => {
    const controller = new AbortController();
    const script =
      'process.on("SIGTERM", () => console.log("ignored")); console.log("ready"); setInterval(() => {}, 1000)';
    const out: string[] = [];
    const result = await runCommand([node, '-e', script], {
      dryRun: false,
      signal: controller.signal,
      graceMs: 100,
      onOutput: (line) => {
        out.push(line);
        if (line === 'ready') controller.abort();
      },
    });
    expect(result.signal).toBe('SIGKILL');
    expect(out).toContain('ignored');
  });

  it('stops a command that runs past its timeout', async () => {
    const result = await runCommand([node, '-e', 'setInterval(() => {}, 1000)'], {
      dryRun: false,
      timeoutMs: 100,
    });
    expect(result.signal).toBe('SIGTERM');
    expect(result.detail).toMatch(/^timed out after/);
  });

  it('says a missing program is not found on PATH', async () => {
    const result = await runCommand(['kubectl-warroom-missing', 'get', 'pods'], { dryRun: false });
    expect(result).toMatchObject({ exitCode: null, detail: 'kubectl-warroom-missing: not found on PATH' });
  });

  it('records the run on the timeline with argv, who confirmed, exit code and dry-run', async () => {
    const t = declaredSession();
    const result = await runCommand([node, '-e', 'process.exit(3)'], { dryRun: false });
    recordCommand(t.session, {
      command: 'probe',
      argv: [node, '-e', 'process.exit(3)'],
      confirmedBy: 'dana',
      result,
    });
    const line = readFileSync(t.journal, 'utf8').trim().split('\n').at(-1)!;
    expect(JSON.parse(line)).toMatchObject({
      type: 'command/ran',
      command: 'probe',
      argv: [node, '-e', 'process.exit(3)'],
      confirmedBy: 'dana',
      exitCode: 3,
      dryRun: false,
    });
  });
});
