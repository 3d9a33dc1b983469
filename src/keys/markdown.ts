/** The README's key table, generated from the bindings (test/keys keeps the README in step). */
import { BINDINGS, keyLabel } from './bindings.js';

/** A Markdown table of every binding, grouped by category. */
export function keyTableMarkdown(): string {
  const rows = BINDINGS.map(
    (b) =>
      `| ${b.keys.map((k) => `\`${keyLabel(k)}\``).join(' ')} | ${b.description}${b.dangerous ? ' (asks first)' : ''} | ${b.category} |`,
  );
  return ['| keys | what it does | where |', '| --- | --- | --- |', ...rows].join('\n');
}
