import { describe, expect, it } from 'vitest';
import { BUILT_IN_PROFILES } from '../../src/incident/profiles/index.js';
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

describe('roles, numbered steps and templates in the forms teams write them', () => {
  const rs = importRunbook(fixture('roles-and-steps.md'), { source: 'r.md' });

  it('reads roles from headings, prose lists and bold terms, with the names teams use', () => {
    expect(rs.profile?.roles.map((r) => [r.id, r.name, r.description ?? '-'])).toEqual([
      ['incident-lead', 'Incident Lead', 'Runs the response from the control room and decides when service resumes.'],
      ['deputy', 'Deputy', 'Takes over from the lead at shift change and keeps the action list.'],
      ['messenger', 'Messenger', 'carries updates between the depot and the control room'],
      ['sme', 'Subject Matter Expert', 'the engineer who knows the failing system'],
      ['liaison', 'Liaison', '-'],
    ]);
  });

  it('keeps the runbook commander, whatever it is called, with or without --merge', () => {
    expect(rs.profile?.commanderRole).toBe('incident-lead');
    const merged = importRunbook(fixture('roles-and-steps.md'), { source: 'r.md', merge: BUILT_IN_PROFILES['sre-sev3'] });
    expect(merged.profile?.commanderRole).toBe('incident-lead');
    expect(merged.profile?.severities.map((s) => s.requiredRoles)).toEqual([['incident-lead'], ['incident-lead']]);
  });

  it('turns numbered steps into checklists by their heading stage, not a list of links', () => {
    expect(rs.profile?.checklists.map((c) => [c.id, c.stage, c.items.map((i) => i.text)])).toEqual([
      ['triage', 'triage', ['Confirm which lines are stopped', 'Decide the severity', 'Open the incident channel']],
      ['recovery', 'resolution', ['Restore power to the affected section', 'Run one empty tram over the section', 'Reopen the line to passengers']],
    ]);
  });

  it('takes templates from tilde, plaintext and markdown fences, keeping literal tags', () => {
    const t = importRunbook(fixture('templates-fences.md'), { source: 't.md' }).profile?.templates;
    expect(t?.map((x) => [x.id, x.kind, x.body])).toEqual([
      ['first-message', 'declaration', 'INCIDENT DECLARED: {severity} cranes at {berth}\nImpact: {impact}\nNext update: {next_update}'],
      ['update', 'update', '[UPDATE] Crane status: {status}\nFootnote marker [1] stays as written.\nNext update at {next_update}'],
      ['all-clear', 'resolution', '[RESOLVED] Cranes are working again after {duration}.'],
    ]);
  });
});
