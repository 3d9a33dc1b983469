/** Communication templates of the incident-response skill (seed 004), reworded. */
import type { Profile } from '../profile-schema.js';

/** Declaration, update, resolution and customer templates. */
export const skillTemplates: Profile['templates'] = [
  {
    id: 'declared', title: 'Incident declared', kind: 'declaration',
    body:
      'DECLARED {severity}: {title}\n\nWho is hit and how: {impact}\nStarted (UTC): {started_at}\nNow: {status}\n' +
      'IC: {ic}\nChannel: {channel}\n\nNext update in {cadence}.',
  },
  {
    id: 'update', title: 'Status update', kind: 'update',
    body:
      'UPDATE {severity}: {title}\n\nStatus: {status}\nRunning for: {duration}\nRight now: {summary}\n' +
      'Tried so far: {actions}\nNext: {next_steps}\n\nNext update in {cadence}.',
  },
  {
    id: 'resolved', title: 'Resolved', kind: 'resolution',
    body:
      'RESOLVED {severity}: {title}\n\nLasted: {duration}\nRoot cause: {root_cause}\nWhat fixed it: {fix}\n' +
      'Customer impact: {impact}\nReview booked for {follow_up}.\n\nWe keep watching for a recurrence.',
  },
  {
    id: 'customers', title: 'Customer update', kind: 'customer',
    body:
      '{service} status\n\nWe know about a problem that affects {impact} and are working on it.\n\n' +
      'Since: {started_at}\nWhere things stand: {summary}\n\nMore news {cadence}. Sorry for the trouble.',
  },
];
