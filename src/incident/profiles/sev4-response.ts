/** Built-in profile for the SEV1–SEV4 runbook with a commander checklist and scripts (seed 001). */
import { hours, minutes, named } from '../duration.js';
import type { Profile } from '../profile-schema.js';
import { FOUR_ROLES, GUIDE_THRESHOLDS } from './shared.js';
import { sev4Checklists } from './sev4-response-checklists.js';
import { sev4Commands } from './sev4-response-commands.js';

const POSTMORTEM = { required: true, due: hours(48), documentDue: hours(2), from: 'resolved' } as const;
const ESCALATE = 'Next person on the escalation list (team lead, engineering manager, VP, CTO)';
const escalate = (after: Profile['severities'][number]['escalation'][number]['after']) =>
  ({ id: 'escalate', kind: 'notify', who: ESCALATE, after, from: 'declared', stopsWhen: 'resolved' }) as const;

/** SEV1–SEV4: response from 5 min to next business day, escalation from immediate to as needed (seed 001). */
export const sev4Response: Profile = {
  name: 'sev4-response',
  title: 'SEV1–SEV4 with commander',
  summary: 'Four SEV levels; updates every 15 min (SEV1) or 30 min (SEV2); 30 min watch before standing down.',
  source: '001_60256f58b8273cc8.txt',
  severities: [
    {
      id: 'SEV1', label: 'Critical', colour: 'critical',
      summary: 'Outage, lost or corrupted data, a breach, or payments down.',
      examples: ['complete outage', 'data loss or corruption', 'security breach', 'payment system failure'],
      ack: minutes(5), updateEvery: minutes(15), notify: ['Page on-call', 'Internal stakeholders (email)'],
      requiredRoles: ['ic', 'tech-lead', 'comms-lead', 'scribe'], escalation: [escalate(named('immediate'))],
      watch: minutes(30), postMortem: POSTMORTEM,
    },
    {
      id: 'SEV2', label: 'High', colour: 'high',
      summary: 'Part of the service is out, a major feature is gone, or it is over 50% slower.',
      examples: ['partial outage', 'major feature unavailable', 'performance down by more than 50%'],
      ack: minutes(15), updateEvery: minutes(30), notify: ['Page on-call', 'Internal stakeholders (email)'],
      requiredRoles: ['ic', 'tech-lead', 'comms-lead', 'scribe'], escalation: [escalate(minutes(30))],
      watch: minutes(30), postMortem: POSTMORTEM,
    },
    {
      id: 'SEV3', label: 'Medium', colour: 'medium',
      summary: 'A minor feature is out, or under 10% of users see non-critical errors.',
      examples: ['minor feature unavailable', 'performance down by less than 50%', 'errors for < 10% of users'],
      // The runbook gives no cadence below SEV2; hourly keeps a SEV3 from going silent.
      ack: hours(1), updateEvery: hours(1), notify: ['Ticket'], requiredRoles: [],
      escalation: [escalate(hours(2))], watch: minutes(30), postMortem: POSTMORTEM,
    },
    {
      id: 'SEV4', label: 'Low', colour: 'low',
      summary: 'Cosmetic or documentation problems and errors that block nobody.',
      examples: ['cosmetic issue', 'non-blocking error', 'documentation problem'],
      ack: named('next-business-day'), updateEvery: named('async'), notify: ['Ticket'], requiredRoles: [],
      escalation: [{ id: 'escalate', kind: 'notify', who: ESCALATE, from: 'declared', stopsWhen: 'resolved', condition: 'only when needed' }],
      watch: minutes(30), postMortem: POSTMORTEM,
    },
  ],
  roles: FOUR_ROLES,
  commanderRole: 'ic',
  checklists: sev4Checklists,
  templates: [
    {
      id: 'channel', title: 'Open the incident channel', kind: 'declaration',
      body: '/incident {severity} {title}\n(opens #incident-{date}-{slug})',
    },
    {
      id: 'update', title: 'Channel update', kind: 'update',
      body: 'UPDATE [{now}]\nStatus: {status}\nImpact: {impact}\nDoing: {actions}\nNext update: {next_update}',
    },
    {
      id: 'internal', title: 'Stakeholder email', kind: 'internal',
      body:
        'Subject: [{severity}] Production incident: {title}\n\nHello all,\n\nA {severity} incident is under way: {title}.\n' +
        'Impact: {impact}\nStarted: {started_at}\nChannel: {channel}\nStatus page: {status_page}\n\nIC: {ic}\n' +
        'Tech lead: {tech_lead}\n\nThe channel gets an update {cadence}.',
    },
    {
      id: 'external', title: 'Customer notice', kind: 'customer',
      body:
        'Subject: Service disruption\n\nSome of our service is not working as it should: {impact}.\n' +
        'We are working on it now.\n\nAffected: {service}\nSince: {started_at}\nWe will post again {cadence}.\n\nStatus: {status_page}',
    },
    {
      id: 'all-clear', title: 'All clear', kind: 'resolution',
      body: 'ALL CLEAR [{now}] {severity} {title}\nResolved after {duration}. Fix: {fix}\nPost-mortem to follow within 48 h.',
    },
  ],
  commands: sev4Commands,
  webhooks: [
    {
      id: 'notify-team', label: 'Tell the team', method: 'POST', url: { env: 'WARROOM_TEAM_WEBHOOK_URL' },
      body: '{"text": "{text}"}', requiresConfirmation: false,
    },
  ],
  thresholds: GUIDE_THRESHOLDS,
  patterns: [
    {
      id: 'db-pool', name: 'Database pool exhausted', symptoms: ['timeouts', '"no connection available" errors'],
      actions: ['Raise the pool size for now', 'Drop idle connections'], causes: ['connection usage needs review'],
      commands: ['db-pool-resize', 'db-kill-idle'], section: 'Pattern 1: Database Connection Pool Exhausted',
    },
    {
      id: 'memory-leak', name: 'Memory leak', symptoms: ['performance sinking over time', 'out-of-memory errors'],
      actions: ['Restart the instances one by one', 'Or give them more memory for now'], causes: ['a leak to profile and fix'],
      commands: ['restart-rolling', 'scale-memory'], section: 'Pattern 2: Memory Leak',
    },
    {
      id: 'third-party', name: 'Third party down', symptoms: ['some features failing', 'external API calls timing out'],
      actions: ['Trip the circuit breaker by turning the feature off', 'Or switch to the fallback provider'],
      causes: ['missing fallbacks or redundancy'], commands: ['feature-disable', 'fallback-provider'],
      section: 'Pattern 3: Third-Party Service Down',
    },
  ],
  contacts: [
    { who: 'On-call engineer', reach: 'PagerDuty' },
    { who: 'Team lead, engineering manager, VP engineering, CTO', reach: 'by phone, in that order' },
    { who: 'Security team', reach: 'security@example.com' },
  ],
};
