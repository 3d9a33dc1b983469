/** Arguments of `warroom export [ID] --format yaml|json|md [-o FILE] [--postmortem] [--drill]`. */
import { EXPORT_FORMATS, type ExportFormat } from './export.js';

/** Parsed export arguments. */
export type ExportArgs = {
  readonly id: string | undefined;
  readonly format: ExportFormat;
  readonly output: string | undefined;
  readonly postmortem: boolean;
  readonly drill: boolean;
};

/** The usage line shown with argument errors. */
export const EXPORT_USAGE =
  'usage: warroom export [ID] [--format yaml|json|md] [-o FILE] [--postmortem] [--drill]';

const isFormat = (v: string): v is ExportFormat => (EXPORT_FORMATS as readonly string[]).includes(v);

/** Parses the arguments after `export`; returns a sentence for people when they are wrong. */
export function parseExportArgs(
  args: readonly string[],
): { ok: true; args: ExportArgs } | { ok: false; error: string } {
  let id: string | undefined;
  let format: ExportFormat | undefined;
  let output: string | undefined;
  let postmortem = false;
  let drill = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = (): string | undefined => inline ?? args[++i];
    if (flag === '--format' || flag === '-f') {
      const v = value();
      if (v === undefined || !isFormat(v))
        return {
          ok: false,
          error: `--format needs one of ${EXPORT_FORMATS.join(', ')}${v ? ` (got "${v}")` : ''}`,
        };
      format = v;
    } else if (flag === '-o' || flag === '--output') {
      const v = value();
      if (!v) return { ok: false, error: `${flag} needs a file name` };
      output = v;
    } else if (flag === '--postmortem') postmortem = true;
    else if (flag === '--drill') drill = true;
    else if (arg.startsWith('-')) return { ok: false, error: `unknown option ${arg}` };
    else if (id === undefined) id = arg;
    else return { ok: false, error: `one incident at a time (got "${id}" and "${arg}")` };
  }
  if (postmortem && format !== undefined && format !== 'md')
    return { ok: false, error: 'a post-mortem draft is Markdown; drop --format or use --format md' };
  return {
    ok: true,
    args: { id, format: format ?? (postmortem ? 'md' : 'yaml'), output, postmortem, drill },
  };
}
