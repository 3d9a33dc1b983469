// A large runbook of every block kind the importer reads, made up on the spot (no seed text): one
// severity table, then service sections with roles, task lists, numbered steps, shell and message
// fences, escalation sentences and tables, repeated with different names until the size is reached.

const SERVICES = ['ledger', 'checkout', 'search', 'mailer', 'gateway', 'catalogue', 'billing', 'uploads'];
const VERBS = ['Restart', 'Drain', 'Scale up', 'Roll back', 'Fail over', 'Pause', 'Resume', 'Rebuild'];

function section(i: number): string {
  const s = `${SERVICES[i % SERVICES.length]}-${i}`;
  const v = VERBS[i % VERBS.length];
  return `## ${s} service

The ${s} service keeps its state in a replicated store; when it misbehaves check the dashboards first,
then the queue depth, then the recent deploys. Acknowledge alerts for ${s} within 5 minutes.

### Roles for ${s}

- **Incident Commander**: runs the call for ${s}
- **Tech Lead** - digs into ${s}
- Scribe: keeps the ${s} log

### Triage for ${s}

- [ ] Confirm the ${s} alert is real
- [ ] Look at the error rate of ${s} over the last hour
- [x] Page the ${s} owner

### Mitigation steps for ${s}

1. ${v} the ${s} workers
2. Watch the queue of ${s} drain for *ten* minutes
3. If a P2 on ${s} is not resolved within 4 hours, escalate to P1

\`\`\`bash
kubectl -n prod rollout restart deployment/${s}
kubectl -n prod get pods -l app=${s} --watch
curl -sS https://${s}.internal/health
\`\`\`

\`\`\`text
[UPDATE] ${s}: [Status] as of [Time]. Next update in [Minutes] minutes.
\`\`\`

| Check | Where | Owner |
|-------|-------|-------|
| ${s} latency | Grafana / ${s} | on-call |
| ${s} errors | Sentry / ${s} | [team](https://example.invalid/${s}) |

> Note: the ${s} store takes \`~3 min\` to elect a leader after a restart.

`;
}

const HEAD = `# Generated operations runbook

## Severity levels

| Severity | Name | Meaning | Acknowledge | Updates | Post-mortem |
|----------|------|---------|-------------|---------|-------------|
| P1 | Critical | Customers cannot pay | 5 minutes | every 15 minutes | within 2 business days |
| P2 | High | Payments are slow | 30 minutes | every hour | within 5 business days |
| P3 | Low | A back-office tool fails | next business day | daily | - |

`;

/** A runbook of at least `bytes` characters. */
export function generateRunbook(bytes: number): string {
  const parts = [HEAD];
  let size = HEAD.length;
  for (let i = 0; size < bytes; i += 1) {
    const s = section(i);
    parts.push(s);
    size += s.length;
  }
  return parts.join('');
}
