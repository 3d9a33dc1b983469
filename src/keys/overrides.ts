/**
 * Key overrides from the settings: `"keys": {"incident.ack": ["A"]}` rebinds a command. A
 * binding that would clash with another in the same context is refused with a warning.
 */
import { BINDINGS, type Binding } from './bindings.js';

// Read lazily: this module and bindings.ts import each other.
let active: readonly Binding[] | undefined;

/** The bindings in force: the defaults with the user's overrides applied. */
export function activeBindings(): readonly Binding[] {
  return active ?? BINDINGS;
}

/** Applies overrides to the defaults; returns a warning for each one that could not be used. */
export function applyKeyOverrides(
  overrides: Readonly<Record<string, readonly string[]>> | undefined,
): string[] {
  const warnings: string[] = [];
  let table = [...BINDINGS];
  for (const [id, keys] of Object.entries(overrides ?? {})) {
    const target = table.find((b) => b.id === id);
    if (!target) {
      warnings.push(`keys.${id}: no such command (see the help, ?)`);
      continue;
    }
    const clash = table.find(
      (b) => b.id !== id && b.context === target.context && b.keys.some((k) => keys.includes(k)),
    );
    if (clash) {
      warnings.push(`keys.${id}: ${keys.join(' ')} is already ${clash.id}; kept ${target.keys.join(' ')}`);
      continue;
    }
    table = table.map((b) => (b.id === id ? { ...b, keys: [...keys] } : b));
  }
  active = table;
  return warnings;
}
