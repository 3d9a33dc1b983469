/** Who holds which role; roles the severity requires are flagged while empty. */
import { Text } from 'ink';
import { memo } from 'react';
import { T } from '../theme-context.js';

/** One role as shown. */
export type RoleView = {
  readonly id: string;
  readonly name: string;
  readonly who: string | undefined;
  readonly required: boolean;
};

/** Props for the roles line. */
export type RolesLineProps = { readonly roles: readonly RoleView[]; readonly width: number };

/** "Incident Commander" → "IC" when the full names do not fit. */
export function shortRoleName(name: string): string {
  const words = name.split(/\s+/).filter(Boolean);
  return words.length > 1 ? words.map((w) => w[0]?.toUpperCase()).join('') : name;
}

/** How an empty role reads: a required one is flagged, "✖ needed" or just "✖" when tight. */
function emptyText(required: boolean, tight: boolean): string {
  if (!required) return '—';
  return tight ? '✖' : '✖ needed';
}

function lineLength(roles: readonly RoleView[], short: boolean, tight: boolean): number {
  return roles.reduce(
    (n, r) =>
      n +
      (short ? shortRoleName(r.name) : r.name).length +
      (r.who ?? emptyText(r.required, tight)).length +
      4,
    1,
  );
}

/** One line; names shorten to initials, then "✖ needed" to "✖", when the line does not fit. */
export const RolesLine = memo(function RolesLine({ roles, width }: RolesLineProps) {
  const short = lineLength(roles, false, false) > width;
  const tight = short && lineLength(roles, true, false) > width;
  return (
    <Text wrap="truncate">
      {' '}
      {roles.map((r, i) => (
        <Text key={r.id}>
          {i > 0 ? <T t="text.muted">{' · '}</T> : null}
          <T t="text.muted">{`${short ? shortRoleName(r.name) : r.name} `}</T>
          {r.who ? (
            <T t="text.strong">{r.who}</T>
          ) : (
            <T t={r.required ? 'sla.breached' : 'text.muted'}>{emptyText(r.required, tight)}</T>
          )}
        </Text>
      ))}
    </Text>
  );
});
