/** Built-in profile for the SRE incident guide (seed 002): SEV1–SEV3, thresholds and escalation path. */
import { businessDays, hours, minutes } from '../duration.js';
import type { EscalationRule, Profile } from '../profile-schema.js';
import { FOUR_ROLES, GUIDE_THRESHOLDS } from './shared.js';
import { sreChecklists } from './sre-sev3-checklists.js';
import { srePatterns } from './sre-sev3-patterns.js';

const REVIEW = { due: businessDays(3), documentDue: businessDays(5), from: 'resolved' } as const;

const path = (vp: boolean): EscalationRule[] => [
  { id: 'on-call', kind: 'notify', who: 'On-call engineer', after: minutes(5), from: 'declared', stopsWhen: 'acknowledged' },
  { id: 'on-call-lead', kind: 'notify', who: 'On-call lead', after: minutes(15), from: 'declared', stopsWhen: 'resolved' },
  { id: 'eng-manager', kind: 'notify', who: 'Engineering manager', after: minutes(30), from: 'declared', stopsWhen: 'resolved' },
  ...(vp
    ? [{ id: 'vp', kind: 'notify', who: 'VP Engineering', from: 'declared', stopsWhen: 'resolved', condition: 'after the engineering manager, SEV1 only' } as const]
    : []),
];

/** SEV1–SEV3: ack in 5 min, updates every 15/30/60 min, review in 3 business days (seed 002). */
export const sreSev3: Profile = {
  name: 'sre-sev3',
  title: 'SRE guide, SEV1–SEV3',
  summary: 'Three SEV levels, declare criteria and alert thresholds, a timed escalation path, 15/30 min stable before resolving.',
  source: '002_8772e48c52400cfa.txt',
  severities: [
    {
      id: 'SEV1', label: 'Critical', colour: 'critical',
      summary: 'Everything is down, or data has been breached.',
      examples: ['every API request failing', 'auth system compromised'],
      ack: minutes(5), updateEvery: minutes(15),
      notify: ['All engineering', 'Support', 'Leadership', 'Customer success'],
      requiredRoles: ['ic', 'tech-lead', 'comms-lead', 'scribe'], escalation: path(true),
      watch: minutes(15), postMortem: { required: true, ...REVIEW },
    },
    {
      id: 'SEV2', label: 'Major', colour: 'high',
      summary: 'Important functionality is badly impaired.',
      examples: ['a critical endpoint down', 'error rate above 10%'],
      ack: minutes(5), updateEvery: minutes(30),
      notify: ['On-call team', 'Support lead', 'Lead of the affected team'],
      requiredRoles: ['ic', 'tech-lead'], escalation: path(false),
      watch: minutes(15), postMortem: { required: true, ...REVIEW },
    },
    {
      id: 'SEV3', label: 'Minor', colour: 'medium',
      summary: 'Limited impact and a workaround exists.',
      examples: ['a non-critical feature degraded', 'a specific edge case'],
      ack: minutes(5), updateEvery: hours(1),
      notify: ['On-call team', 'The relevant squad'],
      requiredRoles: ['ic'], escalation: path(false),
      watch: minutes(30), postMortem: { required: false, ...REVIEW },
    },
  ],
  roles: FOUR_ROLES,
  commanderRole: 'ic',
  firstUpdateWithin: minutes(10),
  checklists: sreChecklists,
  templates: [
    {
      id: 'declared', title: 'Declaration', kind: 'declaration',
      body: 'DECLARED {severity}: {title}\nWhat is broken: {impact}\nFound by: {detection}\nNow: {status}\nIC: {ic}',
    },
    {
      id: 'update', title: 'Internal update', kind: 'update',
      body: '[{now}] Update {update_no}\nStatus: {status}\nWhat we know: {summary}\nWhat we are doing: {actions}\nNext update: {next_update}',
    },
    {
      id: 'status-page', title: 'Status page', kind: 'customer',
      body:
        'We know about a problem affecting {impact}.\nWorkaround: {workaround}\nWe will post again by {next_update}.',
    },
    {
      id: 'enterprise', title: 'Enterprise customer email', kind: 'customer',
      body: 'Hello,\n\nWe are handling a service problem that affects you: {impact}.\nWorkaround: {workaround}\nNext update by {next_update}.',
    },
    {
      id: 'resolved', title: 'Resolution', kind: 'resolution',
      body:
        'RESOLVED {severity}: {title}\nFrom {started_at} to {now} ({duration})\nRoot cause: {root_cause}\nFix: {fix}\n' +
        'Customer impact: {impact}\nFollow-up: {follow_up}',
    },
  ],
  commands: [
    { id: 'gateway-health', label: 'API gateway health', category: 'diagnosis', argv: ['curl', '-fsS', '{gateway_url}/health'], destructive: false },
  ],
  webhooks: [
    {
      id: 'incident-notify', label: 'Notify @incident-notify', method: 'POST', url: { env: 'WARROOM_INCIDENT_NOTIFY_URL' },
      body: '{"text": "{text}"}', requiresConfirmation: false,
    },
    {
      id: 'status-page', label: 'Post to the status page', method: 'POST', url: { config: 'statusPage.url' },
      body: '{"status": "{status}", "message": "{text}"}', requiresConfirmation: true,
    },
  ],
  thresholds: GUIDE_THRESHOLDS,
  patterns: srePatterns,
};
