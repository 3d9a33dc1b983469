/** The footer's account of the outbox and of a command running in the background. */
import type { ActionsSession } from '../../app/actions-session.js';
import type { Segment } from './feed-summary.js';

/** Footer segments for the outbox and a command running in the background. */
export function actionSegments(actions: ActionsSession | undefined): Segment[] {
  const out: Segment[] = [];
  const pending = actions?.pending() ?? [];
  const person = pending.filter((p) => p.needsPerson).length;
  const retrying = pending.length - person;
  if (retrying > 0) out.push({ text: `✉ ${retrying} in the outbox (retrying)`, token: 'sla.near' });
  if (person > 0) out.push({ text: `✉ ${person} need you (m: retry or drop)`, token: 'sla.breached' });
  if (actions?.run?.running)
    out.push({ text: `⚙ running: ${actions.run.label} (O shows it)`, token: 'text.accent' });
  return out;
}
