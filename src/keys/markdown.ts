/** The README's key table, generated from the bindings (test/keys keeps the README in step). */
import { BINDINGS, keyLabel } from './bindings.js';

/** A Markdown table of every binding, grouped by category. */
export function keyTableMarkdown(): string {
  const rows = BINDINGS.map((b) => {
    // A dangerous action is marked once, whether or not its description already says so.
    const asks = b.dangerous && !b.description.includes('(asks first)') ? ' (asks first)' : '';
    return `| ${b.keys.map((k) => `\`${keyLabel(k)}\``).join(' ')} | ${b.description}${asks} | ${b.category} |`;
  });
  return ['| keys | what it does | where |', '| --- | --- | --- |', ...rows].join('\n');
}
