/** Quick commands of the SEV1–SEV4 runbook (seed 001). */
import type { Profile } from '../profile-schema.js';

const npm = (...args: string[]) => ['npm', 'run', ...args];

/** Incident scripts, diagnosis, mitigation and recovery commands. */
export const sev4Commands: Profile['commands'] = [
  { id: 'start', label: 'Start incident', category: 'start', argv: ['./scripts/incident/start.sh', '--severity={severity}', '--title={title}'], destructive: false },
  { id: 'ack', label: 'Acknowledge', category: 'start', argv: ['./scripts/incident/acknowledge.sh', '--severity={severity}'], destructive: false },
  { id: 'update', label: 'Update status', category: 'update', argv: ['./scripts/incident/update.sh', '--id={id}', '--status={status}'], destructive: false },
  { id: 'resolve', label: 'Resolve incident', category: 'resolve', argv: ['./scripts/incident/resolve.sh', '--id={id}', '--resolution={fix}'], destructive: false },
  { id: 'report', label: 'Generate report', category: 'report', argv: ['./scripts/incident/report.sh', '--id={id}'], destructive: false },
  { id: 'export', label: 'Export incident data', category: 'report', argv: npm('incident:export', '--', '--id={id}'), destructive: false },
  { id: 'postmortem', label: 'Create post-mortem', category: 'report', argv: npm('incident:create-postmortem', '--', '--id={id}'), destructive: false },
  { id: 'health', label: 'Health endpoint', category: 'diagnosis', argv: ['curl', 'https://api.example.com/health'], destructive: false },
  { id: 'errors-10m', label: 'Errors, last 10 min', category: 'diagnosis', argv: npm('monitor:errors', '--', '--last=10m'), destructive: false },
  { id: 'users-affected', label: 'Users affected', category: 'diagnosis', argv: npm('monitor:users:affected'), destructive: false },
  { id: 'revenue', label: 'Revenue impact', category: 'diagnosis', argv: npm('monitor:revenue:impact'), destructive: false },
  { id: 'logs-errors', label: 'Error logs, last hour', category: 'diagnosis', argv: npm('logs:errors', '--', '--last=1h'), destructive: false },
  { id: 'logs-service', label: 'Logs of a service', category: 'diagnosis', argv: npm('logs:service', '--', '--service={service}'), destructive: false },
  { id: 'metrics-db', label: 'Database connections', category: 'diagnosis', argv: npm('metrics:database'), destructive: false },
  { id: 'metrics-latency', label: 'API latency', category: 'diagnosis', argv: npm('metrics:api:latency'), destructive: false },
  { id: 'db-pool-resize', label: 'Pool size to 50', category: 'mitigation', argv: npm('db:pool:resize', '--', '--size=50'), destructive: false },
  { id: 'db-kill-idle', label: 'Kill idle DB connections', category: 'mitigation', argv: npm('db:connections:kill-idle'), destructive: false },
  { id: 'restart-rolling', label: 'Rolling restart', category: 'mitigation', argv: npm('restart:rolling'), destructive: true },
  { id: 'scale-memory', label: 'Add 2 GB memory', category: 'mitigation', argv: npm('scale:memory', '--', '--add=2GB'), destructive: false },
  { id: 'feature-disable', label: 'Disable a feature', category: 'mitigation', argv: npm('feature:disable', '--', '--feature={feature}'), destructive: true, confirmTarget: 'feature' },
  { id: 'fallback-provider', label: 'Use fallback payment provider', category: 'mitigation', argv: npm('config:set', '--', '--key=payment_provider', '--value=fallback'), destructive: false },
  { id: 'cache-clear', label: 'Clear all caches', category: 'mitigation', argv: npm('cache:clear:all'), destructive: true },
  { id: 'circuits-reset', label: 'Reset circuit breakers', category: 'mitigation', argv: npm('circuits:reset'), destructive: false },
];
