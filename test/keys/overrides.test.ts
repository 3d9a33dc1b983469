import { afterEach, describe, expect, it } from 'vitest';
import { lookup } from '../../src/keys/bindings.js';
import { activeBindings, applyKeyOverrides } from '../../src/keys/overrides.js';
import { hintText } from '../../src/ui/panels/Footer.js';

afterEach(() => {
  applyKeyOverrides({});
});

describe('key overrides from the settings', () => {
  it('rebind a command everywhere it is read: routing, footer and help', () => {
    expect(applyKeyOverrides({ 'incident.ack': ['A'] })).toEqual([]);
    expect(lookup('incident', 'A')?.id).toBe('incident.ack');
    expect(lookup('incident', 'a')).toBeUndefined();
    expect(hintText(['incident']).find((h) => h.label === 'ack')?.key).toBe('A');
    expect(activeBindings().find((b) => b.id === 'incident.ack')?.keys).toEqual(['A']);
  });

  it('refuse a key that is already taken in the same context, and an unknown command', () => {
    const warnings = applyKeyOverrides({ 'incident.ack': ['s'], 'incident.fly': ['f'] });
    expect(warnings).toEqual([
      'keys.incident.ack: s is already incident.severity; kept a',
      'keys.incident.fly: no such command (see the help, ?)',
    ]);
    expect(lookup('incident', 'a')?.id).toBe('incident.ack');
  });
});
