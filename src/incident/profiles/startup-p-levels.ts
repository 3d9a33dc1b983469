/** Built-in profile for the short startup runbook (seed 000): P0–P3, CTO and CEO told of every P0. */
import { hours, minutes, named } from '../duration.js';
import type { Profile } from '../profile-schema.js';
import { GUIDE_THRESHOLDS } from './shared.js';

const ALERT_ACK = minutes(5);
const STATUS_PAGE = minutes(30);
const WATCH = hours(2);
const POSTMORTEM = { required: true, due: hours(48), from: 'resolved' } as const;
const NO_POSTMORTEM = { required: false, from: 'resolved' } as const;

/** P0–P3 with response times from "immediately" to "next business day" (seed 000). */
export const startupPLevels: Profile = {
  name: 'startup-p-levels',
  title: 'Startup P0–P3',
  summary: 'Four P levels; alerts acknowledged in 5 min, status page every 30 min, 2 h watch after the fix.',
  source: '000_1dc355ca68c35b92.txt',
  severities: [
    {
      id: 'P0', label: 'Critical', colour: 'critical',
      summary: 'The whole service is down, or data or security is compromised.',
      examples: ['full outage', 'data breach or security incident'],
      ack: ALERT_ACK, response: named('immediate'), updateEvery: STATUS_PAGE,
      notify: ['CTO', 'CEO'], requiredRoles: ['on-call'], escalation: [], watch: WATCH, postMortem: POSTMORTEM,
    },
    {
      id: 'P1', label: 'High', colour: 'high',
      summary: 'More than half of users see a degraded service, or payments fail.',
      examples: ['degradation for > 50% of users', 'payment processing failing'],
      ack: ALERT_ACK, response: minutes(30), updateEvery: STATUS_PAGE,
      notify: ['Engineering lead'], requiredRoles: ['on-call'], escalation: [], watch: WATCH, postMortem: POSTMORTEM,
    },
    {
      id: 'P2', label: 'Medium', colour: 'medium',
      summary: 'Part of a feature is unavailable or performance has dropped.',
      examples: ['a feature partly unavailable', 'slower than normal'],
      ack: ALERT_ACK, response: hours(2), updateEvery: STATUS_PAGE,
      notify: ['Team lead'], requiredRoles: ['on-call'], escalation: [], watch: WATCH, postMortem: NO_POSTMORTEM,
    },
    {
      id: 'P3', label: 'Low', colour: 'low',
      summary: 'Small bugs and UI problems; handled through the usual ticket flow.',
      examples: ['minor bug', 'UI glitch'],
      // A P3 goes through the ticket queue, so there is no status-page cadence to keep.
      ack: ALERT_ACK, response: named('next-business-day'), updateEvery: named('async'),
      notify: ['Ticket queue (standard workflow)'], requiredRoles: ['on-call'], escalation: [], watch: WATCH,
      postMortem: NO_POSTMORTEM,
    },
  ],
  roles: [
    { id: 'on-call', name: 'On-call engineer', description: 'Picks up the alert from the PagerDuty rotation and leads the fix.' },
    { id: 'devops-lead', name: 'DevOps lead', description: 'Reached as @devops-lead in Slack for infrastructure help.' },
  ],
  commanderRole: 'on-call',
  checklists: [
    {
      id: 'detect', title: 'Detect and acknowledge', stage: 'triage',
      items: [
        { id: 'ack-alert', text: 'Acknowledge the alert (5 min at most)' },
        { id: 'jira', text: 'Open the incident ticket in Jira' },
        { id: 'status-page', text: 'Post to the status page' },
      ],
    },
    {
      id: 'assess', title: 'Triage', stage: 'triage',
      items: [
        { id: 'severity', text: 'Decide the P level' },
        { id: 'components', text: 'List the affected components' },
        { id: 'impact', text: 'Estimate how many users are hit' },
      ],
    },
    {
      id: 'mitigate', title: 'Mitigate and communicate', stage: 'during',
      items: [
        { id: 'rollback', text: 'P0: weigh an immediate rollback' },
        { id: 'root-cause', text: 'P1/P2: look for the root cause' },
        { id: 'temp-fix', text: 'Ship a temporary fix if one is needed' },
        { id: 'slack', text: 'Keep #incidents in Slack current' },
        { id: 'status-30', text: 'Status page refreshed every 30 min' },
        { id: 'support', text: 'Customer-facing? Tell the support team' },
      ],
    },
    {
      id: 'resolve', title: 'Resolve', stage: 'resolution',
      items: [
        { id: 'perm-fix', text: 'Deploy the permanent fix' },
        { id: 'verify-prod', text: 'Check it in production' },
      ],
    },
    { id: 'watch', title: 'Watch', stage: 'verify', items: [{ id: 'watch-2h', text: 'Watch for 2 h after the fix' }] },
    {
      id: 'postmortem', title: 'Post-mortem (P0 and P1)', stage: 'after',
      items: [
        { id: 'write', text: 'Write it up from postmortem-template.md' },
        { id: 'within-48h', text: 'Finish it within 48 h of resolving' },
      ],
    },
  ],
  templates: [
    {
      id: 'slack-declare', title: 'Declare in #incidents', kind: 'declaration',
      body: '[{severity} {severity_label}] {title}\nWhat is hit: {impact}\nOwner: {ic}\nTicket: {ticket}\nStatus page is being updated.',
    },
    {
      id: 'status-page', title: 'Status page update', kind: 'customer',
      body: '{title}: we are investigating a problem affecting {impact}. Status: {status}. Next update by {next_update}.',
    },
    {
      id: 'slack-update', title: 'Update in #incidents', kind: 'update',
      body: '[{severity}] {title} ({duration} so far)\nStatus: {status}\nDoing now: {actions}\nNext update by {next_update}.',
    },
    {
      id: 'support-note', title: 'Heads-up for support', kind: 'internal',
      body: 'Support team: customers may notice {impact} ({severity}). Point them at the status page; updates follow.',
    },
    {
      id: 'resolved', title: 'Resolved', kind: 'resolution',
      body: '[{severity}] {title} is fixed after {duration}.\nFix: {fix}\nWe keep watching for 2 h. Post-mortem: {follow_up}',
    },
  ],
  commands: [
    {
      id: 'rollback', label: 'Roll back the deployment', category: 'mitigation',
      argv: ['kubectl', 'rollout', 'undo', 'deployment/{deployment}'], destructive: true, confirmTarget: 'deployment',
      description: 'When the error rate climbs more than 2% after a deploy.',
    },
  ],
  webhooks: [
    {
      id: 'slack-incidents', label: 'Post to #incidents', method: 'POST', url: { env: 'WARROOM_SLACK_INCIDENTS_URL' },
      body: '{"text": "{text}"}', requiresConfirmation: false,
    },
  ],
  thresholds: { ...GUIDE_THRESHOLDS, rollback: { errorRateIncrease: 0.02, verifyFor: minutes(15) } },
  patterns: [
    {
      id: 'db-pool', name: 'Database pool used up', symptoms: ['5xx responses', 'queries running slowly'],
      actions: ['Grow the connection pool, or restart the app servers'],
      causes: ['connections leaking', 'slow queries'], commands: [], section: 'Database Connection Pool Exhaustion',
    },
    {
      id: 'high-cpu', name: 'CPU running hot', symptoms: ['slow responses', 'timeouts'],
      actions: ['Add instances, or find the costly queries'],
      causes: ['see APM traces and query analysis'], commands: [], section: 'High CPU Usage',
    },
    {
      id: 'bad-deploy', name: 'Deploy to roll back', symptoms: ['error rate up more than 2% since a deploy'],
      actions: ['Undo the rollout', 'Watch error rates for 15 min afterwards'], commands: ['rollback'],
      section: 'Deployment Rollback',
    },
  ],
  contacts: [
    { who: 'On-call engineer', reach: 'PagerDuty rotation' },
    { who: 'DevOps lead', reach: '@devops-lead on Slack' },
    { who: 'CTO (P0 only)', reach: 'cto@company.com' },
  ],
};
