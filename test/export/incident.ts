/** The fixed incident the export tests use: a bad deploy on the SRE guide, with secrets in it. */
import type { IncidentEvent } from '../../src/incident/events.js';
import { builder, m } from '../drill/build.js';

/** A string the export must never print. */
export const SECRET = 'hunter2-feed-token-9f8e7d';

/** The log of INC-20261118-1200, from declaration to resolution. */
export function incidentLog(): IncidentEvent[] {
  const e = builder();
  return [
    e('incident/declared', m(0), {
      incident: 'INC-20261118-1200',
      title: 'Checkout failing after orders release',
      severity: 'SEV2',
    }),
    e('role/assigned', m(1), { role: 'ic', who: 'ana' }),
    e('incident/acknowledged', m(2), {}, 'bo'),
    e('role/assigned', m(3), { role: 'tech-lead', who: 'bo' }),
    e('note/added', m(4), { text: 'impact: about 30% of checkouts fail with a 500' }),
    e('checklist/ticked', m(5), { checklist: 'declare', item: 'severity' }),
    e(
      'note/added',
      m(6),
      {
        text: `feed token ${SECRET} leaked into the logs; curl -H "Authorization: Bearer abc.DEF-123" worked`,
      },
      'bo',
    ),
    e('update/posted', m(8), {
      template: 'update',
      text: 'Investigating | orders errors',
      targets: ['slack'],
      deliveries: [{ target: 'slack', ok: true }],
    }),
    e('command/ran', m(12), {
      command: 'rollback',
      argv: ['kubectl', 'rollout', 'undo', 'deployment/orders'],
      confirmedBy: 'ana',
      exitCode: 0,
      durationMs: 2300,
      dryRun: false,
    }),
    e('status/changed', m(14), { to: 'monitoring' }),
    e(
      'note/added',
      m(20),
      { text: 'TODO add a canary stage for orders (see https://ci.example.com/run/88?token=s3cr3t&x=1)' },
      'bo',
    ),
    e('note/added', m(21), { text: 'action: alert on 5xx after every deploy' }),
    e('incident/resolved', m(35), { summary: 'Rolled orders back to v4.1.3; errors back under 0.5%' }),
    e('checklist/ticked', m(36), { checklist: 'review', item: 'meeting' }),
  ];
}

/**
 * A short log whose update went to two targets through retries: ops-hook failed twice and was
 * delivered on the third send (numbered tries), pager failed three times in a journal written
 * before tries were numbered, so its third failure is the parked outcome only by counting.
 */
export function retriedDeliveries(): IncidentEvent[] {
  const e = builder();
  const posted = e('update/posted', m(8), {
    template: 'update',
    text: 'Investigating | orders errors',
    targets: ['ops-hook', 'pager'],
    deliveries: [],
  });
  const hook = (at: number, attempt: number, ok: boolean) =>
    e('update/delivered', m(at), {
      update: posted.id,
      delivery: ok
        ? { target: 'ops-hook', ok, detail: 'HTTP 200', attempt }
        : { target: 'ops-hook', ok, detail: 'HTTP 500 (3 attempts)', outcome: 'failed', attempt, parked: false },
    });
  const oldPager = (at: number) =>
    e('update/delivered', m(at), {
      update: posted.id,
      delivery: { target: 'pager', ok: false, detail: 'connection refused', outcome: 'failed' },
    });
  return [
    e('incident/declared', m(0), { incident: 'INC-20261118-1200', title: 'Checkout failing', severity: 'SEV2' }),
    posted,
    hook(8, 1, false),
    oldPager(8),
    hook(9, 2, false),
    oldPager(9),
    hook(10, 3, true),
    oldPager(10),
  ];
}
