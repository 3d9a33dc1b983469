/** Quick commands and webhooks of the long-form runbook (seed 003). */
import type { Profile } from '../profile-schema.js';

const kubectlLogs = (...rest: string[]) => ['kubectl', 'logs', '-n', '{namespace}', ...rest];

/** Connectivity, logs and metrics commands. */
export const longFormCommands: Profile['commands'] = [
  { id: 'dns', label: 'Resolve DNS', category: 'diagnosis', argv: ['dig', '+short', '{host}'], destructive: false },
  { id: 'http-health', label: 'HTTP health headers', category: 'diagnosis', argv: ['curl', '-sSI', 'https://{host}/health'], destructive: false },
  { id: 'tcp-port', label: 'TCP port reachable', category: 'diagnosis', argv: ['nc', '-zv', '{db_host}', '{db_port}'], destructive: false },
  { id: 'logs-follow', label: 'Follow the last 100 log lines', category: 'diagnosis', argv: kubectlLogs('deploy/{deployment}', '--tail=100', '-f'), destructive: false },
  { id: 'logs-5m', label: 'Logs of the last 5 min', category: 'diagnosis', argv: kubectlLogs('deploy/{deployment}', '--since=5m'), destructive: false },
  { id: 'logs-pod', label: 'Logs of one pod', category: 'diagnosis', argv: kubectlLogs('{pod}', '--tail=200'), destructive: false },
  { id: 'top-pods', label: 'CPU per pod', category: 'diagnosis', argv: ['kubectl', 'top', 'pods', '-n', '{namespace}'], destructive: false },
  { id: 'top-containers', label: 'Memory per container', category: 'diagnosis', argv: ['kubectl', 'top', 'pods', '-n', '{namespace}', '--containers'], destructive: false },
  { id: 'node-disk', label: 'Disk use on a node', category: 'diagnosis', argv: ['ssh', '{node}', 'df', '-h'], destructive: false },
];

const hook = (
  id: string,
  label: string,
  when: string,
  requiresConfirmation: boolean,
): Profile['webhooks'][number] => ({
  id,
  label,
  method: 'POST',
  url: { config: `webhooks.${id}` },
  body: '{"incident": "{id}", "service": "{service}", "requested_by": "{actor}"}',
  requiresConfirmation,
  when,
});

/**
 * The runbook's webhook table. Its note says every webhook needs explicit confirmation, so the
 * app confirms each one; `requiresConfirmation` marks those the table flags for a stronger check.
 */
export const longFormWebhooks: Profile['webhooks'] = [
  hook('vpn-diagnostic', 'VPN diagnostic', 'VPN access problems', true),
  hook('service-restart', 'Restart a service', 'a service is hung or a zombie', true),
  hook('dns-flush', 'Flush DNS', 'DNS resolution broken', false),
  hook('disk-cleanup', 'Disk cleanup', 'a disk is over 90% full', true),
  hook('log-tail', 'Live log tail', 'logs needed in real time', false),
  hook('cache-purge', 'Purge cache', 'cache stale or corrupt', true),
];
