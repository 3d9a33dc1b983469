/**
 * Getting a quick command ready: placeholders filled from the incident and the selected service,
 * each value one argument whatever it holds, the exact argv shown shell-quoted, and what the
 * person must confirm. Every run needs a y/n; a destructive one needs `confirmTarget` typed back.
 */
import type { Profile, QuickCommand } from '../../incident/profile-schema.js';
import type { IncidentState } from '../../incident/state.js';
import { renderArgv } from '../../incident/templates.js';
import { updateValues } from '../render-update.js';
import type { TimeZoneOption } from '../time-values.js';
import { shellJoin } from './shell-quote.js';

/** A command ready to confirm and run. */
export type PreparedCommand = {
  readonly id: string;
  readonly label: string;
  readonly argv: readonly string[];
  /** Placeholders nothing filled; the UI asks for them before running. */
  readonly missing: readonly string[];
  /** The argv shell-quoted, for the confirm dialog and "Copy command". */
  readonly display: string;
  readonly destructive: boolean;
  /** For a destructive command: what must be typed back (the target's value, or the command id). */
  readonly confirmTarget?: string;
  /** Things worth a second look, such as a value that starts with "-" and may be read as an option. */
  readonly warnings: readonly string[];
};

/** Values for command placeholders: the incident's, then {service} from the selection, then typed ones. */
export function commandValues(
  state: IncidentState,
  profile: Profile,
  now: number,
  selection: { readonly service?: string; readonly extra?: Readonly<Record<string, string>> } = {},
  options: TimeZoneOption = {},
): Record<string, string> {
  const values = state.declared ? updateValues(state, profile, now, options) : {};
  if (selection.service) values.service = selection.service;
  return { ...values, ...selection.extra };
}

/** Fills `command`'s argv from `values` and works out what must be confirmed. */
export function prepareCommand(
  command: QuickCommand,
  values: Readonly<Record<string, string>>,
): PreparedCommand {
  const { argv, missing } = renderArgv(command.argv, values);
  const warnings: string[] = [];
  command.argv.forEach((template, i) => {
    const arg = argv[i] ?? '';
    if (i > 0 && template.startsWith('{') && arg.startsWith('-') && !template.startsWith('-'))
      warnings.push(`argument ${i} ("${arg}") starts with "-" and may be read as an option`);
  });
  const target = command.confirmTarget ? values[command.confirmTarget] : undefined;
  const confirmTarget = command.destructive ? target || command.id : undefined;
  return {
    id: command.id,
    label: command.label,
    argv,
    missing,
    display: shellJoin(argv),
    destructive: command.destructive,
    ...(confirmTarget === undefined ? {} : { confirmTarget }),
    warnings,
  };
}

/** True when what the person typed matches the confirm target exactly (surrounding spaces aside). */
export function confirmMatches(prepared: PreparedCommand, typed: string): boolean {
  return prepared.confirmTarget === undefined || typed.trim() === prepared.confirmTarget;
}
