import { describe, expect, it } from 'vitest';
import { exportIncident } from '../../src/export/index.js';
import { catchUp } from '../../src/incident/catch-up.js';
import { sreSev3 } from '../../src/incident/profiles/index.js';
import { builder, m, S } from '../drill/build.js';

/** A breach written down by whichever seat noticed it first: here the seat user "root". */
function log() {
  const e = builder();
  return [
    e('incident/declared', m(0), { incident: 'INC-20261118-1200', title: 'Orders down', severity: 'SEV2' }),
    e('clock/breached', m(5), { clock: 'ack', dueAt: S + m(5) }, 'root'),
    e('note/added', m(6), { text: 'looking' }, 'root'),
  ];
}

describe('a missed deadline is credited to the clock, not the seat that recorded it', () => {
  it('in the catch-up digest', () => {
    const lines = catchUp(log(), sreSev3).flatMap((g) => g.lines);
    const breach = lines.find((l) => l.includes('missed'));
    expect(breach).toMatch(/^12:05 clock: /);
    expect(lines.some((l) => l.startsWith('12:06 root: '))).toBe(true);
    expect(lines.some((l) => l.includes('root: ') && l.includes('missed'))).toBe(false);
  });

  it('in the exported timeline', () => {
    const md = exportIncident(log(), sreSev3, { format: 'md', secrets: [] });
    const row = md.split('\n').find((l) => l.includes('missed'));
    expect(row).toContain('| clock |');
    expect(row).not.toContain('root');
    const json = JSON.parse(exportIncident(log(), sreSev3, { format: 'json', secrets: [] }));
    expect(json.incident.timeline.map((t: { actor: string }) => t.actor)).toEqual(['ana', 'clock', 'root']);
  });
});
