/** Checklists, commands and hypotheses of the incident-response skill (seed 004), reworded. */
import type { Profile } from '../profile-schema.js';

/** Triage, active-incident, verification and review lists. */
export const skillChecklists: Profile['checklists'] = [
  {
    id: 'assess', title: 'Assess impact (first 5 min)', stage: 'triage',
    items: [
      { id: 'who', text: 'Who is hit: everyone, some, only staff?' },
      { id: 'what', text: 'What is broken: a feature, the service, data?' },
      { id: 'when', text: 'When did it start (check monitoring)?' },
      { id: 'trend', text: 'Is it getting worse, steady, or recovering?' },
      { id: 'severity', text: 'Severity set, with the reasoning written down' },
      { id: 'roles', text: 'P0/P1: name the IC, tech lead, comms lead and scribe' },
      { id: 'channel', text: 'Channel or bridge open; first assessment pinned' },
    ],
  },
  {
    id: 'active', title: 'While it runs', stage: 'during',
    items: [
      { id: 'notify', text: 'First stakeholder notice sent' },
      { id: 'timeline', text: 'Timeline kept as it happens' },
      { id: 'method', text: 'Investigate in order: dashboards, deploys, logs, hypothesis, test' },
      { id: 'deploys', text: 'Anything shipped in the last 2 h, config or infra changes?' },
      { id: 'mitigate', text: 'Mitigation in and the impact shrinking' },
    ],
  },
  {
    id: 'verify', title: 'Verify the fix', stage: 'verify',
    items: [
      { id: 'errors', text: 'Error rate back at its baseline' },
      { id: 'latency', text: 'Latency back to normal' },
      { id: 'no-new', text: 'No new error patterns' },
      { id: 'manual', text: 'Affected feature checked by hand' },
      { id: 'watch', text: 'Watched 15 min (P0/P1) or 30 min (P2)' },
    ],
  },
  {
    id: 'close', title: 'Close out', stage: 'resolution',
    items: [
      { id: 'verified', text: 'Resolution backed by monitoring data' },
      { id: 'all-clear', text: 'All-clear sent' },
    ],
  },
  {
    id: 'review', title: 'Post-incident review', stage: 'after',
    items: [
      { id: 'book', text: 'Review booked: 48 h for P0/P1, one week for P2' },
      { id: 'actions', text: 'Action items with owners and due dates' },
      { id: 'publish', text: 'Summary shared with other teams' },
    ],
  },
];

/** Deploy history, rollback and restart commands. */
export const skillCommands: Profile['commands'] = [
  { id: 'recent-commits', label: 'Commits of the last 2 h', category: 'diagnosis', argv: ['git', 'log', '--oneline', '--since=2 hours ago', 'origin/main'], destructive: false },
  { id: 'good-versions', label: 'Last 10 versions', category: 'diagnosis', argv: ['git', 'log', '--oneline', '-10', 'origin/main'], destructive: false },
  { id: 'rollback', label: 'Roll back the deployment', category: 'mitigation', argv: ['kubectl', 'rollout', 'undo', 'deployment/{deployment}'], destructive: true, confirmTarget: 'deployment' },
  { id: 'rollout-status', label: 'Rollout status', category: 'mitigation', argv: ['kubectl', 'rollout', 'status', 'deployment/{deployment}'], destructive: false },
  { id: 'restart', label: 'Rolling restart', category: 'mitigation', argv: ['kubectl', 'rollout', 'restart', 'deployment/{deployment}'], destructive: true, confirmTarget: 'deployment' },
];

/** Hypotheses from the investigation table, as patterns. */
export const skillPatterns: Profile['patterns'] = [
  {
    id: 'bad-deploy', name: 'Bad deploy', symptoms: ['errors start right after a deploy'],
    actions: ['Line the error timeline up with the deploy time', 'Roll back and watch'], commands: ['recent-commits', 'rollback', 'rollout-status'],
    section: 'Step 4: Hypothesize and Test',
  },
  {
    id: 'db-overload', name: 'Database overloaded', symptoms: ['slow queries', 'pool near its limit'],
    actions: ['Check the pool, the slow query log and lock contention'], commands: [], section: 'Step 4: Hypothesize and Test',
  },
  {
    id: 'dependency', name: 'External dependency down', symptoms: ['timeouts to a third party'],
    actions: ['Read its status page', 'Test connectivity and timeout rates'], commands: [], section: 'Step 4: Hypothesize and Test',
  },
  {
    id: 'memory-leak', name: 'Memory leak', symptoms: ['memory keeps climbing', 'OOM kills'],
    actions: ['Look at the memory trend and system logs', 'Restart the instances one by one'], commands: ['restart'],
    section: 'Step 4: Hypothesize and Test',
  },
];
