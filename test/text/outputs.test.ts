/**
 * Every output escapes control characters, even when they reached the data some other way (an
 * old journal, a seat on another version): the screen, each export format, the clipboard, posts.
 */

import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { osc52 } from '../../src/actions/clipboard.js';
import { slackPayload, updatePayload } from '../../src/actions/delivery/payload.js';
import { prepareWebhook } from '../../src/actions/webhooks.js';
import { exportIncident, postmortemDraft } from '../../src/export/index.js';
import type { IncidentEvent } from '../../src/incident/events.js';
import { sreSev3 } from '../../src/incident/profiles/index.js';
import { fold } from '../../src/incident/reducer.js';
import { keyNames } from '../../src/keys/decode.js';
import { parseFrame as parseScreen } from '../../src/render/grid.js';
import { StyleTable } from '../../src/render/style.js';
import { declaredSession } from '../actions/helpers.js';
import { builder, m } from '../drill/build.js';

const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const HOSTILE_TITLE = 'db down\u009b8mhidden\u001b]0;owned\u0007';
const HOSTILE_NOTE = 'pasted\u009b2J note\u202eevil\nsecond line';

function hostileLog(): IncidentEvent[] {
  const e = builder();
  return [
    e('incident/declared', m(0), { incident: 'INC-20261118-1200', title: HOSTILE_TITLE, severity: 'SEV2' }),
    e('note/added', m(1), { text: HOSTILE_NOTE }),
    e('role/assigned', m(2), { role: 'ic', who: 'ana\u0085' }),
  ];
}

describe('control characters at every output', () => {
  it.each(['yaml', 'json', 'md'] as const)('the %s export holds none, and says they were there', (format) => {
    const out = exportIncident(hostileLog(), sreSev3, { format, secrets: [] });
    expect(out).not.toMatch(RAW);
    expect(out).toContain('\\u009b8mhidden');
    if (format === 'yaml') expect(JSON.stringify(parse(out))).toContain('pasted\\\\u009b2J note');
  });

  it('the post-mortem draft holds none', () => {
    const out = postmortemDraft(hostileLog(), sreSev3, { secrets: [] });
    expect(out).not.toMatch(RAW);
  });

  it('a posted update carries none, to a JSON webhook or to Slack', () => {
    const state = fold(hostileLog());
    const update = { id: 'u1', at: m(3), text: HOSTILE_NOTE, pending: [] };
    const generic = updatePayload(state, update);
    expect(JSON.stringify(generic.incident.title)).not.toMatch(/\\u001b|\u009b/);
    expect(`${generic.incident.title}${generic.update.text}`).not.toMatch(RAW);
    expect(generic.update.text).toContain('second line');
    expect(slackPayload(update).text).not.toMatch(RAW);
  });

  it('a profile webhook body carries none', () => {
    const hook = sreSev3.webhooks.find((w) => w.id === 'status-page')!;
    const prepared = prepareWebhook(hook, { status: 'identified', text: HOSTILE_NOTE }, {}, {});
    expect(JSON.parse(prepared.body!).message).not.toMatch(RAW);
    expect(prepared.body).not.toMatch(/\\u001b|\\u0007|\u009b|\u202e/);
  });

  it('the clipboard gets none', () => {
    const r = osc52(HOSTILE_NOTE, {});
    if (!r.ok) throw new Error(r.error);
    const b64 = /\u001b\]52;c;([A-Za-z0-9+/=]*)\u0007/.exec(r.sequence)?.[1] ?? '';
    const copied = Buffer.from(b64, 'base64').toString('utf8');
    expect(copied).not.toMatch(RAW);
    expect(copied).toContain('second line');
  });

  it('the screen shows a C1 or bidi control as a visible cell, never sends it to the terminal', () => {
    const grid = parseScreen('db\u009b8mx\u202ey', 20, 1, new StyleTable());
    const row = grid.text.join('');
    expect(row).not.toMatch(RAW);
    expect(row.startsWith('db')).toBe(true);
    expect(row).toContain('8mx');
  });

  it('typed and pasted text drops C1 and bidi controls before the editor sees them', () => {
    const noKey = {} as Parameters<typeof keyNames>[1];
    expect(keyNames('a\u009bb\u202ec\u0085', noKey)).toEqual(['a', 'b', 'c']);
  });

  it('an incident titled with control codes is journalled and shown escaped', () => {
    const t = declaredSession({ title: HOSTILE_TITLE });
    t.session.record({ type: 'note/added', text: HOSTILE_NOTE });
    expect(t.session.state.title).not.toMatch(RAW);
    expect(t.session.state.title).toContain('\\u009b8mhidden');
    expect(JSON.stringify(t.session.events)).not.toMatch(/\\u001b|\u009b|\u202e/);
  });
});
