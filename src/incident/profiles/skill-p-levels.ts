/** Built-in profile for the incident-response skill (seed 004): P0–P3 with automatic upgrades. */
import { days, hours, minutes, named } from '../duration.js';
import type { Profile } from '../profile-schema.js';
import { FOUR_ROLES, GUIDE_THRESHOLDS } from './shared.js';
import { skillChecklists, skillCommands, skillPatterns } from './skill-p-levels-lists.js';
import { skillTemplates } from './skill-p-levels-templates.js';

const PIR_48H = { required: true, due: hours(48), from: 'resolved' } as const;

/** P0–P3: respond in 15/30 min, 2 h, next business day; P2→P1 after 4 h, P1→P0 after 2 h (seed 004). */
export const skillPLevels: Profile = {
  name: 'skill-p-levels',
  title: 'Skill P0–P3 with upgrades',
  summary: 'Four P levels; unresolved P2s become P1 after 4 h and P1s become P0 after 2 h; 15/30 min watch.',
  source: '004_8f19a3a15b4664a3.txt',
  severities: [
    {
      id: 'P0', label: 'Total outage', colour: 'critical',
      summary: 'Nobody can use the service; revenue is hit. Any breach or compromise is P0.',
      examples: ['site fully down', 'data corruption', 'security breach being exploited'],
      ack: minutes(15), updateEvery: minutes(15),
      notify: ['On-call engineer', 'Engineering manager', 'VP Engineering', 'Customer support lead', 'Communications'],
      requiredRoles: ['ic', 'tech-lead', 'comms-lead', 'scribe'], escalation: [], watch: minutes(15), postMortem: PIR_48H,
    },
    {
      id: 'P1', label: 'Major degradation', colour: 'high',
      summary: 'Core functions badly impaired for many users.',
      examples: ['payments broken', 'most users cannot log in', 'main data pipeline stalled'],
      ack: minutes(30), updateEvery: minutes(30),
      notify: ['On-call engineer', 'Engineering manager', 'Customer support lead'],
      requiredRoles: ['ic', 'tech-lead', 'comms-lead', 'scribe'],
      escalation: [{ id: 'to-p0', kind: 'upgrade', after: hours(2), from: 'severity-set', to: 'P0', stopsWhen: 'resolved' }],
      watch: minutes(15), postMortem: PIR_48H,
    },
    {
      id: 'P2', label: 'Partial impact', colour: 'medium',
      summary: 'A non-core feature is broken, or a core one is degraded for some users.',
      examples: ['search down', 'slow in one region', 'intermittent errors for some users'],
      ack: hours(2), updateEvery: hours(2), notify: ['On-call engineer', 'Relevant team lead'], requiredRoles: [],
      escalation: [{ id: 'to-p1', kind: 'upgrade', after: hours(4), from: 'severity-set', to: 'P1', stopsWhen: 'resolved' }],
      watch: minutes(30), postMortem: { required: true, due: days(7), from: 'resolved' },
    },
    {
      id: 'P3', label: 'Minor issue', colour: 'low',
      summary: 'Cosmetic problems, small bugs, or anything with a workaround.',
      examples: ['UI glitch', 'a non-critical background job late', 'small data inconsistency'],
      // The runbook sets no watch for P3; the P2 watch is the closest fit.
      ack: named('next-business-day'), updateEvery: named('daily'), notify: ['Assigned engineer (ticket)'],
      requiredRoles: [], escalation: [], watch: minutes(30), postMortem: { required: false, from: 'resolved' },
    },
  ],
  roles: FOUR_ROLES,
  commanderRole: 'ic',
  checklists: skillChecklists,
  templates: skillTemplates,
  commands: skillCommands,
  webhooks: [],
  thresholds: GUIDE_THRESHOLDS,
  patterns: skillPatterns,
};
