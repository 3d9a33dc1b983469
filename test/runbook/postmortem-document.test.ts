import { describe, expect, it } from 'vitest';
import { importRunbook } from '../../src/runbook/import.js';
import { fixture } from './helpers.js';

describe('a post-mortem review and its written document with separate deadlines', () => {
  it('give the review as due and the document as documentDue, on the levels that require one', () => {
    const { profile } = importRunbook(fixture('postmortem-document.md'), { source: 'postmortem-document.md' });
    expect(profile?.severities.map((s) => [s.id, s.postMortem])).toEqual([
      ['SEV1', { required: true, due: { businessDays: 2 }, documentDue: { businessDays: 4 }, from: 'resolved' }],
      ['SEV2', undefined],
    ]);
  });

  it('one deadline alone stays the post-mortem due, with no document deadline', () => {
    const text = fixture('postmortem-document.md').replace(/- Post-incident report.*\n/, '');
    const { profile } = importRunbook(text, { source: 'one-deadline.md' });
    expect(profile?.severities[0]?.postMortem).toEqual({ required: true, due: { businessDays: 2 }, from: 'resolved' });
  });
});
