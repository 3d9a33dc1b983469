/** Quoting argv for people to read and paste into a POSIX shell; the app itself never uses a shell. */

const SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;

const CONTROL = /[\u0000-\u001f\u007f]/;

function ansiC(arg: string): string {
  const named: Record<string, string> = { '\n': '\\n', '\t': '\\t', '\r': '\\r', '\\': '\\\\', "'": "\\'" };
  let out = '';
  for (const ch of arg) {
    const code = ch.codePointAt(0) ?? 0;
    out += named[ch] ?? (code < 0x20 || code === 0x7f ? `\\x${code.toString(16).padStart(2, '0')}` : ch);
  }
  return `$'${out}'`;
}

/** One argument quoted so a POSIX shell reads it back as exactly that argument. */
export function shellQuote(arg: string): string {
  if (arg === '') return "''";
  if (SAFE.test(arg)) return arg;
  // Control characters would be invisible or move the cursor; $'…' spells them out.
  if (CONTROL.test(arg)) return ansiC(arg);
  return `'${arg.replaceAll("'", `'\\''`)}'`;
}

/** A whole argv as one line for people ("Copy command" copies this). */
export function shellJoin(argv: readonly string[]): string {
  return argv.map(shellQuote).join(' ');
}
