/** Checklists of the SRE guide (seed 002), reworded. */
import type { Profile } from '../profile-schema.js';

/** Declaration, response, resolution, on-call and review lists. */
export const sreChecklists: Profile['checklists'] = [
  {
    id: 'declare', title: 'Declare', stage: 'triage',
    items: [
      { id: 'criteria', text: 'Check the incident criteria really are met' },
      { id: 'severity', text: 'Pick a first severity' },
      { id: 'channel', text: 'Open #incident-YYYY-MM-DD-short-name' },
      { id: 'page', text: 'Page on-call if nobody is on it yet' },
      { id: 'status-page', text: 'First status page post (10 min at most)' },
      { id: 'notify', text: 'Tell @incident-notify on Slack' },
    ],
  },
  {
    id: 'respond', title: 'Respond in this order', stage: 'during',
    items: [
      { id: 'mitigate', text: 'Stop the damage: roll back, switch off, scale up' },
      { id: 'communicate', text: 'Keep stakeholders up to date' },
      { id: 'investigate', text: 'Find the root cause' },
      { id: 'fix', text: 'Put the real fix in' },
      { id: 'verify', text: 'Confirm it is fixed' },
      { id: 'document', text: 'Write down every change you make' },
    ],
  },
  {
    id: 'resolve', title: 'Resolve', stage: 'resolution',
    items: [
      { id: 'stable', text: 'Metrics back within thresholds and steady' },
      { id: 'tell', text: 'Tell stakeholders it is resolved' },
      { id: 'status-page', text: 'Set the status page to Resolved' },
      { id: 'channel', text: 'Close the channel (archive it after 24 h)' },
      { id: 'review', text: 'Book the post-incident review' },
    ],
  },
  {
    id: 'quiet', title: 'Quiet period', stage: 'verify',
    items: [
      { id: 'no-errors', text: 'No new error reports for 15 min (SEV1/2) or 30 min (SEV3)' },
      { id: 'symptoms', text: 'Customer-facing symptoms have stopped' },
    ],
  },
  {
    id: 'review', title: 'Post-incident', stage: 'after',
    items: [
      { id: 'meeting', text: 'Review meeting within 3 business days (30–60 min, blameless)' },
      { id: 'document', text: 'Incident report written within 5 business days' },
      { id: 'actions', text: 'Action items tracked to the end' },
      { id: 'runbooks', text: 'Fix any gaps found in the runbooks' },
    ],
  },
];
