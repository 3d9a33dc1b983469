/** Checklists of the SEV1–SEV4 runbook (seed 001), reworded. */
import type { Profile } from '../profile-schema.js';

/** Triage, commander, resolution, recovery and post-incident lists. */
export const sev4Checklists: Profile['checklists'] = [
  {
    id: 'initial', title: 'First response', stage: 'triage',
    items: [
      { id: 'ack', text: 'Mark yourself as responding (updates status page, team, timer)' },
      { id: 'health', text: 'Check system health' },
      { id: 'errors', text: 'Look at error rates for the last 10 min' },
      { id: 'users', text: 'Count the users affected' },
      { id: 'revenue', text: 'Estimate the revenue impact' },
      { id: 'roles', text: 'SEV1/SEV2: hand out IC, tech lead, comms and scribe' },
      { id: 'channel', text: 'Open the incident channel' },
    ],
  },
  {
    id: 'commander', title: 'Commander, while it runs', stage: 'during',
    items: [
      { id: 'command', text: 'Say in the channel that you are in command' },
      { id: 'roles', text: 'Fill the tech lead, comms and scribe roles' },
      { id: 'cadence', text: 'Fix the update cadence' },
      { id: 'no-blame', text: 'Keep the room on the fix, not on blame' },
      { id: 'decide', text: 'Decide firmly: roll back or fix forward' },
      { id: 'customers', text: 'Make sure customers are told' },
      { id: 'timeline', text: 'Keep the timeline going' },
    ],
  },
  {
    id: 'resolution', title: 'Resolution', stage: 'resolution',
    items: [
      { id: 'verify', text: 'Confirm the problem is gone' },
      { id: 'monitor', text: 'Watch it for 30 min' },
      { id: 'stand-down', text: 'Release the incident team' },
      { id: 'status-page', text: 'Update the status page' },
      { id: 'all-clear', text: 'Send the all-clear' },
      { id: 'schedule', text: 'Book the post-mortem' },
    ],
  },
  {
    id: 'after-rollback', title: 'After a rollback', stage: 'verify',
    items: [
      { id: 'health', text: 'Run the full health check' },
      { id: 'cache', text: 'Clear any bad cache' },
      { id: 'circuits', text: 'Reset the circuit breakers' },
      { id: 'integrity', text: 'Check data integrity' },
    ],
  },
  {
    id: 'after-fix-forward', title: 'After a fix forward', stage: 'verify',
    items: [
      { id: 'monitor-1h', text: 'Watch closely for 1 hour' },
      { id: 'rollback-ready', text: 'Have a rollback prepared' },
      { id: 'standby', text: 'Keep the team on standby' },
    ],
  },
  {
    id: 'within-2h', title: 'Within 2 hours of resolving', stage: 'after',
    items: [
      { id: 'export', text: 'Export the incident data' },
      { id: 'doc', text: 'Start the post-mortem document' },
      { id: 'evidence', text: 'Archive logs, metrics and a database snapshot' },
    ],
  },
  {
    id: 'within-48h', title: 'Within 48 hours', stage: 'after',
    items: [
      { id: 'review', text: 'Hold the blameless post-mortem' },
      { id: 'actions', text: 'Write the action items' },
      { id: 'runbooks', text: 'Update the runbooks' },
      { id: 'share', text: 'Share what was learned' },
    ],
  },
];
