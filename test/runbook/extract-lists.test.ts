import { describe, expect, it } from 'vitest';
import { extractRunbook } from '../../src/runbook/extract.js';
import { importRunbook } from '../../src/runbook/import.js';
import { notCommand } from '../../src/runbook/shell-shape.js';
import { fixture } from './helpers.js';

const extract = (name: string) => extractRunbook(fixture(name), name).extraction;

describe('roles, checklists, templates, commands', () => {
  it('reads roles from a table and from a bold-name list', () => {
    expect(extract('table-p-levels.md').roles.map((r) => [r.id, r.name, r.description])).toEqual([
      ['ic', 'Incident Commander', 'Runs the call and owns decisions'],
      ['payments-sme', 'Payments SME', 'Knows the ledger'],
    ]);
    expect(extract('headings-sev.md').roles.map((r) => [r.id, r.description])).toEqual([
      ['ic', 'keeps the room calm'],
      ['search-oncall', 'owns the cluster'],
      ['scribe', undefined],
    ]);
  });

  it('groups task items by heading and guesses the stage from it', () => {
    expect(extract('headings-sev.md').checklists.map((c) => [c.id, c.stage, c.items.length])).toEqual([
      ['triage', 'triage', 2],
      ['resolution', 'resolution', 2],
    ]);
    const wrap = extract('table-p-levels.md').checklists[0];
    expect(wrap?.stage).toBe('after');
    expect(wrap?.items.map((i) => i.checked)).toEqual([false, true, false]);
  });

  it('turns a message-like block into a template with mapped placeholders', () => {
    const [t] = extract('table-p-levels.md').templates;
    expect(t?.kind).toBe('declaration');
    expect(t?.variables).toEqual(['severity', 'title', 'impact', 'ic', 'ticket']);
    expect(t?.body.split('\n')[0]).toBe('INCIDENT DECLARED: {severity} - {title}');
  });

  it('splits shell lines into argv, labels them, maps placeholders and flags shell syntax', () => {
    const cmds = extract('table-p-levels.md').commands;
    expect(cmds.map((c) => [c.label, c.argv, c.needsShell, c.destructive])).toEqual([
      ['Tail the checkout logs', ['kubectl', 'logs', '-n', 'shop', 'deploy/{service}', '--tail=50'], false, false],
      ['Restart the pods', ['kubectl', 'rollout', 'restart', 'deployment/{service}'], false, true],
      ['Errors in the last hour', [], true, false],
      ['ping the db', ['psql', '-c', 'select 1'], false, false],
    ]);
  });

  it('takes commands only from shell blocks, not SQL, YAML or mermaid', () => {
    const cmds = extract('no-severities.md').commands;
    expect(cmds.map((c) => c.text)).toEqual(['dig +short {service}.internal', 'nslookup {service}.internal && echo ok']);
    expect(cmds[1]?.needsShell).toBe(true);
  });
});

describe('only shell is a quick command', () => {
  const result = importRunbook(fixture('promql-in-sh.md'), { source: 'p.md' });

  it('leaves PromQL, SQL, YAML and Go templates in shell fences out, and console output too', () => {
    expect(result.profile?.commands.map((c) => c.argv.join(' '))).toEqual([
      'kubectl -n search get pods -l app={service}',
      'kubectl -n search rollout restart deployment/{service}',
      'curl -fsS http://search.internal:9200/_cluster/health',
    ]);
    const notes = result.report.filter((l) => l.field === 'commands').map((l) => [l.line, l.detail]);
    expect(notes).toEqual([
      [13, '5 line(s) of this shell block read as PromQL or a function call, not commands; left out'],
      [23, '4 line(s) of this shell block read as SQL, not commands; left out'],
      [32, '7 line(s) of this shell block read as YAML, not commands; left out'],
    ]);
  });

  it('lists every value rewritten on import', () => {
    expect(result.report).toContainEqual({
      status: 'note',
      field: 'commands.kubectl-n-search-rollout-restart-deploym',
      line: 48,
      detail: 'rewritten on import: "kubectl -n search rollout restart deployment/my-service" became "kubectl -n search rollout restart deployment/{service}"',
    });
  });

  it.each([
    ['sum(rate(x[5m]))', 'PromQL or a function call'],
    ['up{job="api"} == 0', 'PromQL or a function call'],
    ['or', 'PromQL'],
    ['SELECT 1;', 'SQL'],
    ['replicas: 3', 'YAML'],
    ['echo {{ .Values.name }}', 'a Go template'],
    [')', 'not a command'],
  ])('%s is %s', (line, why) => {
    expect(notCommand(line)).toBe(why);
  });

  it.each(['kubectl get pods', './scripts/drain.sh node-1', '/usr/local/bin/backup --now', 'sudo systemctl restart nginx', 'psql -c "select 1"'])(
    '%s may be a command',
    (line) => {
      expect(notCommand(line)).toBeUndefined();
    },
  );
});
