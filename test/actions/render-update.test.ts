import { describe, expect, it } from 'vitest';
import { missingFields, postUpdate, renderUpdate, unfilledMarkers } from '../../src/actions/index.js';
import { declaredSession, profile, T0 } from './helpers.js';

const update = profile.templates.find((t) => t.kind === 'update')!;

describe('rendering status updates', () => {
  it('writes times in UTC by default, with the zone named', () => {
    const t = declaredSession();
    // This update, posted at 14:07, sets the next one a 30-minute cadence later: the clock counts to it too.
    const r = renderUpdate(
      '{started_at} | {now} | {date} | {next_update}',
      t.session.state,
      profile,
      T0 + 2 * 60_000,
    );
    expect(r.text).toBe('2026-11-22 14:05 UTC | 14:07 UTC | 2026-11-22 | 14:37 UTC');
  });

  it('uses an IANA zone when asked, and refuses an unknown one with a clear message', () => {
    const t = declaredSession();
    const r = renderUpdate(
      '{started_at}',
      t.session.state,
      profile,
      T0,
      {},
      { timeZone: 'America/New_York' },
    );
    expect(r.text).toBe('2026-11-22 09:05 EST');
    expect(() =>
      renderUpdate('{now}', t.session.state, profile, T0, {}, { timeZone: 'Mars/Olympus' }),
    ).toThrow('unknown time zone "Mars/Olympus"');
  });

  it('lists the fields the incident cannot fill so the UI can ask for them', () => {
    const t = declaredSession();
    expect(missingFields(update, t.session.state, profile, T0)).toEqual(['summary', 'actions']);
    expect(missingFields('ETA {eta}; impact {impact}; {title}', t.session.state, profile, T0)).toEqual([
      'eta',
      'impact',
    ]);
  });

  it('fills what the person typed and marks the rest visibly instead of leaving it silently', () => {
    const t = declaredSession();
    const r = renderUpdate(update, t.session.state, profile, T0, { summary: 'db pool exhausted' });
    expect(r.missing).toEqual(['actions']);
    expect(r.text).toContain('What we know: db pool exhausted');
    expect(r.text).toContain('What we are doing: ⟨actions?⟩');
    expect(unfilledMarkers(r.text)).toEqual(['actions']);
  });

  it('never expands braces inside a value', () => {
    const t = declaredSession({ title: 'lost {impact}' });
    expect(renderUpdate('{title}', t.session.state, profile, T0).text).toBe('lost {impact}');
  });

  it('refuses to post text with unfilled markers unless the person chose to send anyway', async () => {
    const t = declaredSession();
    const text = renderUpdate(update, t.session.state, profile, T0).text;
    await expect(postUpdate(t.session, { text, targets: [] }, { dataDir: t.dir })).rejects.toThrow(
      'fill in ⟨summary?⟩, ⟨actions?⟩ first, or choose to send anyway',
    );
    expect(t.session.state.updates).toHaveLength(0);
    const result = await postUpdate(t.session, { text, targets: [], sendAnyway: true }, { dataDir: t.dir });
    expect(result.summary).toBe('posted to the timeline; no delivery targets');
    expect(t.session.state.updates[0]?.text).toContain('⟨summary?⟩');
  });
});
