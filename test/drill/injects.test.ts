import { describe, expect, it } from 'vitest';
import { dueInjects, injectLine, injectsSoFar } from '../../src/drill/injects.js';
import type { Inject } from '../../src/drill/scenario-file.js';

const injects: Inject[] = [
  { at_ms: 0, kind: 'page', text: 'alert: orders 5xx above 5%' },
  { at_ms: 60_000, kind: 'customer', text: 'customer tickets: checkout failing' },
  { at_ms: 120_000, kind: 'chat', text: '#orders: we only touched the serializer' },
];

describe('injects', () => {
  it('arrive once each as the position moves on, the first call including offset 0', () => {
    const s = { injects };
    expect(dueInjects(s, null, 10_000).map((i) => i.at_ms)).toEqual([0]);
    expect(dueInjects(s, 10_000, 60_000).map((i) => i.at_ms)).toEqual([60_000]);
    expect(dueInjects(s, 60_000, 119_999)).toEqual([]);
    expect(dueInjects(s, 119_999, 500_000).map((i) => i.at_ms)).toEqual([120_000]);
  });

  it('bring nothing new on a backward seek, and list what is already out for a screen that joins late', () => {
    expect(dueInjects({ injects }, 120_000, 30_000)).toEqual([]);
    expect(injectsSoFar({ injects }, 61_000).map(injectLine)).toEqual([
      'page: alert: orders 5xx above 5%',
      'customer: customer tickets: checkout failing',
    ]);
  });
});
