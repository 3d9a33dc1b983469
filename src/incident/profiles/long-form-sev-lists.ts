/** Checklists and patterns of the long-form runbook (seed 003), reworded. */
import type { Profile } from '../profile-schema.js';

/** Triage, diagnosis, resolution and post-mortem lists. */
export const longFormChecklists: Profile['checklists'] = [
  {
    id: 'triage', title: 'Triage', stage: 'triage',
    items: [
      { id: 'service', text: 'Affected service known' },
      { id: 'severity', text: 'Severity set' },
      { id: 'ic', text: 'IC named (within 5 min)' },
      { id: 'bridge', text: 'Bridge opened' },
      { id: 'channel', text: 'Channel #inc-YYYYMMDD-XX created' },
      { id: 'status-page', text: 'Status page updated' },
      { id: 'comms', text: 'Comms lead named' },
    ],
  },
  {
    id: 'diagnose', title: 'First diagnosis, in order', stage: 'during',
    items: [
      { id: 'dashboard', text: 'Service health dashboard' },
      { id: 'deploy-log', text: 'Production changes in the last hour (deploy log)' },
      { id: 'alerts', text: 'Active alerts in monitoring' },
      { id: 'user-side', text: 'Rule out the user side (DNS, local network)' },
      { id: 'severity-log', text: 'Log every severity change with a time in the channel' },
    ],
  },
  {
    id: 'resolve', title: 'Resolve', stage: 'resolution',
    items: [
      { id: 'stable', text: 'Service confirmed stable' },
      { id: 'ic-declares', text: 'The IC declares it resolved' },
    ],
  },
  {
    id: 'postmortem', title: 'Post-mortem (within 5 business days of closing)', stage: 'after',
    items: [
      { id: 'meeting', text: 'Meeting booked with everyone involved' },
      { id: 'doc-24h', text: 'Document shared 24 h before the meeting' },
      { id: 'review', text: 'Timeline and root cause reviewed' },
      { id: 'plan', text: 'Action plan with owners and dates' },
      { id: 'share', text: 'Learnings shared across the organisation' },
    ],
  },
];

/** Latency spike, cascading 5xx and data loss. */
export const longFormPatterns: Profile['patterns'] = [
  {
    id: 'latency-spike', name: 'Latency spike', symptoms: ['p99 goes from about 200 ms to over 2 s with no matching traffic rise'],
    actions: ['Look at DB connections, locks and slow queries', 'Check the cache hit rate', 'No cause after 5 min: call the service SME'],
    causes: ['DB pool saturated', 'mass cache miss', 'long JVM garbage collection'],
    commands: ['top-pods', 'logs-5m'], section: 'Pattern A: latency spike',
  },
  {
    id: 'cascading-5xx', name: 'Cascading 5xx', symptoms: ['sudden jump in 500/502/503 on some endpoints'],
    actions: ['Find the failing upstream', 'Check the last deploy on that path', 'If that deploy did it, consider a rollback'],
    causes: ['upstream down', 'bad configuration deployed', 'third-party API unavailable'],
    commands: ['http-health', 'logs-follow'], section: 'Pattern B: cascading 5xx errors',
  },
  {
    id: 'data-loss', name: 'Data loss', symptoms: ['customers report missing or inconsistent data'],
    actions: ['Halt any job that could make it worse', 'See whether a recent usable backup exists', 'Escalate to the engineering lead at once'],
    causes: ['cleanup job deleted too much', 'buggy schema migration', 'business-logic bug'],
    commands: [], section: 'Pattern C: data loss',
  },
];
