/** Built-in profile for the long-form SRE runbook (seed 003): SEV-1..SEV-4 with ack and mitigation SLAs. */
import { businessDays, hours, minutes, named } from '../duration.js';
import type { EscalationRule, Profile } from '../profile-schema.js';
import { longFormCommands, longFormWebhooks } from './long-form-sev-actions.js';
import { longFormChecklists, longFormPatterns } from './long-form-sev-lists.js';
import { GUIDE_THRESHOLDS } from './shared.js';

const POSTMORTEM = { required: true, due: businessDays(5), from: 'closed' } as const;

const escalation = (timed: boolean): EscalationRule[] => [
  ...(timed
    ? ([
        { id: 'manager', kind: 'notify', who: 'On-call manager of the area', after: named('immediate'), from: 'mitigation-due', stopsWhen: 'mitigated' },
        { id: 'director', kind: 'notify', who: 'Engineering director', after: hours(2), from: 'declared', stopsWhen: 'mitigated' },
      ] as EscalationRule[])
    : []),
  { id: 'customer-success', kind: 'notify', who: 'Customer Success', from: 'declared', stopsWhen: 'resolved', condition: 'customers are affected' },
  { id: 'legal', kind: 'notify', who: 'Legal and the C-level', from: 'declared', stopsWhen: 'resolved', condition: 'money or data was lost' },
];

/** SEV-1..SEV-4: ack 5/10/30 min/1 business day, mitigate 60 min/2 h/8 h/next sprint (seed 003). */
export const longFormSev: Profile = {
  name: 'long-form-sev',
  title: 'Long-form SEV-1..SEV-4',
  summary: 'Four SEV levels with ack and mitigation SLAs, IC within 5 min, confirmed webhooks, post-mortem in 5 business days.',
  source: '003_130857b2fecf5637.txt',
  severities: [
    {
      id: 'SEV-1', label: 'Total outage', colour: 'critical', summary: 'Everything is down or data has been lost.',
      ack: minutes(5), mitigation: minutes(60), updateEvery: minutes(15), notify: ['SRE on-call', 'Open a bridge'],
      requiredRoles: ['ic', 'tech-lead', 'comms-lead', 'sme', 'scribe'], escalation: escalation(true), postMortem: POSTMORTEM,
    },
    {
      id: 'SEV-2', label: 'Severe degradation', colour: 'high', summary: 'Badly degraded for more than 30% of users.',
      ack: minutes(10), mitigation: hours(2), updateEvery: minutes(30), notify: ['SRE on-call', 'Open a bridge'],
      requiredRoles: ['ic', 'tech-lead', 'comms-lead'], escalation: escalation(true), postMortem: POSTMORTEM,
    },
    {
      id: 'SEV-3', label: 'Partial degradation', colour: 'medium', summary: 'Degraded for less than 30% of users.',
      ack: minutes(30), mitigation: hours(8), updateEvery: hours(2), notify: ['Service owner'],
      requiredRoles: ['ic'], escalation: escalation(true), postMortem: POSTMORTEM,
    },
    {
      id: 'SEV-4', label: 'Cosmetic', colour: 'low', summary: 'Looks wrong but nothing stops working.',
      ack: businessDays(1), mitigation: named('next-sprint'), updateEvery: named('async'), notify: ['Service owner'],
      requiredRoles: ['ic'], escalation: escalation(false), postMortem: POSTMORTEM,
    },
  ],
  roles: [
    { id: 'ic', name: 'Incident Commander', description: 'Coordinates without doing technical work; alone may declare it resolved.' },
    { id: 'comms-lead', name: 'Comms Lead', description: 'Talks to stakeholders, the status page and customers.' },
    { id: 'tech-lead', name: 'Tech Lead', description: 'Leads the technical investigation and hands out tasks.' },
    { id: 'sme', name: 'Subject Matter Expert', description: 'Knows the affected service inside out.' },
    { id: 'scribe', name: 'Scribe', description: 'Keeps the timeline live.' },
  ],
  commanderRole: 'ic',
  assignCommanderWithin: minutes(5),
  checklists: longFormChecklists,
  templates: [
    {
      id: 'declare', title: 'Channel opener', kind: 'declaration',
      body: '{severity} declared: {title}\nService: {service}\nIC: {ic}\nBridge: {bridge}\nChannel: #inc-{date}-{seq}',
    },
    {
      id: 'update', title: 'Channel update', kind: 'update',
      body: '[{now}] {severity} {title}: {status}\n{summary}\nNext update: {next_update}',
    },
    {
      id: 'severity-change', title: 'Severity change', kind: 'internal',
      body: '[{now}] Severity is now {severity} ({severity_label}). Why: {reason}',
    },
    {
      id: 'customers', title: 'Customer status page', kind: 'customer',
      body: 'Some users may see problems with {service}. We are working on it and will update this page by {next_update}.',
    },
    {
      id: 'closed', title: 'Close', kind: 'resolution',
      body: '[{now}] {severity} {title} closed after {duration}. Fix: {fix}\nPost-mortem within 5 business days.',
    },
  ],
  commands: longFormCommands,
  webhooks: longFormWebhooks,
  thresholds: GUIDE_THRESHOLDS,
  patterns: longFormPatterns,
  contacts: [
    { who: 'SRE on-call', reach: '+54 11 5555-0001' },
    { who: 'Platform lead', reach: '+54 11 5555-0002' },
    { who: 'Security IR', reach: '+54 11 5555-0003' },
    { who: 'CTO', reach: '+54 11 5555-0004' },
  ],
};
