import { describe, expect, it } from 'vitest';
import { catchUp } from '../../src/incident/catch-up.js';
import { sreSev3 } from '../../src/incident/profiles/index.js';
import { retriedDeliveries } from '../export/incident.js';

const lines = (from = 0) => catchUp(retriedDeliveries(), sreSev3, new Set(), from).flatMap((g) => g.lines);

describe('the catch-up digest', () => {
  it('lists one line per delivery outcome, old journals counted as the timeline counts them', () => {
    const deliveries = lines().filter((l) => l.includes('Delivery to') || l.includes('delivered to'));
    expect(deliveries).toHaveLength(2);
    expect(deliveries[0]).toContain('Update delivered to ops-hook after 3 attempts');
    expect(deliveries[1]).toContain('Delivery to pager failed after 3 attempts: connection refused; waiting in the outbox (m)');
  });

  it('judges a try against the whole log even when the last look was after the first tries', () => {
    // Only the last two events are new: ops-hook's delivery and pager's third (parked) failure.
    const since = lines(retriedDeliveries().length - 2);
    expect(since).toHaveLength(2);
    expect(since[1]).toContain('Delivery to pager failed after 3 attempts');
  });
});
